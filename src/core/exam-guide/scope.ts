import { CHAPTER_TOPICS, type Topic } from '../topics.js';

/**
 * What a score or an estimate covers. The built-in banks are the API Gateway chapter: a small
 * part of CLF-C02 (one service of domain 3), so a score on them is not a score for the whole
 * exam, and every estimate says so. Questions of other topics come from the learner's own banks.
 */
export interface Scope {
  /** Questions of the API Gateway chapter's topics. */
  apiGateway: number;
  /** Questions from other banks (topic general). */
  other: number;
  /** One sentence saying what the number covers. */
  note: string;
  /** A few words for a one-line summary: "API Gateway part of CLF-C02 only". */
  short: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function scopeOf(questions: readonly { topic: Topic }[]): Scope {
  const chapter = new Set<Topic>(CHAPTER_TOPICS);
  const apiGateway = questions.filter((q) => chapter.has(q.topic)).length;
  const other = questions.length - apiGateway;
  if (other === 0) {
    return { apiGateway, other, note: 'It covers the API Gateway part of CLF-C02 only, not the whole exam.', short: 'API Gateway part of CLF-C02 only' };
  }
  if (apiGateway === 0) {
    return { apiGateway, other, note: `It covers only the ${plural(other, 'question')} of your own banks, not the whole exam.`, short: 'your own banks only' };
  }
  return {
    apiGateway,
    other,
    note: `It covers the API Gateway part of CLF-C02 and ${plural(other, 'question')} of your own banks: the whole exam only as far as those cover it.`,
    short: 'API Gateway part of CLF-C02 and your own banks',
  };
}
