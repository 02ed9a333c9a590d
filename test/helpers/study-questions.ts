import type { Fact, Question } from '../../src/core/bank/types.js';
import type { Topic } from '../../src/core/topics.js';

/** A single-answer question; the first choice is correct unless `answer` says otherwise. */
export function single(id: string, topic: Topic = 'general', answer = 0): Question {
  const choices = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((t, i) => ({ text: `${t} ${id}`, correct: i === answer, why: `Why ${t} ${id}` }));
  return { id, topic, type: 'single', difficulty: 'exam', stem: `Stem of ${id}?`, choices, answer: [answer], explanation: `Explanation of ${id}.`, facts: ['f.one'], source: 'https://example.com/src', bank: 'test.yaml' };
}

/** A "Choose TWO" question: choices 0 and 2 are correct. */
export function multi(id: string, topic: Topic = 'general'): Question {
  const choices = ['One', 'Two', 'Three', 'Four', 'Five'].map((t, i) => ({ text: `${t} ${id}`, correct: i === 0 || i === 2, why: `Why ${t}` }));
  return { id, topic, type: 'multi', difficulty: 'exam', stem: `Which TWO for ${id}? (Choose TWO.)`, choices, answer: [0, 2], explanation: `Explanation of ${id}.`, facts: [], source: 'https://example.com/multi', bank: 'test.yaml' };
}

export const FACTS: Fact[] = [{ id: 'f.one', topic: 'general', status: 'verified', core: true, statement: 'The first fact statement.', source: 'https://example.com/fact' }];

/** A fixed clock: noon local time on 10 March 2025, plus `minutes`. */
export function at(minutes = 0, day = 10): Date {
  return new Date(2025, 2, day, 12, minutes);
}
