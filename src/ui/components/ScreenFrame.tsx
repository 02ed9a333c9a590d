import { Box } from 'ink';
import { useContext, type ReactNode } from 'react';
import { HelpContext, NoticesContext } from '../context.js';
import { useInputEvents } from '../hooks/useInputEvents.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { keysOf } from '../input/decode.js';
import { HELP_CLOSE, hints, matchKey, type Binding } from '../keys.js';
import { plainText, textWidth, truncate, wrapSpans } from '../layout/text.js';
import { HelpOverlay } from './HelpOverlay.js';
import { LineView } from './Lines.js';

export interface BodySize {
  width: number;
  height: number;
}

export interface ScreenFrameProps {
  title: string;
  /** Right side of the header, e.g. "3 of 20 · 12 due". */
  status?: string;
  /** The screen's key bindings: the footer hints and the `?` overlay come from them. */
  keys: readonly Binding[];
  /** Replaces the footer hints, e.g. for a message. */
  footer?: string;
  /** Draws the body in exactly `height` rows of `width` columns. */
  children: (size: BodySize) => ReactNode;
}

/** Lines the frame itself takes: header and footer. */
export const FRAME_ROWS = 2;

/** The most lines a footer message takes: a message says why something failed, and must be read whole. */
const FOOTER_MESSAGE_LINES = 3;

/** Pure: the footer's lines: a message wrapped (up to three lines, the last cut), or the key hints on one line. */
export function footerLines(message: string | undefined, hintText: string, width: number): string[] {
  if (message === undefined) return [truncate(hintText, width)];
  const lines = plainText(wrapSpans([{ text: message }], width)).split('\n');
  const shown = lines.slice(0, FOOTER_MESSAGE_LINES);
  if (lines.length > shown.length) shown[shown.length - 1] = truncate(`${shown[shown.length - 1]} ${lines.slice(shown.length).join(' ')}`, width);
  return shown;
}

/** The widest the text runs: longer lines are hard to read (cards in Anki, pages on the web). */
export const READING_WIDTH = 100;

/** Pure: body size for a terminal size: at most READING_WIDTH wide, and the whole frame within rows - 1 lines. */
export function bodySize(columns: number, rows: number): BodySize {
  return { width: Math.max(1, Math.min(READING_WIDTH, columns - 2)), height: Math.max(1, rows - 1 - FRAME_ROWS) };
}

/** Pure: the columns left of the frame, so a frame narrower than the terminal stands in its middle. */
export function frameIndent(columns: number): number {
  return 1 + Math.max(0, Math.floor((columns - 2 - bodySize(columns, 1).width) / 2));
}

/** Start-up notices shown at most, so the screen itself keeps most of its rows. */
const MAX_NOTICE_LINES = 3;

/** Pure: the notice lines above the body, each cut to the width, then a blank line. */
export function noticeLines(notices: readonly string[], width: number): string[] {
  if (notices.length === 0) return [];
  const shown = notices.length > MAX_NOTICE_LINES ? notices.slice(0, MAX_NOTICE_LINES - 1) : notices;
  const lines = shown.map((n) => truncate(`⚠ ${n}`, width));
  if (shown.length < notices.length) lines.push(truncate(`⚠ ${notices.length - shown.length} more: the whole list stays in the terminal when the trainer closes`, width));
  return [...lines, ''];
}

/** The least of a title kept when a narrow header cuts it so the status fits whole. */
const MIN_TITLE = 8;

/**
 * Pure: header text with the status pushed to the right edge. When both do not fit, the title
 * is cut first: the status is what changes (the study counts, the time left).
 */
export function headerText(title: string, status: string | undefined, width: number): string {
  if (!status) return truncate(title, width);
  const gap = width - textWidth(title) - textWidth(status);
  if (gap >= 2) return `${title}${' '.repeat(gap)}${status}`;
  const room = width - textWidth(status) - 2;
  return room >= MIN_TITLE ? `${truncate(title, room)}  ${status}` : truncate(`${title} · ${status}`, width);
}

/**
 * Every screen's frame: a header, a body of fixed height, a footer with key hints. It keeps the
 * live region within rows - 1 lines, follows resizes and shows the help overlay for `?`.
 */
export function ScreenFrame({ title, status, keys, footer, children }: ScreenFrameProps) {
  const size = useTerminalSize();
  const help = useContext(HelpContext);
  const startNotices = useContext(NoticesContext);
  useInputEvents((event) => {
    const names = event.type === 'key' ? [event.name] : event.pasted ? [] : keysOf(event.text);
    if (names.some((name) => matchKey([HELP_CLOSE], name))) help.setOpen(false);
  }, help.open);
  const frame = bodySize(size.columns, size.rows);
  const notices = noticeLines(startNotices, frame.width);
  const footerText = help.open ? footerLines(undefined, 'esc close help', frame.width) : footerLines(footer, hints(keys, frame.width), frame.width);
  // The start notices, and a message of several lines, take their rows from the body, so the frame stays within rows - 1.
  const body = { width: frame.width, height: Math.max(1, frame.height - notices.length - (footerText.length - 1)) };
  return (
    <Box flexDirection="column" paddingLeft={frameIndent(size.columns)}>
      <LineView line={[{ text: headerText(title, status, body.width), bold: true, color: 'cyan' }]} />
      {notices.map((text, i) => (
        <LineView key={`notice-${i}`} line={text ? [{ text, color: 'yellow' }] : []} />
      ))}
      {/* Rows are cut, columns not: lines are laid out to the width already, and a column clip makes Ink re-slice every line of every frame (the exam clock redraws each second). */}
      <Box height={body.height} flexDirection="column" overflowY="hidden">
        {help.open && <HelpOverlay bindings={keys} width={body.width} height={body.height} />}
        {/* Hidden, not unmounted, under the help overlay: scroll positions survive. */}
        <Box display={help.open ? 'none' : 'flex'} flexDirection="column">
          {children(body)}
        </Box>
      </Box>
      {footerText.map((text, i) => (
        <LineView key={i} line={[{ text, dim: true }]} />
      ))}
    </Box>
  );
}
