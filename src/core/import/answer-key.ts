import { printable } from '../bank/sanitize.js';

/**
 * Reads an answer key as the numbered layout writes it: `B`, `B, E`, `A,B`, `AD`, `BCD`, even
 * a lower-case typo such as `Ac`. Anything else is reported, never guessed.
 */
export type KeyResult = { letters: string[] } | { problem: string };

export function readAnswerKey(raw: string): KeyResult {
  const text = raw
    .replace(/[*_`]/g, '')
    .replace(/\band\b/gi, ',')
    .trim()
    .replace(/\.$/, '')
    .trim();
  if (!text) return { problem: 'no answer given' };
  const tokens = text.split(/[\s,;&/+]+/).filter(Boolean);
  // Options are lettered A–H at most: a word such as "or" or "All" is not a key.
  if (!tokens.every((token) => /^[A-Ha-h]+$/.test(token))) return { problem: `cannot read the answer key "${printable(raw.trim(), { oneLine: true, max: 60 })}"` };
  const letters = [...new Set(tokens.join('').toUpperCase())];
  return { letters };
}

export function letterOf(index: number): string {
  return String.fromCharCode(65 + index);
}
