/**
 * Typing a scenario, as a pure function of the text and one keypress. Text is appended at the
 * end; a paste arrives as one chunk and keeps its line breaks (so lettered options survive).
 */

import type { KeyFlags } from '../keys.js';

/** The same key flags every screen reads (the shape of Ink's key object). */
export type InputKey = KeyFlags;

export type InputResult = { kind: 'text'; text: string } | { kind: 'submit'; text: string } | { kind: 'back' } | { kind: 'ignore' };

/** Longest scenario the screen accepts: a long exam question with its options fits easily. */
export const MAX_INPUT = 4000;

// Control characters other than line breaks and tabs are never kept (no escape sequences from input).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function editScenario(text: string, input: string, key: InputKey): InputResult {
  if (key.escape) return { kind: 'back' };
  if (key.ctrl && input === 'u') return { kind: 'text', text: '' };
  if (key.ctrl && input === 'w') return { kind: 'text', text: text.replace(/\S+\s*$/, '') };
  if (key.backspace || key.delete) return { kind: 'text', text: [...text].slice(0, -1).join('') };
  // A single Enter solves; a pasted chunk with line breaks is text.
  if (key.return || input === '\r') return text.trim() ? { kind: 'submit', text } : { kind: 'ignore' };
  if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown) return { kind: 'ignore' };
  const added = input.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
  if (!added) return { kind: 'ignore' };
  return { kind: 'text', text: (text + added).slice(0, MAX_INPUT) };
}
