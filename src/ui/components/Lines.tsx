import { Box, Text } from 'ink';
import { useContext } from 'react';
import { ServicesContext } from '../context.js';
import { printable } from '../../core/bank/sanitize.js';
import type { Line, Span } from '../layout/text.js';
import { hyperlink, JOIN_MARK } from '../terminal/soft-wrap.js';

/** Whether colour is on: from the app's services (NO_COLOR), on by default outside an app. */
export function useColor(): boolean {
  return useContext(ServicesContext)?.color ?? true;
}

/** Whether the terminal shows hyperlinks (OSC 8): from the app's services, off outside an app. */
export function useHyperlinks(): boolean {
  return useContext(ServicesContext)?.hyperlinks ?? false;
}

/**
 * A span's text as written to the terminal: a hyperlink where the terminal has them, the join
 * mark after a piece of an address. The text and the address pass the print boundary first, so
 * nothing on any screen can reach the terminal as a control sequence, whatever file it came from.
 */
function spanText(s: Span, links: boolean): string {
  const safe = printable(s.text, { oneLine: true });
  const text = s.link && links ? hyperlink(safe, printable(s.link, { oneLine: true })) : safe;
  return s.join ? `${text}${JOIN_MARK}` : text;
}

/** Draws one pre-wrapped line; never wraps again (a line that somehow overflows is cut, not wrapped). */
export function LineView({ line }: { line: Line }) {
  const color = useColor();
  const links = useHyperlinks();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => (
        <Text key={i} color={color ? s.color : undefined} bold={s.bold} dimColor={color ? s.dim : false} inverse={s.inverse} underline={s.underline}>
          {spanText(s, links)}
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
