/**
 * A line of text being typed, as a pure function of the text and one input event: typed and
 * pasted text is added at the end (cleaned: no control character or escape sequence is kept),
 * backspace deletes a character, ctrl+w a word, ctrl+u everything. Any other key is handed back
 * for the screen to read (enter, esc, arrows).
 */

import { sanitizeText } from '../../core/bank/sanitize.js';
import type { InputEvent } from './decode.js';

export type TextEdit = { kind: 'text'; text: string } | { kind: 'key'; name: string } | { kind: 'ignore' };

export const TEXT_EDIT_HELP = [
  { keys: ['backspace'], help: 'delete the last character' },
  { keys: ['ctrl+w'], help: 'delete the last word' },
  { keys: ['ctrl+u'], help: 'clear the text' },
] as const;

function append(text: string, added: string, max: number, multiline: boolean): TextEdit {
  const clean = sanitizeText(multiline ? added : added.replace(/\s*\n\s*/g, ' '));
  return clean ? { kind: 'text', text: (text + clean).slice(0, max) } : { kind: 'ignore' };
}

export function editText(text: string, event: InputEvent, { max = 4000, multiline = false } = {}): TextEdit {
  if (event.type === 'text') return append(text, event.text, max, multiline);
  switch (event.name) {
    case 'ctrl+u':
      return { kind: 'text', text: '' };
    case 'ctrl+w':
      return { kind: 'text', text: text.replace(/\S+\s*$/, '') };
    case 'backspace':
    case 'delete':
      return { kind: 'text', text: [...text].slice(0, -1).join('') };
    case 'space':
      return append(text, ' ', max, multiline);
  }
  return [...event.name].length === 1 ? append(text, event.name, max, multiline) : { kind: 'key', name: event.name };
}
