/**
 * What the terminal sends, as events the app understands. Ink splits the input stream into
 * pieces (a run of plain characters, or one escape sequence); this turns each piece into a named
 * key or text. A sequence it does not know (Ctrl+F1, a mouse report, a colour code inside a paste
 * without paste markers) is dropped: an unknown key does nothing, it never stops the program.
 * Pure; the only state is whether a bracketed paste is under way.
 */

/** One keypress, by name ('up', 'enter', 'ctrl+c', 'a'); several typed at once; or a paste. */
export type InputEvent = { type: 'key'; name: string } | { type: 'text'; text: string; pasted: boolean };

const ESC = '\u001b';
/** Bracketed paste (turned on with ESC[?2004h): the terminal wraps pasted text in these. */
export const PASTE_START = `${ESC}[200~`;
export const PASTE_END = `${ESC}[201~`;
export const PASTE_ON = `${ESC}[?2004h`;
export const PASTE_OFF = `${ESC}[?2004l`;

/** Escape sequences of the keys the app uses, as xterm, VTE, tmux, the Linux console and rxvt send them. */
const SEQUENCES: Record<string, string> = {
  '[A': 'up',
  '[B': 'down',
  '[C': 'right',
  '[D': 'left',
  OA: 'up',
  OB: 'down',
  OC: 'right',
  OD: 'left',
  '[H': 'home',
  '[F': 'end',
  OH: 'home',
  OF: 'end',
  '[1~': 'home',
  '[4~': 'end',
  '[7~': 'home',
  '[8~': 'end',
  '[5~': 'pageup',
  '[6~': 'pagedown',
  '[3~': 'delete',
  '[Z': 'shift+tab',
};

/** Names of single characters: control characters by what they do, the others as themselves. */
export function charName(ch: string): string | undefined {
  switch (ch) {
    case '\r':
    case '\n':
      return 'enter';
    case '\t':
      return 'tab';
    case ' ':
      return 'space';
    case '\u007f':
    case '\b':
      return 'backspace';
    case ESC:
      return 'escape';
  }
  const code = ch.codePointAt(0)!;
  if (code >= 1 && code <= 26) return `ctrl+${String.fromCharCode(code + 96)}`;
  if (code < 32 || (code >= 0x7f && code < 0xa0)) return undefined;
  return ch;
}

/** The keys of a run of typed characters (unknown control characters dropped). */
export function keysOf(text: string): string[] {
  return [...text].flatMap((ch) => charName(ch) ?? []);
}

export interface Decoder {
  /** One piece of input as Ink splits it; returns the events it completes (none while a paste is open). */
  push(piece: string): InputEvent[];
}

export function createDecoder(): Decoder {
  let paste: string[] | undefined;
  return {
    push(piece) {
      if (paste) {
        if (piece !== PASTE_END) {
          paste.push(piece);
          return [];
        }
        const text = paste.join('');
        paste = undefined;
        return text ? [{ type: 'text', text, pasted: true }] : [];
      }
      if (piece === PASTE_START) {
        paste = [];
        return [];
      }
      if (piece.startsWith(ESC)) {
        const rest = piece.slice(1);
        if (rest === '' || rest === ESC) return [{ type: 'key', name: 'escape' }];
        // Alt with a key (ESC, then the key): the key itself, as most terminal programs read it.
        const name = SEQUENCES[rest] ?? ([...rest].length === 1 ? charName(rest) : undefined);
        return name ? [{ type: 'key', name }] : [];
      }
      const chars = [...piece];
      if (chars.length === 1) {
        const name = charName(piece);
        return name ? [{ type: 'key', name }] : [];
      }
      return piece ? [{ type: 'text', text: piece, pasted: false }] : [];
    },
  };
}
