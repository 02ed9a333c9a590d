import type { Question } from '../bank/types.js';
import { groupByDomain, sectionLabel, sectionWeightPercent, type DomainSection } from '../exam-guide/sections.js';
import type { Card, Scheduler } from '../srs/scheduler.js';
import { groupByTopic, TOPIC_LABELS, type Topic } from '../topics.js';

/** What you would recall now of a group of questions (a topic, an exam domain). */
export interface RecallTally {
  label: string;
  /** Loaded questions of this group. */
  total: number;
  /** Of those, answered at least once. */
  seen: number;
  /** Average FSRS retrievability now over the seen questions, in percent; null when none is seen. */
  recallPercent: number | null;
  /** Share of the whole group you would recall now (unseen count as 0), in percent: the bar. */
  strengthPercent: number;
  /** FSRS lapses: times a learned question was forgotten. */
  lapses: number;
}

export interface TopicStats extends RecallTally {
  topic: Topic;
}

/** An exam domain (a section of the real score report), or the questions not mapped to one. */
export interface DomainStats extends RecallTally {
  domain: DomainSection;
  /** The exam guide's share of the scored content, in percent (absent for questions not mapped). */
  examWeightPercent?: number;
}

function recallTally(label: string, questions: readonly Question[], cards: ReadonlyMap<string, Card>, scheduler: Scheduler, now: Date): RecallTally {
  let seen = 0;
  let recall = 0;
  let lapses = 0;
  for (const q of questions) {
    const card = cards.get(q.id);
    if (!card) continue;
    seen++;
    recall += scheduler.retrievability(card, now);
    lapses += card.lapses;
  }
  return {
    label,
    total: questions.length,
    seen,
    recallPercent: seen ? Math.round((recall / seen) * 100) : null,
    strengthPercent: Math.round((recall / questions.length) * 100),
    lapses,
  };
}

export function topicStats(questions: readonly Question[], cards: ReadonlyMap<string, Card>, scheduler: Scheduler, now: Date): TopicStats[] {
  return groupByTopic(questions).map(({ topic, items }) => ({ topic, ...recallTally(TOPIC_LABELS[topic], items, cards, scheduler, now) }));
}

/** The same per exam domain, in the exam guide's order; questions without a domain last, as not mapped. */
export function domainStats(questions: readonly Question[], cards: ReadonlyMap<string, Card>, scheduler: Scheduler, now: Date): DomainStats[] {
  return groupByDomain(questions).map(({ section, items }) => {
    const weight = sectionWeightPercent(section);
    return { domain: section, ...(weight !== undefined ? { examWeightPercent: weight } : {}), ...recallTally(sectionLabel(section), items, cards, scheduler, now) };
  });
}
