import { deflateSync, inflateSync } from 'node:zlib';
import type { Question } from '../core/bank/types.js';

/**
 * A bank's questions held without their text: the fields every screen needs for every question
 * (id, topic, type, level, domain, facts, answer) stay in memory, while the stem, options,
 * explanation and sources of each block of questions are stored deflated and read back (from
 * wherever the caller keeps them) only when one of them is used. A question reads like any
 * other (its text fields are getters), so ten thousand questions cost little memory.
 */

type StoredQuestion = Omit<Question, 'bank'>;

const TEXT_FIELDS = ['stem', 'choices', 'explanation', 'source', 'imported'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
export type QuestionText = Partial<Pick<StoredQuestion, TextField>>;

/** A question without its text; `textFields` has bit i set when TEXT_FIELDS[i] is present; `options` counts the choices. */
export type QuestionHeader = Omit<StoredQuestion, TextField | 'optionCount'> & { textFields: number; options: number };

/** Questions per compressed block: small enough that reading one question costs little. */
export const QUESTIONS_PER_BLOCK = 32;
/**
 * Texts kept of the questions whose block was read for them, the latest first to stay. Only the
 * last block read is kept whole: a screen going through questions in bank order reads each block
 * once, and a block's other texts are dropped while still young (garbage the collector reclaims
 * cheaply, instead of piling up in the old generation until a full collection).
 */
const RECENT_TEXTS = 256;

export interface SplitQuestions {
  headers: QuestionHeader[];
  /** Deflated JSON arrays of QuestionText, QUESTIONS_PER_BLOCK questions each. */
  blocks: Buffer[];
}

export function splitQuestions(questions: readonly StoredQuestion[]): SplitQuestions {
  const headers = questions.map((question) => {
    const { stem: _s, choices, explanation: _e, source: _o, imported: _i, optionCount: _n, ...header } = question;
    return { ...header, options: choices.length, textFields: TEXT_FIELDS.reduce((bits, field, i) => (question[field] === undefined ? bits : bits | (1 << i)), 0) };
  });
  const blocks: Buffer[] = [];
  for (let at = 0; at < questions.length; at += QUESTIONS_PER_BLOCK) {
    blocks.push(deflateSync(JSON.stringify(questions.slice(at, at + QUESTIONS_PER_BLOCK).map(textOf))));
  }
  return { headers, blocks };
}

function textOf(question: StoredQuestion): QuestionText {
  const text: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) if (question[field] !== undefined) text[field] = question[field];
  return text;
}

/** Gives a block's deflated bytes, as splitQuestions made them (used at once: the buffer may be reused by the next read). */
export type BlockReader = () => Buffer;

/** Whether a question put back together from its header and its text is one the loader could have made. */
export type QuestionCheck = (question: Record<string, unknown>) => boolean;

let lastOpened: TextBlock | undefined;

class TextBlock {
  private texts: QuestionText[] | undefined;

  constructor(
    private readonly read: BlockReader,
    private readonly questions: readonly object[],
    private readonly check: QuestionCheck,
  ) {}

  get isOpen(): boolean {
    return this.texts !== undefined;
  }

  text(index: number): QuestionText {
    if (!this.texts) this.open();
    return this.texts![index]!;
  }

  private open(): void {
    let texts: unknown;
    try {
      texts = JSON.parse(inflateSync(this.read()).toString('utf8'));
    } catch {
      texts = undefined;
    }
    if (!this.fits(texts)) {
      // The blocks passed their checksum when the bank was read: only a cache file changed in place since gets here.
      throw new Error(`a cached bank no longer holds the questions it was read with (near question ${String((this.questions[0] as { id?: unknown } | undefined)?.id)}): delete the cache folder and run again`);
    }
    this.texts = texts;
    if (lastOpened) lastOpened.texts = undefined;
    lastOpened = this;
  }

  /** Whether `texts` are exactly this block's questions' texts, each question whole passing the check. */
  private fits(texts: unknown): texts is QuestionText[] {
    if (!Array.isArray(texts) || texts.length !== this.questions.length) return false;
    return texts.every((text, i) => {
      const question = withText(this.questions[i]!, text);
      return question !== undefined && this.check(question);
    });
  }
}

const isTextField = (key: string): key is TextField => (TEXT_FIELDS as readonly string[]).includes(key);

/**
 * A question's own fields (not its text getters, nor the bank it was given) with `text` put in,
 * or undefined when the text's fields are not exactly those the question says it has.
 */
function withText(question: object, text: unknown): Record<string, unknown> | undefined {
  if (typeof text !== 'object' || text === null || Array.isArray(text)) return undefined;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(question)) if (!isTextField(key) && key !== 'bank') merged[key] = (question as Record<string, unknown>)[key];
  const options = (question as { optionCount?: unknown }).optionCount;
  if (!Array.isArray((text as { choices?: unknown }).choices) || (text as { choices: unknown[] }).choices.length !== options) return undefined;
  for (const field of TEXT_FIELDS) {
    const value = (text as Record<string, unknown>)[field];
    if ((value !== undefined) !== Object.prototype.hasOwnProperty.call(question, field)) return undefined;
    if (value !== undefined) merged[field] = value;
  }
  return Object.keys(text).every(isTextField) ? merged : undefined;
}

const BLOCK = Symbol('text block');
const INDEX = Symbol('index in the text block');

interface HeldQuestion {
  [BLOCK]: TextBlock;
  [INDEX]: number;
}

/** The texts of the questions read last, oldest first (a Map keeps insertion order). */
const recentTexts = new Map<HeldQuestion, QuestionText>();

/**
 * A question's text: kept among the recent texts when its block had to be read for it, so
 * questions shown together from several blocks are read once; going through a block already
 * read (questions in bank order) keeps nothing more.
 */
function heldText(question: HeldQuestion): QuestionText {
  const recent = recentTexts.get(question);
  if (recent) {
    recentTexts.delete(question);
    recentTexts.set(question, recent);
    return recent;
  }
  const block = question[BLOCK];
  if (block.isOpen) return block.text(question[INDEX]);
  const text = block.text(question[INDEX]);
  recentTexts.set(question, text);
  if (recentTexts.size > RECENT_TEXTS) recentTexts.delete(recentTexts.keys().next().value!);
  return text;
}

const ACCESSORS = TEXT_FIELDS.map((field) => ({
  field,
  descriptor: {
    enumerable: true,
    get(this: HeldQuestion) {
      return heldText(this)[field];
    },
  },
}));

const labels = new Map<string, string>();
/** One copy of a label (topic, level, domain, fact id…) however many questions carry it. */
function label<T extends string | undefined>(text: T): T {
  if (text === undefined) return text;
  const known = labels.get(text);
  if (known !== undefined) return known as T;
  labels.set(text, text);
  return text;
}

/** A header's question fields, with its labels shared (parsed JSON gives every question its own copies). */
function sharedLabels({ textFields: _, options: _n, ...question }: QuestionHeader): Omit<QuestionHeader, 'textFields' | 'options'> {
  for (const key of ['topic', 'type', 'angle', 'difficulty', 'domain', 'task'] as const) if (question[key] !== undefined) (question as Record<string, unknown>)[key] = label(question[key]);
  question.facts = question.facts.map(label);
  return question;
}

/** The questions of `headers`, whose text is read through `blocks` when first used (see splitQuestions). */
export function questionsWithHeldText(headers: readonly QuestionHeader[], blocks: readonly BlockReader[], check: QuestionCheck): StoredQuestion[] {
  const questions: StoredQuestion[] = [];
  blocks.forEach((read, b) => {
    const fields = headers.slice(b * QUESTIONS_PER_BLOCK, (b + 1) * QUESTIONS_PER_BLOCK).map(sharedLabels);
    const block = new TextBlock(read, fields, check);
    fields.forEach((question, i) => {
      Object.defineProperty(question, BLOCK, { value: block });
      Object.defineProperty(question, INDEX, { value: i });
      const { textFields: present, options } = headers[b * QUESTIONS_PER_BLOCK + i]!;
      // Not enumerable, like the block: the question reads (and compares) like one just parsed.
      Object.defineProperty(question, 'optionCount', { value: options });
      ACCESSORS.forEach(({ field, descriptor }, bit) => present & (1 << bit) && Object.defineProperty(question, field, descriptor));
      questions.push(question as StoredQuestion);
    });
  });
  return questions;
}
