import { groupInOrder } from './group.js';

/** The chapter's topics, in the order they are taught. Banks outside the chapter use `general`. */
export const CHAPTER_TOPICS = [
  'api-types',
  'auth',
  'throttling',
  'caching',
  'integrations',
  'deployment',
  'endpoints',
  'monitoring',
  'pricing',
  'websocket',
  'decision-rules',
] as const;

export const TOPICS = [...CHAPTER_TOPICS, 'general'] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  'api-types': 'API types',
  auth: 'Authentication and authorization',
  throttling: 'Throttling and usage plans',
  caching: 'Caching',
  integrations: 'Integrations',
  deployment: 'Deployment and stages',
  endpoints: 'Endpoint types',
  monitoring: 'Monitoring',
  pricing: 'Pricing',
  websocket: 'WebSocket APIs',
  'decision-rules': 'Choosing a service',
  general: 'General',
};

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** Items grouped by topic in one pass, in TOPICS order, topics without items left out. */
export function groupByTopic<T extends { topic: Topic }>(items: readonly T[]): { topic: Topic; items: T[] }[] {
  return groupInOrder(items, TOPICS, (item) => item.topic).map(({ key, items: list }) => ({ topic: key, items: list }));
}

/** The questions of these topics; all of them when no topic is given. */
export function filterTopics<T extends { topic: Topic }>(questions: readonly T[], topics: readonly Topic[]): T[] {
  return topics.length ? questions.filter((q) => topics.includes(q.topic)) : [...questions];
}
