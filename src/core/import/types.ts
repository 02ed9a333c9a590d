import type { QuestionType } from '../bank/types.js';

export type ImportFormat = 'checkbox' | 'numbered';

/** One option as the parser read it, before any rule is applied. */
export interface RawOption {
  text: string;
  line: number;
}

/**
 * A question block as a layout parser found it. `correct` holds option indices when the
 * source marked them; `answerProblem` says why it could not tell (never guessed).
 */
export interface RawQuestion {
  line: number;
  /** 1 = the first question block of the file, counted by position (printed numbers are unreliable). */
  position: number;
  stem: string;
  options: RawOption[];
  correct: number[];
  answerProblem?: string;
  explanation?: string;
  reference?: string;
  /** Image paths found in the block: they cannot be shown in a terminal, so the stem says so. */
  images: string[];
}

/** A question ready to be written to a bank. */
export interface ImportedQuestion {
  id: string;
  topic: 'general';
  type: QuestionType;
  stem: string;
  choices: { text: string; correct?: true }[];
  imported: { file: string; line: number; position: number; explanation?: string; reference?: string };
}

/** Something the importer left out, and why. */
export interface Skipped {
  file: string;
  line: number;
  reason: string;
  /** The start of the stem, so the user recognises the question. */
  excerpt: string;
}

/** A change the importer made that the user should know about (the question was kept). */
export interface ImportNote {
  file: string;
  line: number;
  message: string;
}

export interface FileImport {
  file: string;
  format: ImportFormat;
  questions: ImportedQuestion[];
  skipped: Skipped[];
  notes: ImportNote[];
  /** The document's own title (first level-1 heading), when it has one. */
  title?: string;
}
