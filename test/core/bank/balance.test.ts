import { describe, expect, it } from 'vitest';
import { BALANCE_LIMITS, balance, echoOf, keysAreLongest, lengthRatio } from '../../../src/core/bank/balance.js';
import type { Question } from '../../../src/core/bank/types.js';

/** A question from its stem and options; options marked with a leading `*` are keys. */
function q(id: string, stem: string, options: string[]): Question {
  const choices = options.map((raw) => ({ text: raw.replace(/^\*/, ''), correct: raw.startsWith('*'), why: 'because' }));
  const answer = choices.flatMap((c, i) => (c.correct ? [i] : []));
  return { id, topic: 'general', type: answer.length > 1 ? 'multi' : 'single', difficulty: 'exam', stem, choices, answer, facts: [], bank: 'b.yaml' };
}

describe('keysAreLongest', () => {
  it('is true when the key is the longest option, ties included', () => {
    expect(keysAreLongest(q('a', 'S?', ['*a longer key', 'short', 'tiny']))).toBe(true);
    expect(keysAreLongest(q('b', 'S?', ['*same', 'same', 'x']))).toBe(true);
    expect(keysAreLongest(q('c', 'S?', ['*key', 'a longer distractor', 'x']))).toBe(false);
  });

  it('for multiple response, is true only when every key outranks every distractor', () => {
    expect(keysAreLongest(q('m1', 'S? (Choose TWO.)', ['*long key one', '*long key two', 'short', 'tiny']))).toBe(true);
    expect(keysAreLongest(q('m2', 'S? (Choose TWO.)', ['*long key one', '*k', 'a long distractor', 'tiny']))).toBe(false);
  });
});

describe('lengthRatio', () => {
  it('divides the mean key length by the mean distractor length, whitespace collapsed', () => {
    expect(lengthRatio(q('a', 'S?', ['*12345678', '1234', '123456789012']))).toBe(1);
    expect(lengthRatio(q('b', 'S?', ['*1234   5678', '1234', '1234']))).toBe(9 / 4);
  });
});

describe('echoOf', () => {
  it('finds a distinctive stem word that only a key repeats, in any word form', () => {
    const question = q('e', 'A retailer must translate XML payloads for partners. Which feature helps?', ['*A translation of payloads', 'Usage plans', 'Stage variables']);
    expect(echoOf(question, new Set())).toEqual({ id: 'e', choice: 1, words: ['translat', 'payload'] });
  });

  it('ignores words a distractor repeats too, and words common across the bank', () => {
    const question = q('e', 'A retailer must translate XML payloads. Which feature helps?', ['*Translate the payloads', 'Translate nothing', 'Payload limits']);
    expect(echoOf(question, new Set())).toBeUndefined();
    const common = q('f', 'Which cache setting?', ['*The cache TTL', 'Throttling', 'Stages']);
    expect(echoOf(common, new Set(['cach']))).toBeUndefined();
  });
});

describe('balance', () => {
  const longKeys = Array.from({ length: 10 }, (_, i) => q(`s${i}`, `Stem ${i}?`, ['*the key that is longest', 'short one', 'other']));
  const fair = Array.from({ length: 10 }, (_, i) => q(`t${i}`, `Stem ${i}?`, ['*key', 'a longer distractor', 'other']));

  it('passes a bank where length gives nothing away', () => {
    const report = balance(fair);
    expect(report.singleKeyLongest).toEqual([]);
    expect(report.failures).toEqual([]);
  });

  it('names each limit a give-away bank exceeds', () => {
    const report = balance(longKeys);
    expect(report.singleKeyLongest).toHaveLength(10);
    expect(report.medianLengthRatio).toBeGreaterThan(BALANCE_LIMITS.medianLengthRatio);
    expect(report.failures).toEqual([
      expect.stringContaining('the key is the longest option in 10 of 10 single-answer questions'),
      expect.stringContaining('the median key is'),
    ]);
  });

  it('reports multiple-response give-aways and echoes separately', () => {
    const multis = Array.from({ length: 4 }, (_, i) => q(`m${i}`, `Which TWO ${i}? (Choose TWO.)`, ['*first long key', '*second long key', 'short', 'tiny']));
    const echo = q('echo', 'A bakery needs croissant analytics. Which service?', ['*Croissant counter', 'Queue', 'Cache']);
    const report = balance([...fair, ...multis, echo]);
    expect(report.multiKeysLongest).toHaveLength(4);
    expect(report.echoes.map((e) => e.id)).toEqual(['echo']);
    expect(report.failures.some((f) => f.includes('multiple-response'))).toBe(true);
    expect(report.failures.some((f) => f.includes('echo (croissant)'))).toBe(true);
  });
});
