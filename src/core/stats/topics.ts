import type { Question } from '../bank/types.js';
import type { Card, Scheduler } from '../srs/scheduler.js';
import { groupByTopic, TOPIC_LABELS, type Topic } from '../topics.js';

export interface TopicStats {
  topic: Topic;
  label: string;
  /** Loaded questions of this topic. */
  total: number;
  /** Of those, answered at least once. */
  seen: number;
  /** Average FSRS retrievability now over the seen questions, in percent; null when none is seen. */
  recallPercent: number | null;
  /** Share of the whole topic you would recall now (unseen count as 0), in percent: the bar. */
  strengthPercent: number;
  /** FSRS lapses: times a learned question was forgotten. */
  lapses: number;
}

export function topicStats(questions: readonly Question[], cards: ReadonlyMap<string, Card>, scheduler: Scheduler, now: Date): TopicStats[] {
  return groupByTopic(questions).map(({ topic, items: inTopic }) => {
    let seen = 0;
    let recall = 0;
    let lapses = 0;
    for (const q of inTopic) {
      const card = cards.get(q.id);
      if (!card) continue;
      seen++;
      recall += scheduler.retrievability(card, now);
      lapses += card.lapses;
    }
    return {
      topic,
      label: TOPIC_LABELS[topic],
      total: inTopic.length,
      seen,
      recallPercent: seen ? Math.round((recall / seen) * 100) : null,
      strengthPercent: Math.round((recall / inTopic.length) * 100),
      lapses,
    };
  });
}
