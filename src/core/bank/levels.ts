import type { Difficulty } from './types.js';

/**
 * Which questions study draws from, by their level. A bank question is foundational, exam
 * (CLF-C02 level) or beyond-exam (deeper than the exam asks); a study level is a set of those.
 * The default is what the exam tests: foundational and exam questions.
 */
export const STUDY_LEVELS = ['foundational', 'exam', 'all'] as const;
export type StudyLevel = (typeof STUDY_LEVELS)[number];
export const DEFAULT_STUDY_LEVEL: StudyLevel = 'exam';

export interface StudyLevelInfo {
  /** The question levels it includes. */
  includes: readonly Difficulty[];
  /** One line for a menu, help or the settings: what the learner gets. */
  description: string;
}

export const STUDY_LEVEL_INFO: Record<StudyLevel, StudyLevelInfo> = {
  foundational: { includes: ['foundational'], description: 'foundational questions only: the basics, to start with' },
  exam: { includes: ['foundational', 'exam'], description: 'foundational and exam questions: what CLF-C02 asks' },
  all: { includes: ['foundational', 'exam', 'beyond-exam'], description: 'every question, including beyond-exam ones that go deeper than CLF-C02' },
};

/** A question's level as the screens name it. */
export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  foundational: 'Foundational',
  exam: 'Exam level',
  'beyond-exam': 'Beyond the exam',
};

/** Short forms for narrow columns (the exam results' list). */
export const DIFFICULTY_SHORT: Record<Difficulty, string> = {
  foundational: 'found.',
  exam: 'exam',
  'beyond-exam': 'beyond',
};

export function isStudyLevel(value: unknown): value is StudyLevel {
  return typeof value === 'string' && (STUDY_LEVELS as readonly string[]).includes(value);
}

/** Whether a study level includes questions of this difficulty. */
export function atLevel(difficulty: Difficulty, level: StudyLevel): boolean {
  return STUDY_LEVEL_INFO[level].includes.includes(difficulty);
}

/** The questions a study level includes, in their order. */
export function questionsAtLevel<T extends { difficulty: Difficulty }>(questions: readonly T[], level: StudyLevel): T[] {
  return questions.filter((q) => atLevel(q.difficulty, level));
}

/** How many of these questions each study level gives (for a level choice that shows its size). */
export function levelCounts(questions: readonly { difficulty: Difficulty }[]): Record<StudyLevel, number> {
  const counts = { foundational: 0, exam: 0, all: 0 };
  for (const q of questions) {
    for (const level of STUDY_LEVELS) if (atLevel(q.difficulty, level)) counts[level]++;
  }
  return counts;
}
