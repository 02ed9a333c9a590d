import { span, textWidth, truncate, type Line } from './text.js';

/** One entry of a menu as drawn: its shortcut key, label and a detail beside it. */
export interface MenuRow {
  label: string;
  /** The entry's value, after the label and before the detail ("20", "On"): never dimmed. */
  value?: string;
  /** Numbers or a note beside the label ("12 due · 8 new", "your daily limit"), dimmed. */
  detail?: string;
  /** The key that picks it at once, shown before the label. */
  shortcut?: string;
  /** Drawn dim: shown for information, choosing it only says why it cannot be used. */
  muted?: boolean;
}

export interface MenuWindow {
  start: number;
  count: number;
  above: number;
  below: number;
}

/**
 * Pure: which entries of a `total`-entry menu show in `height` rows with the cursor in view. When
 * they do not all fit, a row above and below says how many more there are.
 */
export function menuWindow(total: number, cursor: number, height: number): MenuWindow {
  const h = Math.max(1, height);
  if (total <= h) return { start: 0, count: total, above: 0, below: 0 };
  const rows = Math.max(1, h - 2);
  const start = Math.max(0, Math.min(total - rows, cursor - Math.floor((rows - 1) / 2)));
  return { start, count: rows, above: start, below: total - start - rows };
}

/**
 * Pure: an entry as one line of `width` columns: "s  Study           12 due · 8 new". Labels are
 * padded to `labelWidth` so details line up; only the detail is cut when the line is too long.
 */
export function menuRowLine(row: MenuRow, selected: boolean, labelWidth: number, width: number): Line {
  const key = row.shortcut ? `${row.shortcut.padEnd(2)} ` : '';
  const label = `${row.label}${' '.repeat(Math.max(0, labelWidth - textWidth(row.label)))}`;
  const line: Line = [];
  if (key) line.push(span(key, { color: 'cyan', bold: !row.muted }));
  line.push(span(label, { bold: selected, inverse: selected, dim: row.muted === true && !selected }));
  let room = width - textWidth(key) - textWidth(label) - 2;
  if (row.value && room > 0) {
    line.push(span(`  ${truncate(row.value, room)}`, { bold: true }));
    room -= textWidth(row.value) + 2;
  }
  if (row.detail && room > 2) line.push(span(`  ${truncate(row.detail, room)}`, { dim: !selected }));
  return line;
}
