import { createEmptyCard, State, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/types.js';
import type { ExamHistoryEntry } from '../../../src/core/exam/records.js';
import type { LogRecord, ReviewRecord } from '../../../src/core/progress/records.js';
import { dayKey as studyDayKey } from '../../../src/core/days.js';
import { historyOf } from '../../../src/core/srs/history.js';
import { makeScheduler } from '../../../src/core/srs/scheduler.js';
import { examTrend } from '../../../src/core/stats/exams.js';
import { forecast } from '../../../src/core/stats/forecast.js';
import { guessChance, READINESS_METHOD } from '../../../src/core/stats/readiness.js';
import { statsReport, type StatsSources } from '../../../src/core/stats/report.js';
import { TOPICS } from '../../../src/core/topics.js';
import { generateHistory } from '../../helpers/history.js';
import { activity as activityOf } from '../../helpers/reference.js';

// Local time on purpose: days, weeks and streaks are the learner's calendar days.
const NOW = new Date(2026, 10, 25, 18, 30); // Wednesday 25 November 2026, 18:30

function question(id: string, topic: Question['topic'], over: Partial<Question> = {}): Question {
  return {
    id,
    topic,
    type: 'single',
    difficulty: 'exam',
    stem: `Stem of ${id}?`,
    choices: [{ text: 'right', correct: true }, { text: 'wrong 1', correct: false }, { text: 'wrong 2', correct: false }, { text: 'wrong 3', correct: false }],
    answer: [0],
    facts: [`${topic}.fact`],
    bank: 'test.yaml',
    ...over,
  };
}

/** 10 questions in each of the 11 chapter topics. */
const QUESTIONS: Question[] = TOPICS.filter((t) => t !== 'general').flatMap((topic) => Array.from({ length: 10 }, (_, i) => question(`${topic}-${i}`, topic)));
const FACTS = TOPICS.map((t) => ({ id: `${t}.fact`, topic: t, status: 'verified' as const, core: false, statement: `The ${t} fact.`, source: 'https://example.com' }));
const DAY_START = 4;
const SCHEDULER = makeScheduler({ retention: 0.9 });
const sources = (log: LogRecord[], history: ExamHistoryEntry[] = []): StatsSources => ({
  questions: QUESTIONS,
  facts: FACTS,
  reviewHistory: historyOf(log, { scheduler: SCHEDULER, now: NOW, dayStart: DAY_START }),
  history,
  scheduler: SCHEDULER,
  dayStart: DAY_START,
});
const dayKey = (at: Date) => studyDayKey(at, DAY_START);
const activity = (log: readonly ReviewRecord[], now: Date) => activityOf(log, now, DAY_START);
const leeches = (questions: readonly Question[], log: ReviewRecord[]) => statsReport({ ...sources(log), questions }, NOW).leeches;
const review = (id: string, qid: string, at: Date, correct: boolean): ReviewRecord => ({ v: 1, type: 'review', id, qid, at: at.toISOString(), source: 'study', correct, rating: correct ? 3 : 1, chosen: [] });
const daysAgo = (n: number, hour = 9, minute = 0) => new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - n, hour, minute);

describe('forecast', () => {
  const card = (due: Date, state = State.Review): Card => ({ ...createEmptyCard(daysAgo(30)), state, due });
  const cards = new Map<string, Card>([
    ['api-types-0', card(daysAgo(3))], // overdue → today
    ['api-types-1', card(new Date(2026, 10, 25, 23, 59))], // later today
    ['api-types-2', card(new Date(2026, 10, 26, 0, 0))], // tomorrow's first minute, or today's when the day starts at 4
    ['api-types-6', card(new Date(2026, 10, 26, 4, 0))], // tomorrow's first minute when the day starts at 4
    ['api-types-3', card(new Date(2026, 11, 8, 12))], // day 13, the last one shown
    ['api-types-4', card(new Date(2026, 11, 9, 12))], // day 14: beyond the window
    ['api-types-5', card(daysAgo(1), State.New)], // never answered: not due
    ['removed-question', card(daysAgo(1))], // not in any loaded bank
  ]);
  const days = forecast(QUESTIONS, cards, NOW, 0);

  it('covers 14 consecutive days from today', () => {
    expect(days).toHaveLength(14);
    expect(days[0]!.date).toBe('2026-11-25');
    expect(days[13]!.date).toBe('2026-12-08');
  });

  it('puts overdue questions on today and each other one on its due day', () => {
    expect(days.map((d) => d.due)).toEqual([2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('counts study days: with the day starting at 4, a question due at midnight is due today', () => {
    const study = forecast(QUESTIONS, cards, NOW, 4);
    expect(study[0]).toEqual({ date: '2026-11-25', due: 3 });
    expect(study[1]).toEqual({ date: '2026-11-26', due: 1 });
  });
});

describe('activity heatmap and streak', () => {
  const log = generateHistory({ ids: QUESTIONS.map((q) => q.id), now: NOW, days: 30, skip: [20], newPerDay: 6 });
  const a = activity(log, NOW);

  it('spans 12 calendar weeks, Monday first, ending today', () => {
    expect(a.days[0]!.date).toBe('2026-09-07'); // Monday, 11 weeks before this week's Monday (23 Nov)
    expect(a.days.at(-1)!.date).toBe('2026-11-25');
    expect(a.days).toHaveLength(11 * 7 + 3);
  });

  it('counts every review on its local day', () => {
    expect(a.reviews).toBe(log.length);
    const perDay = new Map<string, number>();
    for (const r of log) perDay.set(dayKey(new Date(r.at)), (perDay.get(dayKey(new Date(r.at))) ?? 0) + 1);
    expect(a.days.filter((d) => d.reviews > 0).map((d) => [d.date, d.reviews])).toEqual([...perDay.entries()].sort());
    expect(a.activeDays).toBe(29);
    expect(a.days.find((d) => d.date === dayKey(daysAgo(9)))!.reviews).toBe(0); // the skipped day
  });

  it('counts the streak back from today to the last day without reviews', () => {
    expect(a.reviewedToday).toBe(true);
    expect(a.streak).toBe(9);
  });

  it('keeps yesterday\'s streak alive while today is still open, and breaks it after a missed day', () => {
    const noToday = log.filter((r) => dayKey(new Date(r.at)) !== '2026-11-25');
    expect(activity(noToday, NOW)).toMatchObject({ reviewedToday: false, streak: 8 });
    const gap = noToday.filter((r) => dayKey(new Date(r.at)) !== '2026-11-24');
    expect(activity(gap, NOW).streak).toBe(0);
  });
});

describe('true retention over 30 days', () => {
  // FSRS puts a new question answered right straight into review state; a lapse goes to relearning.
  const log = [
    review('a', 'caching-0', daysAgo(40), true), // new: not a learned question yet
    review('b', 'caching-0', daysAgo(35), true), // learned, but older than 30 days
    review('c', 'caching-0', daysAgo(20), true), // learned: counts, right
    review('d', 'caching-0', daysAgo(10), false), // learned: counts, wrong → relearning
    review('e', 'caching-0', daysAgo(10, 9, 10), true), // relearning step: not counted
    review('f', 'caching-0', daysAgo(2), true), // learned again: counts, right
    review('g', 'caching-1', daysAgo(5), false), // new: not counted
  ];

  it('counts only answers to questions already learned, inside the window', () => {
    expect(statsReport(sources(log), NOW).retention).toEqual({ days: 30, reviews: 3, correct: 2, percent: 67 });
  });

  it('says there is nothing to measure rather than inventing a rate', () => {
    expect(statsReport(sources([review('x', 'auth-0', daysAgo(1), true)]), NOW).retention).toEqual({ days: 30, reviews: 0, correct: 0, percent: null });
  });

  it('ignores undone reviews', () => {
    const undo = { v: 1 as const, type: 'undo' as const, id: 'u', at: daysAgo(2, 10).toISOString(), ref: 'f' };
    expect(statsReport(sources([...log, undo]), NOW).retention).toMatchObject({ reviews: 2, correct: 1 });
  });
});

describe('per-topic progress', () => {
  it('reports seen/total, recall of the seen questions, the bar and the lapses', () => {
    const log = [
      review('1', 'caching-0', daysAgo(10), true),
      review('2', 'caching-0', daysAgo(5), false),
      review('3', 'caching-1', daysAgo(1), true),
    ];
    const report = statsReport(sources(log), NOW);
    const caching = report.topics.find((t) => t.topic === 'caching')!;
    expect(caching).toMatchObject({ total: 10, seen: 2, lapses: 1 });
    expect(caching.recallPercent).toBeGreaterThan(0);
    expect(caching.strengthPercent).toBe(Math.round((caching.recallPercent! * 2) / 10));
    expect(report.topics.find((t) => t.topic === 'auth')).toMatchObject({ seen: 0, recallPercent: null, strengthPercent: 0, lapses: 0 });
    expect(report.topics.map((t) => t.topic)).not.toContain('general');
  });
});

describe('per-domain progress', () => {
  it('groups the same numbers by exam domain with the exam guide weight; questions without a domain are not mapped, not dropped', () => {
    const questions = [
      question('s1', 'auth', { domain: 'security-compliance' }),
      question('s2', 'auth', { domain: 'security-compliance' }),
      question('t1', 'caching', { domain: 'technology-services' }),
      question('g1', 'general'),
    ];
    const log = [review('1', 's1', daysAgo(2), true), review('2', 'g1', daysAgo(1), false)];
    const report = statsReport({ ...sources(log), questions }, NOW);
    expect(report.domains.map((d) => [d.domain, d.label, d.total, d.seen, d.examWeightPercent])).toEqual([
      ['security-compliance', '2. Security and Compliance', 2, 1, 30],
      ['technology-services', '3. Cloud Technology and Services', 1, 0, 34],
      ['not-mapped', 'Not mapped to an exam domain', 1, 1, undefined],
    ]);
    const security = report.domains[0]!;
    // One of two questions seen: the bar is about half its recall (both are rounded).
    expect(Math.abs(security.strengthPercent - security.recallPercent! / 2)).toBeLessThanOrEqual(1);
    expect(report.domains.reduce((n, d) => n + d.total, 0)).toBe(questions.length);
  });
});

describe('readiness', () => {
  it('says it covers the API Gateway part of CLF-C02, not the whole exam', () => {
    expect(statsReport(sources([]), NOW).readiness.scope).toMatchObject({ apiGateway: QUESTIONS.length, other: 0, short: 'API Gateway part of CLF-C02 only' });
    const mixed = statsReport({ ...sources([]), questions: [...QUESTIONS, question('own-1', 'general')] }, NOW).readiness.scope;
    expect(mixed.note).toContain('and 1 question of your own banks');
  });

  it('gives no number without history, and says so', () => {
    const r = statsReport(sources([]), NOW).readiness;
    expect(r).toMatchObject({ scaled: null, percent: null, confidence: 'none', passLine: 700, method: READINESS_METHOD });
    expect(r.note).toMatch(/No answers yet/);
  });

  it('is low-confidence with little history and counts unseen questions as guesses', () => {
    const log = QUESTIONS.slice(0, 5).map((q, i) => review(`r${i}`, q.id, daysAgo(0, 9, i), true));
    const r = statsReport(sources(log), NOW).readiness;
    expect(r.confidence).toBe('low');
    expect(r.note).toBe("Rough: only 5 reviews over 1 day, 5% of the exam's questions seen; unseen questions count as guesses, so the estimate rises as you cover more.");
    // Half of API types known (6 of the 65 drawn questions come from it), the rest a 1-in-4 guess:
    // 6/65 × (5 × ~1 + 5 × 0.25)/10 + 59/65 × 0.25 ≈ 28% expected, far below the line.
    expect(r.percent).toBe(28);
    expect(r.scaled).toBeLessThan(700);
    expect(r.coveragePercent).toBe(5);
  });

  it('is trusted with a month of history covering the whole exam, and follows how well it is known', () => {
    const ids = QUESTIONS.map((q) => q.id);
    const good = statsReport(sources(generateHistory({ ids, now: NOW, days: 30, newPerDay: 10, accuracy: 0.95, seed: 3 })), NOW).readiness;
    expect(good.confidence).toBe('good');
    expect(good.coveragePercent).toBe(100);
    expect(good.note).toMatch(/^Solid: \d+ reviews over 30 days, 100% of the exam's questions seen\.$/);
    expect(good.scaled).toBeGreaterThanOrEqual(700);
    const poor = statsReport(sources(generateHistory({ ids, now: NOW, days: 30, newPerDay: 10, accuracy: 0.3, seed: 3 })), NOW).readiness;
    expect(poor.scaled!).toBeLessThan(good.scaled!);
  });

  it('weights topics as the mock exam draws them, not by how many questions they have', () => {
    const big = [...QUESTIONS, ...Array.from({ length: 90 }, (_, i) => question(`extra-${i}`, 'caching'))];
    const known = big.filter((q) => q.topic === 'caching').map((q, i) => review(`k${i}`, q.id, daysAgo(0, 8, i % 60), true));
    const r = statsReport({ ...sources(known), questions: big }, NOW).readiness;
    // Caching is one topic in eleven of the draw, whatever its size: about 6 of 65 questions known.
    expect(r.coveragePercent).toBe(9);
  });

  it('uses the chance of guessing right for a question not recalled', () => {
    expect(guessChance(QUESTIONS[0]!)).toBe(0.25);
    const multi = question('m', 'auth', { type: 'multi', choices: Array.from({ length: 5 }, (_, i) => ({ text: `o${i}`, correct: i < 2 })), answer: [0, 1] });
    expect(guessChance(multi)).toBe(0.1);
  });
});

describe('leeches', () => {
  const ids = QUESTIONS.map((q) => q.id);
  const log = generateHistory({ ids, now: NOW, days: 30, newPerDay: 10, alwaysWrong: ['auth-3'], seed: 5 });

  it('lists questions missed 4 or more times with the facts they test', () => {
    const list = leeches(QUESTIONS, log);
    const auth = list.find((l) => l.id === 'auth-3')!;
    expect(auth.misses).toBe(log.filter((r) => r.qid === 'auth-3').length);
    expect(auth.misses).toBeGreaterThanOrEqual(4);
    expect(auth.facts).toEqual([{ id: 'auth.fact', statement: 'The auth fact.' }]);
    for (const l of list) expect(log.filter((r) => r.qid === l.id && !r.correct).length).toBeGreaterThanOrEqual(4);
    expect(list.map((l) => l.misses)).toEqual([...list.map((l) => l.misses)].sort((a, b) => b - a));
  });

  it('leaves out a question missed only three times', () => {
    const three = [1, 2, 3].map((n) => review(`w${n}`, 'pricing-1', daysAgo(n), false));
    expect(leeches(QUESTIONS, three)).toEqual([]);
    expect(leeches(QUESTIONS, [...three, review('w4', 'pricing-1', daysAgo(0), false)])).toEqual([
      { id: 'pricing-1', topic: 'pricing', stem: 'Stem of pricing-1?', misses: 4, lastMissed: daysAgo(0).toISOString(), facts: [{ id: 'pricing.fact', statement: 'The pricing fact.' }] },
    ]);
  });
});

describe('exam history', () => {
  const entry = (id: string, day: number, scaled: number | undefined, reason: ExamHistoryEntry['reason'] = 'submitted'): ExamHistoryEntry => ({
    v: 1,
    id,
    startedAt: daysAgo(day).toISOString(),
    endedAt: daysAgo(day, 10).toISOString(),
    reason,
    questions: 65,
    answered: 65,
    durationMs: 1,
    usedMs: 1,
    qids: [],
    ...(scaled === undefined ? {} : { scaled, percent: 50, passed: scaled >= 700 }),
  });

  it('keeps scored attempts oldest first, with the last, the best and the 700 line', () => {
    const trend = examTrend([entry('c', 1, 720), entry('a', 9, 610), entry('x', 5, undefined, 'abandoned'), entry('b', 4, 780, 'timeout')]);
    expect(trend.attempts.map((a) => a.scaled)).toEqual([610, 780, 720]);
    expect(trend).toMatchObject({ passLine: 700, abandoned: 1, last: 720, best: 780 });
    expect(trend.attempts.map((a) => a.passed)).toEqual([false, true, true]);
  });
});
