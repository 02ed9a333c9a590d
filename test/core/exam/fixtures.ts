import type { Difficulty, Question, QuestionType } from '../../../src/core/bank/types.js';
import type { Domain } from '../../../src/core/exam-guide/domains.js';
import type { Topic } from '../../../src/core/topics.js';

export interface MakeQuestion {
  id: string;
  topic?: Topic;
  type?: QuestionType;
  difficulty?: Difficulty;
  domain?: Domain;
  /** Correct choice indices (default [0], or [0, 1] for multi). */
  answer?: number[];
  choices?: number;
}

/** A valid question with plain texts ("q1 option A"…), for tests that need many of them. */
export function makeQuestion({ id, topic = 'api-types', type = 'single', difficulty = 'exam', domain, answer, choices }: MakeQuestion): Question {
  const key = answer ?? (type === 'multi' ? [0, 1] : [0]);
  const count = choices ?? (type === 'multi' ? 5 : 4);
  return {
    id,
    topic,
    type,
    difficulty,
    ...(domain ? { domain } : {}),
    stem: type === 'multi' ? `${id} stem (Choose ${key.length === 2 ? 'TWO' : 'THREE'}.)` : `${id} stem`,
    choices: Array.from({ length: count }, (_, i) => ({ text: `${id} option ${'ABCDEFGH'[i]}`, correct: key.includes(i), why: `why ${i}` })),
    answer: key,
    explanation: `${id} explanation`,
    facts: [],
    bank: 'test.yaml',
  };
}

export function byId(questions: readonly Question[]): Map<string, Question> {
  return new Map(questions.map((q) => [q.id, q]));
}
