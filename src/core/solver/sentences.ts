/*
 * Sentences and clauses of normalised text (see text.ts: whitespace is already single spaces).
 * A stop ends a sentence only when a space follows, so "api.example.com" or "3.5 seconds" stays whole.
 */

const STOPS = ['. ', '? ', '! '];

/** Where the sentence around a position starts and ends. */
export function sentenceBounds(norm: string, at: number): [number, number] {
  const start = Math.max(...STOPS.map((s) => norm.lastIndexOf(s, at))) + 1;
  const ends = STOPS.map((s) => norm.indexOf(s, at)).filter((i) => i >= 0);
  return [start, ends.length ? Math.min(...ends) : norm.length];
}

/** The sentence around a position. */
export function sentenceOf(norm: string, at: number): string {
  const [start, end] = sentenceBounds(norm, at);
  return norm.slice(start, end);
}

/** The clause of the sentence around a position, between the turns a pattern (with the g flag) marks. */
export function clauseOf(norm: string, at: number, turns: RegExp): string {
  const [start, end] = sentenceBounds(norm, at);
  const sentence = norm.slice(start, end);
  const offset = at - start;
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(turns)) {
    if (m.index + m[0].length <= offset) from = m.index + m[0].length;
    else if (m.index >= offset) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}
