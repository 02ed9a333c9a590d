import { Box } from 'ink';
import type { Line } from '../layout/text.js';
import { viewport } from '../layout/viewport.js';
import { LineView } from './Lines.js';

export interface ScrollViewProps {
  lines: readonly Line[];
  /** Rows available, indicator lines included. */
  height: number;
  /** First content line to show (clamped). */
  offset: number;
  /** Names the keys that scroll, for the indicator lines. */
  moreHint?: string;
}

/**
 * Shows a window of pre-wrapped lines. When the content is taller than the window, the first
 * and last rows say how many lines are hidden above and below.
 */
export function ScrollView({ lines, height, offset, moreHint = 'PgDn/space' }: ScrollViewProps) {
  const v = viewport(lines.length, height, offset);
  const shown = lines.slice(v.start, v.start + v.count);
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {v.scrolling && <LineView line={[{ text: v.above ? `↑ ${v.above} more line${v.above === 1 ? '' : 's'} above` : '─ top ─', dim: true }]} />}
      {shown.map((line, i) => (
        <LineView key={v.start + i} line={line} />
      ))}
      {v.scrolling && <LineView line={[{ text: v.below ? `↓ ${v.below} more line${v.below === 1 ? '' : 's'} below (${moreHint})` : '─ end ─', dim: true, color: v.below ? 'yellow' : undefined }]} />}
    </Box>
  );
}
