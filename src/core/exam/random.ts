import { seededRandom, shuffledOrder } from '../study/random.js';

/**
 * Exam seeds are strings (`--seed 42`, `--seed monday`): hashed to a number for the shared
 * seeded generator, so the same seed always draws the same exam with the same option order.
 */

export type Random = () => number;

/** FNV-1a over the seed's UTF-16 units, then a final mix: any string becomes a 32-bit state. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

export function examRandom(seed: string): Random {
  return seededRandom(hashSeed(seed));
}

/** A new array in random order. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  return shuffledOrder(items.length, random).map((i) => items[i]!);
}

/** A short printable seed for exams started without `--seed` (recorded so they can be replayed). */
export function newSeed(random: Random): string {
  return Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
}
