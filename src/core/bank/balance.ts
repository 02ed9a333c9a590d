import { contentStems } from '../text/words.js';
import type { Question } from './types.js';

/**
 * Whether an option's length or wording gives the key away. A learner who has sat a few exams
 * learns "pick the longest" or "pick the one that repeats the question"; a bank that rewards
 * either trains a habit that fails on the real exam. `npm test` enforces these limits.
 */
export const BALANCE_LIMITS = {
  /** Single answer: share of questions whose key is the longest option (ties count); chance is about 25%. */
  singleKeyLongest: 0.3,
  /** Median over all questions of (mean key length ÷ mean distractor length). */
  medianLengthRatio: 1.1,
  /** Multiple response: share of questions whose keys are exactly the longest options. */
  multiKeysLongest: 0.15,
  /** Questions where a key alone repeats a distinctive word of the stem (see `echoOf`). */
  keyEchoes: 0,
} as const;

/**
 * A stem word is distinctive when it appears in fewer than this share of the bank's stems:
 * "API" or "Lambda" say nothing about one question, "partner" or "XML" do.
 */
const DISTINCTIVE_SHARE = 0.05;

export interface Echo {
  id: string;
  /** The option (1-based, in bank order) and the stem words only it repeats. */
  choice: number;
  words: string[];
}

export interface Balance {
  single: number;
  singleKeyLongest: string[];
  multi: number;
  multiKeysLongest: string[];
  medianLengthRatio: number;
  echoes: Echo[];
  /** Each limit exceeded, in plain words; empty when the bank is balanced. */
  failures: string[];
}

const lengthOf = (text: string) => text.replace(/\s+/g, ' ').trim().length;
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function split(q: Question): { keys: number[]; distractors: number[] } {
  const lengths = q.choices.map((choice) => lengthOf(choice.text));
  return { keys: lengths.filter((_, i) => q.choices[i]!.correct), distractors: lengths.filter((_, i) => !q.choices[i]!.correct) };
}

/** True when no distractor is longer than the shortest key: the keys are the longest options. */
export function keysAreLongest(q: Question): boolean {
  const { keys, distractors } = split(q);
  return keys.length > 0 && distractors.length > 0 && Math.min(...keys) >= Math.max(...distractors);
}

export function lengthRatio(q: Question): number {
  const { keys, distractors } = split(q);
  return keys.length && distractors.length ? mean(keys) / mean(distractors) : 1;
}

/** Stems appearing in at least DISTINCTIVE_SHARE of the stems: too common to give anything away. */
function commonStems(questions: readonly Question[]): Set<string> {
  const counts = new Map<string, number>();
  for (const q of questions) for (const stem of contentStems(q.stem)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const limit = Math.max(2, questions.length * DISTINCTIVE_SHARE);
  return new Set([...counts].filter(([, n]) => n >= limit).map(([stem]) => stem));
}

/** The first key that repeats distinctive stem words no distractor repeats, if any. */
export function echoOf(q: Question, common: ReadonlySet<string>): Echo | undefined {
  const stemWords = [...contentStems(q.stem)].filter((stem) => !common.has(stem));
  if (stemWords.length === 0) return undefined;
  const inDistractors = new Set(q.choices.filter((c) => !c.correct).flatMap((c) => [...contentStems(c.text)]));
  for (const [i, choice] of q.choices.entries()) {
    if (!choice.correct) continue;
    const own = contentStems(choice.text);
    const words = stemWords.filter((stem) => own.has(stem) && !inDistractors.has(stem));
    if (words.length) return { id: q.id, choice: i + 1, words };
  }
  return undefined;
}

export function balance(questions: readonly Question[]): Balance {
  const singles = questions.filter((q) => q.type === 'single');
  const multis = questions.filter((q) => q.type === 'multi');
  const singleKeyLongest = singles.filter(keysAreLongest).map((q) => q.id);
  const multiKeysLongest = multis.filter(keysAreLongest).map((q) => q.id);
  const medianLengthRatio = median(questions.map(lengthRatio));
  const common = commonStems(questions);
  const echoes = questions.flatMap((q) => echoOf(q, common) ?? []);
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const failures: string[] = [];
  if (share(singleKeyLongest.length, singles.length) > BALANCE_LIMITS.singleKeyLongest)
    failures.push(`the key is the longest option in ${singleKeyLongest.length} of ${singles.length} single-answer questions (${pct(share(singleKeyLongest.length, singles.length))}), at most ${pct(BALANCE_LIMITS.singleKeyLongest)} allowed`);
  if (medianLengthRatio > BALANCE_LIMITS.medianLengthRatio)
    failures.push(`the median key is ${medianLengthRatio.toFixed(2)}× as long as the average distractor, at most ${BALANCE_LIMITS.medianLengthRatio.toFixed(2)}× allowed`);
  if (share(multiKeysLongest.length, multis.length) > BALANCE_LIMITS.multiKeysLongest)
    failures.push(`the keys are exactly the longest options in ${multiKeysLongest.length} of ${multis.length} multiple-response questions (${pct(share(multiKeysLongest.length, multis.length))}), at most ${pct(BALANCE_LIMITS.multiKeysLongest)} allowed`);
  if (echoes.length > BALANCE_LIMITS.keyEchoes)
    failures.push(`${echoes.length} question${echoes.length === 1 ? '' : 's'} where a key alone repeats a distinctive word of the stem: ${echoes.map((e) => `${e.id} (${e.words.join(', ')})`).join('; ')}`);
  return { single: singles.length, singleKeyLongest, multi: multis.length, multiKeysLongest, medianLengthRatio, echoes, failures };
}
