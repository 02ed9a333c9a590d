import { Box, Text } from 'ink';
import { useContext } from 'react';
import { ServicesContext } from '../context.js';
import { printable } from '../../core/bank/sanitize.js';
import type { Line } from '../layout/text.js';

/** Whether colour is on: from the app's services (NO_COLOR), on by default outside an app. */
export function useColor(): boolean {
  return useContext(ServicesContext)?.color ?? true;
}

/**
 * Draws one pre-wrapped line; never wraps again (a line that somehow overflows is cut, not
 * wrapped). Every text drawn passes the print boundary here: nothing on any screen can reach the
 * terminal as a control sequence, whatever file it came from.
 */
export function LineView({ line }: { line: Line }) {
  const color = useColor();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => (
        <Text key={i} color={color ? s.color : undefined} bold={s.bold} dimColor={color ? s.dim : false} inverse={s.inverse} underline={s.underline}>
          {printable(s.text, { oneLine: true })}
        </Text>
      ))}
    </Text>
  );
}

export function LinesView({ lines }: { lines: readonly Line[] }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <LineView key={i} line={line} />
      ))}
    </Box>
  );
}
