import { Box, Text } from 'ink';
import { MIN_SIZE, type TerminalSize } from '../hooks/useTerminalSize.js';
import { truncate } from '../layout/text.js';

/** Shown instead of a screen when the window is below the usable size. */
export function TooSmall({ size }: { size: TerminalSize }) {
  const width = Math.max(1, size.columns - 1);
  const lines = [
    'Please make the window larger.',
    `Needs at least ${MIN_SIZE.columns}×${MIN_SIZE.rows}, this is ${size.columns}×${size.rows}.`,
    'Ctrl+C leaves (your answers are saved)',
  ];
  return (
    <Box flexDirection="column">
      {lines.slice(0, Math.max(1, size.rows - 1)).map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {truncate(line, width)}
        </Text>
      ))}
    </Box>
  );
}
