import type { Domain, Task } from '../exam-guide/domains.js';
import type { Topic } from '../topics.js';

export type QuestionType = 'single' | 'multi';
export type Angle = 'definition' | 'scenario' | 'negative' | 'comparison';
export type Difficulty = 'foundational' | 'exam' | 'beyond-exam';

export interface Choice {
  text: string;
  correct: boolean;
  why?: string;
}

export interface ImportedFrom {
  file: string;
  line: number;
  position: number;
  explanation?: string;
  reference?: string;
}

/** A question as the rest of the program sees it: validated, sanitised, defaults applied. */
export interface Question {
  id: string;
  topic: Topic;
  type: QuestionType;
  angle?: Angle;
  difficulty: Difficulty;
  /** The exam domain; only imported questions may lack one. */
  domain?: Domain;
  task?: Task;
  stem: string;
  choices: Choice[];
  /**
   * How many options there are, when the question's text is held compressed (reading `choices`
   * decompresses it); absent otherwise: then it is `choices.length`.
   */
  optionCount?: number;
  /** Indices (into `choices`) of the correct options, ascending. */
  answer: number[];
  explanation?: string;
  facts: string[];
  source?: string;
  imported?: ImportedFrom;
  /** Path of the bank file the question was loaded from. */
  bank: string;
}

export interface Fact {
  id: string;
  topic: Topic;
  status: 'verified' | 'corrected';
  core: boolean;
  statement: string;
  chapter?: string;
  source: string;
}

export interface BankFile {
  path: string;
  title: string;
  questions: Question[];
}

/** One defect found while loading or linting, pinned to the offending YAML node. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  rule: string;
  message: string;
}
