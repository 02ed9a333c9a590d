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

/** Where the clause of the sentence around a position starts and ends, between the turns a pattern (with the g flag) marks. */
export function clauseBounds(norm: string, at: number, turns: RegExp): [number, number] {
  const [start, end] = sentenceBounds(norm, at);
  const offset = at - start;
  let from = start;
  let to = end;
  for (const m of norm.slice(start, end).matchAll(turns)) {
    if (m.index + m[0].length <= offset) from = start + m.index + m[0].length;
    else if (m.index >= offset) {
      to = start + m.index;
      break;
    }
  }
  return [from, to];
}

/** The clause of the sentence around a position, between the turns a pattern (with the g flag) marks. */
export function clauseOf(norm: string, at: number, turns: RegExp): string {
  const [from, to] = clauseBounds(norm, at, turns);
  return norm.slice(from, to);
}
