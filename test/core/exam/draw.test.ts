import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/types.js';
import { drawExam, spread } from '../../../src/core/exam/draw.js';
import { examRandom, shuffled } from '../../../src/core/exam/random.js';
import { CHAPTER_TOPICS } from '../../../src/core/topics.js';
import { byId, makeQuestion } from './fixtures.js';

/** 11 topics × 20 questions: 4 multi each, 2 beyond-exam each. */
function bigPool(): Question[] {
  return CHAPTER_TOPICS.flatMap((topic) =>
    Array.from({ length: 20 }, (_, i) =>
      makeQuestion({ id: `${topic}-${String(i).padStart(3, '0')}`, topic, type: i < 4 ? 'multi' : 'single', difficulty: i >= 18 ? 'beyond-exam' : i % 2 ? 'foundational' : 'exam' }),
    ),
  );
}

describe('exam draw', () => {
  const pool = bigPool();

  it('is reproducible: the same seed gives the same questions, order and option order, whatever the pool order', () => {
    const a = drawExam(pool, { count: 65, seed: '42' });
    const b = drawExam(shuffled(pool, examRandom('other')), { count: 65, seed: '42' });
    expect(b).toEqual(a);
    expect(drawExam(pool, { count: 65, seed: '43' })).not.toEqual(a);
  });

  it('never repeats a question, even when the pool has the same id twice', () => {
    const items = drawExam([...pool, ...pool], { count: 65, seed: 's' });
    expect(items).toHaveLength(65);
    expect(new Set(items.map((i) => i.qid)).size).toBe(65);
  });

  it('spreads the questions evenly across topics', () => {
    const items = drawExam(pool, { count: 65, seed: 'spread' });
    const perTopic = CHAPTER_TOPICS.map((t) => items.filter((i) => i.topic === t).length);
    expect(Math.max(...perTopic) - Math.min(...perTopic)).toBeLessThanOrEqual(1);
  });

  it('mixes about one multiple-response question in five, with its pick count', () => {
    const items = drawExam(pool, { count: 65, seed: 'mix' });
    const multi = items.filter((i) => i.pick > 1);
    expect(multi).toHaveLength(13);
    const q = byId(pool);
    expect(multi.every((i) => q.get(i.qid)!.type === 'multi' && i.pick === q.get(i.qid)!.answer.length)).toBe(true);
  });

  it('stays at exam level: beyond-exam only when the other questions run out', () => {
    const q = byId(pool);
    const level = (seed: string, count: number) => drawExam(pool, { count, seed }).map((i) => q.get(i.qid)!.difficulty);
    expect(level('a', 65)).not.toContain('beyond-exam');
    const all = level('b', 200);
    expect(all.filter((d) => d === 'beyond-exam')).toHaveLength(2);
    expect(level('c', 1000)).toHaveLength(220);
  });

  it('mixes foundational and exam difficulty', () => {
    const q = byId(pool);
    const levels = drawExam(pool, { count: 65, seed: 'lvl' }).map((i) => q.get(i.qid)!.difficulty);
    expect(levels.filter((d) => d === 'foundational').length).toBeGreaterThan(15);
    expect(levels.filter((d) => d === 'exam').length).toBeGreaterThan(15);
  });

  it('prefers questions not seen in recent exams, then those seen longest ago', () => {
    const small = pool.filter((p) => p.topic === 'auth' && p.difficulty !== 'beyond-exam'); // 18 questions
    const first = drawExam(small, { count: 6, seed: '1' }).map((i) => i.qid);
    const second = drawExam(small, { count: 6, seed: '2', recentExams: [first] }).map((i) => i.qid);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    const third = drawExam(small, { count: 6, seed: '3', recentExams: [second, first] }).map((i) => i.qid);
    expect([...first, ...second].filter((id) => third.includes(id))).toEqual([]);
    // All seen: the oldest exam's questions come back first.
    const fourth = drawExam(small, { count: 6, seed: '4', recentExams: [third, second, first] }).map((i) => i.qid);
    expect([...fourth].sort()).toEqual([...first].sort());
  });

  it('shuffles each question’s options with the seed: a permutation of every option', () => {
    const items = drawExam(pool, { count: 65, seed: 'opts' });
    for (const item of items) expect([...item.order].sort()).toEqual(item.order.map((_, i) => i));
    expect(items.some((item) => item.order.some((o, i) => o !== i))).toBe(true);
  });

  it('returns what the pool has when it is smaller than the exam', () => {
    expect(drawExam(pool.slice(0, 3), { count: 65, seed: 'x' })).toHaveLength(3);
    expect(drawExam([], { count: 65, seed: 'x' })).toEqual([]);
  });

  it('takes multiple response where a topic has nothing else', () => {
    const onlyMulti = [makeQuestion({ id: 'm1', type: 'multi' }), makeQuestion({ id: 'm2', type: 'multi' }), makeQuestion({ id: 's1', topic: 'auth' })];
    expect(drawExam(onlyMulti, { count: 3, seed: 'z' })).toHaveLength(3);
  });
});

describe('spread', () => {
  it('splits evenly under caps, earlier parts first on ties', () => {
    expect(spread(10, [5, 5, 5])).toEqual([4, 3, 3]);
    expect(spread(10, [1, 10, 10])).toEqual([1, 5, 4]);
    expect(spread(50, [1, 2, 3])).toEqual([1, 2, 3]);
  });
  it('splits in proportion to weights, from a starting point', () => {
    expect(spread(4, [9, 9], [6, 2])).toEqual([3, 1]);
    expect(spread(1, [9, 9], [1, 1], [0, 3])).toEqual([1, 3]);
  });
});
