import { createEmptyCard } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/types.js';
import { startOfDay } from '../../../src/core/days.js';
import type { Rating, ReviewRecord } from '../../../src/core/progress/records.js';
import { historyCards, historyOf } from '../../../src/core/srs/history.js';
import { outlookText, overview } from '../../../src/core/srs/overview.js';
import { introductionOrder, nextAvailable, nextStudyQuestion, queueCounts, type QueueInput } from '../../../src/core/srs/queue.js';
import { makeScheduler, State, type Card } from '../../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../../src/core/srs/settings.js';
import { seededRandom } from '../../../src/core/study/random.js';
import { CHAPTER_TOPICS } from '../../../src/core/topics.js';
import { at, single } from '../../helpers/study-questions.js';

const scheduler = makeScheduler({ retention: 0.9, fuzz: false });
const DAY_START = 4;
let n = 0;
const review = (qid: string, when: Date, correct: boolean, rating: Rating = correct ? 3 : 1): ReviewRecord => ({ v: 1, type: 'review', id: `r${++n}`, qid, at: when.toISOString(), source: 'study', correct, rating, chosen: [] });
const qs = [single('a'), single('b'), single('c')];
const input = (log: ReviewRecord[], now: Date, questions: readonly Question[] = qs): QueueInput => ({
  questions,
  cards: historyCards(historyOf(log, { scheduler, now, dayStart: DAY_START })),
  now,
  scheduler,
  dayStart: DAY_START,
});

describe('the study queue', () => {
  it('counts new · learning · review, and a missed question stays counted until it comes back', () => {
    const log = [review('a', at(0), false)]; // due again at 12:10
    expect(queueCounts(input(log, at(2)), 20)).toEqual({ new: 2, learning: 1, review: 0 });
    expect(queueCounts(input(log, at(2)), 1)).toEqual({ new: 1, learning: 1, review: 0 });
    expect(queueCounts(input(log, at(12)), 0)).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it('shows a learning step before its due time only when nothing else is left, and says so', () => {
    const log = [review('a', at(0), false)];
    expect(nextStudyQuestion(input(log, at(2)), 2)).toEqual({ qid: 'b' });
    expect(nextStudyQuestion(input(log, at(2)), 0)).toEqual({ qid: 'a', early: at(10) });
    // Once due, it comes first, before new questions, and it is not early.
    expect(nextStudyQuestion(input(log, at(11)), 2)).toEqual({ qid: 'a' });
  });

  it('takes reviews by study day: due any time today counts from the start of the day', () => {
    const log = [review('a', at(0), true)];
    const due = historyCards(historyOf(log, { scheduler, now: at(1), dayStart: DAY_START })).get('a')!.due;
    const dayOf = startOfDay(due, DAY_START);
    const before = new Date(dayOf.getTime() - 3_600_000);
    const after = new Date(dayOf.getTime() + 3_600_000);
    expect(after.getTime()).toBeLessThan(due.getTime());
    expect(queueCounts(input(log, before), 0)).toEqual({ new: 0, learning: 0, review: 0 });
    expect(nextAvailable(input(log, before))).toEqual(dayOf);
    expect(queueCounts(input(log, after), 0)).toEqual({ new: 0, learning: 0, review: 1 });
    expect(nextStudyQuestion(input(log, after), 0)).toEqual({ qid: 'a' });
  });

  it('does not count or show a learning step further ahead than 20 minutes', () => {
    const card: Card = { ...createEmptyCard(at(0)), state: State.Learning, due: at(30) };
    const far: QueueInput = { questions: qs, cards: new Map([['a', card]]), now: at(0), scheduler, dayStart: DAY_START };
    expect(queueCounts(far, 0)).toEqual({ new: 0, learning: 0, review: 0 });
    expect(nextStudyQuestion(far, 0)).toBeUndefined();
    expect(nextAvailable(far)).toEqual(at(10));
  });
});

describe('new questions', () => {
  const bank = CHAPTER_TOPICS.flatMap((topic) => Array.from({ length: 5 }, (_, i) => single(`${topic}-${i + 1}`, topic)));

  it('are interleaved across topics, not taken in bank order', () => {
    const order = introductionOrder(bank, seededRandom(1));
    expect(order).toHaveLength(bank.length);
    expect(new Set(order).size).toBe(bank.length);
    const topicOf = (id: string) => bank.find((q) => q.id === id)!.topic;
    // The first round has one question of every topic; each topic keeps its bank order.
    expect(new Set(order.slice(0, CHAPTER_TOPICS.length).map(topicOf)).size).toBe(CHAPTER_TOPICS.length);
    for (const topic of CHAPTER_TOPICS) expect(order.filter((id) => topicOf(id) === topic)).toEqual(bank.filter((q) => q.topic === topic).map((q) => q.id));
    expect(order.slice(0, 5)).not.toEqual(bank.slice(0, 5).map((q) => q.id));
  });

  it('in a seeded order: the same seed gives the same order, another seed another', () => {
    expect(introductionOrder(bank, seededRandom(7))).toEqual(introductionOrder(bank, seededRandom(7)));
    expect(introductionOrder(bank, seededRandom(7))).not.toEqual(introductionOrder(bank, seededRandom(8)));
  });

  it('follow that order in study, skipping those already answered', () => {
    const order = introductionOrder(bank, seededRandom(3));
    const log = [review(order[0]!, at(0), true)];
    expect(nextStudyQuestion(input(log, at(1), bank), 5, order)).toEqual({ qid: order[1] });
  });
});

describe('the home screen', () => {
  const settings = { ...DEFAULT_SETTINGS, newPerDay: 1 };
  const home = (log: ReviewRecord[], now: Date) => overview(qs, historyOf(log, { scheduler, now, dayStart: DAY_START }), settings, scheduler, now);

  it('says what study will do: a missed question shown early is announced, not "nothing due"', () => {
    const o = home([review('a', at(0), false)], at(2));
    expect(o.counts).toEqual({ new: 0, learning: 1, review: 0 });
    expect(o.opens).toEqual({ kind: 'early', due: at(10) });
    const text = outlookText(o, at(2));
    expect(text).toContain('in 8 min');
    expect(text).toContain('marked early');
    expect(text).not.toMatch(/nothing due/i);
    const two = home([review('a', at(0), false), review('b', at(1), false)], at(2));
    expect(outlookText(two, at(2))).toBe('Nothing is due right now; 2 questions you missed are due again soon, the first in 8 min: Study shows them now, marked early.');
  });

  it('gives the counts when there is something to do, and when the next question comes when not', () => {
    const o = home([], at(0));
    expect(outlookText(o, at(0))).toBe('1 new · 0 learning · 0 review: press enter on Study to begin.');
    const done = home([review('a', at(0), true)], at(1));
    expect(done.opens.kind).toBe('nothing');
    const text = outlookText(done, at(1));
    expect(text).toMatch(/^Nothing left to study today\. Next question due in \d+ (hours|days?)\./);
    expect(text).toContain('--new');
  });
});
