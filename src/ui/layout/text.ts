/**
 * Styled text as plain data, and word wrapping to an exact width. Screens lay their content out
 * as lines first, so they know exactly how tall it is and can scroll instead of letting the
 * terminal cut it off.
 */

import { printable } from '../../core/bank/sanitize.js';

export type Color = 'green' | 'red' | 'yellow' | 'cyan' | 'blue' | 'magenta' | 'gray';

export interface SpanStyle {
  color?: Color;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

export interface Span extends SpanStyle {
  text: string;
  /** A web address this text opens: drawn as a terminal hyperlink where the terminal has them. */
  link?: string;
  /** The text goes on at the start of the next line (a long address): the terminal shows it as one line. */
  join?: true;
}

/** One terminal row: spans whose widths add up to at most the layout width. */
export type Line = Span[];

/** A paragraph: spans wrapped together, with an optional first-line prefix and indent. */
export interface Block {
  spans: Span[];
  /** Printed before the first line (e.g. "A. "); continuation lines are indented by its width. */
  prefix?: Span[];
  /** Columns of left margin for every line. */
  indent?: number;
  /** Blank lines after the block. */
  gap?: number;
  /**
   * A web address, printed whole: on a line of its own, never broken at a word. When it is wider
   * than the line, its pieces are joined back into one line on the way to the terminal (see
   * terminal/soft-wrap.ts), so the terminal wraps it, copies it whole and can open it.
   */
  url?: string;
}

export const span = (text: string, style: SpanStyle = {}): Span => ({ text, ...style });
export const para = (text: string, style: SpanStyle = {}, extra: Omit<Block, 'spans'> = {}): Block => ({ spans: [span(text, style)], ...extra });
export const blank = (): Block => ({ spans: [] });
export const urlBlock = (url: string, extra: Omit<Block, 'spans' | 'url'> = {}): Block => ({ spans: [], url, ...extra });

/** Pure: an address as lines of at most `width` columns, each piece but the last marked to join the next. */
export function urlLines(url: string, width: number): Line[] {
  const chars = [...url];
  const max = Math.max(1, width);
  const lines: Line[] = [];
  for (let i = 0; i < chars.length; i += max) {
    const last = i + max >= chars.length;
    lines.push([{ text: chars.slice(i, i + max).join(''), color: 'blue', link: url, ...(last ? {} : { join: true as const }) }]);
  }
  return lines;
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\u0300-\u036f\u200b-\u200d\ufe00-\ufe0f]/u;

/** Terminal columns taken by one character. */
export function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, s) => sum + textWidth(s.text), 0);
}

/** Cuts text to at most `width` columns, ending with … when something was removed. */
export function truncate(raw: string, width: number): string {
  const text = printable(raw, { oneLine: true });
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

interface Token {
  text: string;
  style: SpanStyle;
  space: boolean;
  newline: boolean;
}

function tokenize(spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  for (const { text, ...style } of spans) {
    // Made safe before it is measured and cut: a cut never splits an escape sequence.
    for (const part of printable(text).split(/(\n| +)/)) {
      if (part === '') continue;
      tokens.push({ text: part, style, space: part.startsWith(' '), newline: part === '\n' });
    }
  }
  return tokens;
}

function pushSpan(line: Line, text: string, style: SpanStyle): void {
  const last = line[line.length - 1];
  if (last && sameStyle(last, style)) last.text += text;
  else line.push({ text, ...style });
}

function sameStyle(a: SpanStyle, b: SpanStyle): boolean {
  return a.color === b.color && !!a.bold === !!b.bold && !!a.dim === !!b.dim && !!a.inverse === !!b.inverse && !!a.underline === !!b.underline;
}

/** Greedy word wrap of styled spans; words longer than the width are split. Explicit \n breaks. */
export function wrapSpans(spans: readonly Span[], width: number): Line[] {
  const max = Math.max(1, width);
  const lines: Line[] = [];
  let line: Line = [];
  let used = 0;
  let pendingSpace: Token | undefined;
  const breakLine = () => {
    lines.push(line);
    line = [];
    used = 0;
    pendingSpace = undefined;
  };
  for (const token of tokenize(spans)) {
    if (token.newline) {
      breakLine();
      continue;
    }
    if (token.space) {
      if (used > 0) pendingSpace = token;
      continue;
    }
    const w = textWidth(token.text);
    const spaceW = pendingSpace ? textWidth(pendingSpace.text) : 0;
    if (used > 0 && used + spaceW + w > max) breakLine();
    else if (pendingSpace) {
      pushSpan(line, pendingSpace.text, pendingSpace.style);
      used += spaceW;
    }
    pendingSpace = undefined;
    if (w <= max - used) {
      pushSpan(line, token.text, token.style);
      used += w;
      continue;
    }
    for (const ch of token.text) {
      const cw = charWidth(ch);
      if (used + cw > max && used > 0) breakLine();
      pushSpan(line, ch, token.style);
      used += cw;
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Lays blocks out as lines of at most `width` columns. */
export function layoutBlocks(blocks: readonly Block[], width: number): Line[] {
  return layoutIndexed(blocks, width).lines;
}

/** Like layoutBlocks, also telling on which line each block starts (for scrolling to it). */
export function layoutIndexed(blocks: readonly Block[], width: number): { lines: Line[]; starts: number[] } {
  const out: Line[] = [];
  const starts: number[] = [];
  for (const block of blocks) {
    starts.push(out.length);
    if (block.url !== undefined) {
      out.push(...urlLines(block.url, width));
      for (let i = 0; i < (block.gap ?? 0); i++) out.push([]);
      continue;
    }
    const indent = ' '.repeat(Math.max(0, block.indent ?? 0));
    const prefixWidth = block.prefix ? lineWidth(block.prefix) : 0;
    const inner = Math.max(1, width - indent.length - prefixWidth);
    const wrapped = block.spans.length === 0 && !block.prefix ? [[]] : wrapSpans(block.spans, inner);
    wrapped.forEach((line, i) => {
      const lead: Line = [];
      if (indent) lead.push({ text: indent });
      if (block.prefix) lead.push(...(i === 0 ? block.prefix.map((s) => ({ ...s })) : [{ text: ' '.repeat(prefixWidth) }]));
      out.push([...lead, ...line]);
    });
    for (let i = 0; i < (block.gap ?? 0); i++) out.push([]);
  }
  starts.push(out.length);
  return { lines: out, starts };
}

/** Plain text of lines (for tests and for printing outside the TUI). */
export function plainText(lines: readonly Line[]): string {
  return lines.map((line) => line.map((s) => s.text).join('').replace(/ +$/, '')).join('\n');
}
