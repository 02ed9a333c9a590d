import { isTopic, TOPIC_LABELS, TOPICS, type Topic } from '../core/topics.js';
import type { Field } from './form.js';

/** A topic as a setup screen offers it: how many questions it has there. */
export interface TopicCount {
  topic: Topic;
  count: number;
}

/** The topics of these questions, in teaching order, with how many questions each has. */
export function topicCounts(questions: readonly { topic: Topic }[]): TopicCount[] {
  const counts = new Map<Topic, number>();
  for (const q of questions) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
  return TOPICS.filter((t) => counts.has(t)).map((topic) => ({ topic, count: counts.get(topic)! }));
}

/** "Every topic", or the topics chosen by name ("Caching, Pricing"). */
export function topicsText(topics: readonly Topic[]): string {
  return topics.length === 0 ? 'Every topic' : topics.map((t) => TOPIC_LABELS[t]).join(', ');
}

/** Topics read back from a remembered choice: known ones that are still loaded, in teaching order. */
export function rememberedTopics(raw: unknown, present: readonly TopicCount[]): Topic[] {
  if (!Array.isArray(raw)) return [];
  const wanted = new Set(raw.filter((t): t is Topic => typeof t === 'string' && isTopic(t)));
  return present.filter((p) => wanted.has(p.topic)).map((p) => p.topic);
}

/**
 * The topics field of a setup screen: a list to tick several in (none ticked: every topic), each
 * with its number of questions (`count`: as the other choices leave them, e.g. at a level).
 */
export function topicsField<V extends { topics: readonly Topic[] }>(present: readonly TopicCount[], count: (value: V, topic: Topic) => number = (_, topic) => present.find((p) => p.topic === topic)?.count ?? 0): Field<V> {
  return {
    id: 'topics',
    label: 'Topics',
    show: (value) => topicsText(value.topics),
    detail: (value) => (value.topics.length ? `${value.topics.length} of ${present.length}` : `${present.length} topics`),
    list: (value) => ({
      multi: true,
      options: present.map((p) => ({ label: TOPIC_LABELS[p.topic], detail: `${count(value, p.topic)} questions` })),
      chosen: present.flatMap((p, i) => (value.topics.includes(p.topic) ? [i] : [])),
      apply: (v, chosen) => ({ ...v, topics: chosen.length === present.length ? [] : chosen.map((i) => present[i]!.topic) }),
    }),
  };
}
