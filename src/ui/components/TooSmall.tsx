import { Box } from 'ink';
import { MIN_SIZE, type TerminalSize } from '../hooks/useTerminalSize.js';
import { layoutBlocks, span, truncate, type Line } from '../layout/text.js';
import { LineView } from './Lines.js';

/**
 * Pure: the "make the window larger" text, wrapped to the window. The fullest wording that fits
 * in rows - 1 lines is used; in the tiniest window the shortest one, cut to fit.
 */
export function tooSmallLines(size: TerminalSize): Line[] {
  const width = Math.max(1, size.columns - 1);
  const rows = Math.max(1, size.rows - 1);
  const need = `${MIN_SIZE.columns}×${MIN_SIZE.rows}`;
  const now = `${size.columns}×${size.rows}`;
  const wordings = [
    ['Please make the window larger.', `It needs at least ${need}; this one is ${now}.`, 'Keys do nothing until then. Ctrl+C leaves (your answers are saved).'],
    ['Please make the window larger.', `It needs ${need}; this is ${now}.`, 'Ctrl+C leaves (answers are saved).'],
    [`Window too small: needs ${need}, is ${now}.`, 'Ctrl+C quits.'],
    [`Too small: ${need} needed.`],
  ];
  for (const texts of wordings) {
    const lines = layoutBlocks(texts.map((text) => ({ spans: [span(text)] })), width);
    if (lines.length <= rows) return lines;
  }
  return layoutBlocks([{ spans: [span('Too small')] }], width).slice(0, rows).map((line) => line.map((s) => ({ ...s, text: truncate(s.text, width) })));
}

/** Shown instead of the screen while the window is below the usable size; every key but Ctrl+C waits. */
export function TooSmall({ size }: { size: TerminalSize }) {
  return (
    <Box flexDirection="column">
      {tooSmallLines(size).map((line, i) => (
        <LineView key={i} line={line} />
      ))}
    </Box>
  );
}
