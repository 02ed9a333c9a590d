import type { Question } from './bank/types.js';
import { stemWord } from './text/words.js';
import { isTopic, type Topic } from './topics.js';

/**
 * Finding questions by what they say, as Anki's browser does: every word of the query must
 * appear in the question (its id, stem, options, explanations or facts), as typed or in another
 * form of the word ("caches" finds "caching"). `topic:caching` keeps one topic, `is:suspended`
 * only suspended questions, `-is:suspended` none of them. Pure.
 */

export type Where = 'id' | 'stem' | 'option' | 'explanation' | 'fact';

/** Where a field's match counts more: a word in the stem says more than one in an explanation. */
const WEIGHT: Record<Where, number> = { id: 5, stem: 4, option: 2, explanation: 1, fact: 1 };
const LABEL: Record<Where, string> = { id: 'id', stem: 'question', option: 'an option', explanation: 'an explanation', fact: 'a fact' };

interface Field {
  where: Where;
  text: string;
  lower: string;
  stems: ReadonlySet<string>;
}

export interface SearchIndex {
  entries: readonly { question: Question; fields: readonly Field[] }[];
}

export interface Query {
  words: string[];
  topics: Topic[];
  suspended?: boolean;
  /** Parts of the query that mean nothing ("topic:cachin"), to say so. */
  unknown: string[];
}

export interface SearchHit {
  question: Question;
  score: number;
  /** The field that matched best, and a short excerpt of it. */
  where: Where;
  excerpt: string;
  suspended: boolean;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9][a-z0-9'’-]*/g) ?? [];

function field(where: Where, text: string): Field {
  return { where, text, lower: text.toLowerCase(), stems: new Set(wordsOf(text).map(stemWord)) };
}

/** The searchable text of every question, worked out once for many searches. */
export function searchIndex(questions: readonly Question[]): SearchIndex {
  return {
    entries: questions.map((question) => ({
      question,
      fields: [
        field('id', question.id),
        field('stem', question.stem),
        ...question.choices.map((c) => field('option', c.text)),
        ...[question.explanation, question.imported?.explanation, ...question.choices.map((c) => c.why)].flatMap((t) => (t ? [field('explanation', t)] : [])),
        ...question.facts.map((f) => field('fact', f)),
      ],
    })),
  };
}

/** Reads a query: words, `topic:NAME`, `is:suspended` and `-is:suspended`. */
export function parseQuery(text: string): Query {
  const query: Query = { words: [], topics: [], unknown: [] };
  for (const part of text.trim().split(/\s+/).filter(Boolean)) {
    const lower = part.toLowerCase();
    if (lower === 'is:suspended' || lower === '-is:suspended') query.suspended = lower === 'is:suspended';
    else if (lower.startsWith('topic:')) {
      const topic = lower.slice('topic:'.length);
      if (isTopic(topic)) query.topics.push(topic);
      else query.unknown.push(part);
    } else if (/^-?[a-z]+:/.test(lower)) query.unknown.push(part);
    else query.words.push(...wordsOf(part));
  }
  return query;
}

/** How well one field matches one word: the typed text inside it, or the same word in another form. */
function matches(f: Field, word: string, stem: string): boolean {
  return f.lower.includes(word) || f.stems.has(stem);
}

/** A short excerpt of a field around the word (the field whole when short). */
function excerptOf(f: Field, word: string, room = 90): string {
  const flat = f.text.replace(/\s+/g, ' ');
  if (flat.length <= room) return flat;
  const at = Math.max(0, f.lower.replace(/\s+/g, ' ').indexOf(word));
  const start = Math.max(0, Math.min(at - Math.floor(room / 3), flat.length - room));
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + room).trim()}${start + room < flat.length ? '…' : ''}`;
}

/**
 * The questions a query finds, best first (ties in bank order). With no words, every question
 * its filters keep, in bank order.
 */
export function search(index: SearchIndex, text: string, suspended: ReadonlySet<string> = new Set()): SearchHit[] {
  const query = parseQuery(text);
  const stems = query.words.map(stemWord);
  const hits: SearchHit[] = [];
  for (const { question, fields } of index.entries) {
    if (query.topics.length && !query.topics.includes(question.topic)) continue;
    const isSuspended = suspended.has(question.id);
    if (query.suspended !== undefined && query.suspended !== isSuspended) continue;
    let score = 0;
    let best: { f: Field; word: string } | undefined;
    let all = true;
    for (const [i, word] of query.words.entries()) {
      const found = fields.filter((f) => matches(f, word, stems[i]!));
      if (found.length === 0) {
        all = false;
        break;
      }
      const top = found.reduce((a, b) => (WEIGHT[b.where] > WEIGHT[a.where] ? b : a));
      score += WEIGHT[top.where];
      if (!best || WEIGHT[top.where] > WEIGHT[best.f.where]) best = { f: top, word };
    }
    if (!all) continue;
    const shown = best ?? { f: fields[1]!, word: '' };
    hits.push({ question, score, where: shown.f.where, excerpt: excerptOf(shown.f.where === 'id' ? fields[1]! : shown.f, shown.word), suspended: isSuspended });
  }
  return query.words.length ? hits.sort((a, b) => b.score - a.score) : hits;
}

/** "an option", "the question": where a hit was found, in words. */
export function whereLabel(where: Where): string {
  return LABEL[where];
}
