import { isTopic, type Topic } from '../../core/topics.js';

/** What `clf-trainer exam` (or the home menu, with nothing) passes to the exam screen. */
export interface ExamParams {
  questions?: number;
  minutes?: number;
  quick?: boolean;
  topics?: Topic[];
  seed?: string;
  /** Absolute --bank paths, recorded with the exam so it can be resumed from anywhere. */
  banks?: string[];
}

const positive = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined);

export function parseExamParams(params: unknown): ExamParams {
  const p = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  const questions = positive(p.questions);
  const minutes = positive(p.minutes);
  const topics = strings(p.topics)?.filter(isTopic);
  const banks = strings(p.banks);
  return {
    ...(questions ? { questions } : {}),
    ...(minutes ? { minutes } : {}),
    ...(p.quick === true ? { quick: true } : {}),
    ...(topics?.length ? { topics } : {}),
    ...(typeof p.seed === 'string' && p.seed ? { seed: p.seed } : {}),
    ...(banks?.length ? { banks } : {}),
  };
}
