/**
 * A small seeded generator (mulberry32), so shuffles and record ids are reproducible in tests
 * and the session reducer stays pure: its state carries the seed.
 */
export function nextRandom(seed: number): { value: number; seed: number } {
  const next = (seed + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, seed: next };
}

/** A function-style generator over a seed, for code that wants `() => number`. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    const { value, seed: next } = nextRandom(state);
    state = next;
    return value;
  };
}

/** A random display order of n options: order[i] is the index of the option shown at position i. */
export function shuffledOrder(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
