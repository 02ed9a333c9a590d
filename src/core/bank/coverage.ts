import { CHAPTER_TOPICS, type Topic } from '../topics.js';
import { DOMAINS, type Domain } from '../exam-guide/domains.js';
import { balance, type Balance } from './balance.js';
import type { Fact, Question } from './types.js';

/** What the chapter banks must reach; `npm test` fails when they do not. */
export const REQUIREMENTS = {
  totalQuestions: 250,
  perTopic: 15,
  multiShare: 0.25,
  scenarioShare: 0.4,
  perFact: 1,
  perCoreFact: 3,
} as const;

export interface TopicCoverage {
  topic: Topic;
  questions: number;
  single: number;
  multi: number;
  scenario: number;
}

export interface FactCoverage {
  id: string;
  core: boolean;
  questions: number;
  required: number;
}

export interface DomainCoverage {
  domain: Domain;
  questions: number;
}

export interface Coverage {
  total: number;
  multi: number;
  scenario: number;
  topics: TopicCoverage[];
  domains: DomainCoverage[];
  facts: FactCoverage[];
  uncovered: string[];
  belowRequired: FactCoverage[];
  /** Whether option length or wording gives keys away. */
  balance: Balance;
  /** Each unmet requirement in plain words; empty when everything is met. */
  failures: string[];
}

export function coverage(questions: readonly Question[], facts: readonly Fact[]): Coverage {
  const topics = CHAPTER_TOPICS.map((topic) => {
    const of = questions.filter((q) => q.topic === topic);
    return {
      topic,
      questions: of.length,
      single: of.filter((q) => q.type === 'single').length,
      multi: of.filter((q) => q.type === 'multi').length,
      scenario: of.filter((q) => q.angle === 'scenario').length,
    };
  });
  const counts = new Map<string, number>();
  for (const q of questions) for (const id of new Set(q.facts)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const factRows = facts.map((fact) => ({
    id: fact.id,
    core: fact.core,
    questions: counts.get(fact.id) ?? 0,
    required: fact.core ? REQUIREMENTS.perCoreFact : REQUIREMENTS.perFact,
  }));
  const total = questions.length;
  const multi = questions.filter((q) => q.type === 'multi').length;
  const scenario = questions.filter((q) => q.angle === 'scenario').length;
  const uncovered = factRows.filter((f) => f.questions === 0).map((f) => f.id);
  const belowRequired = factRows.filter((f) => f.questions < f.required);
  const failures: string[] = [];
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  if (total < REQUIREMENTS.totalQuestions) failures.push(`${total} questions, need at least ${REQUIREMENTS.totalQuestions}`);
  for (const t of topics) if (t.questions < REQUIREMENTS.perTopic) failures.push(`topic ${t.topic} has ${t.questions} questions, needs at least ${REQUIREMENTS.perTopic}`);
  if (total > 0 && multi / total < REQUIREMENTS.multiShare) failures.push(`multiple response is ${pct(multi / total)} of questions, needs at least ${pct(REQUIREMENTS.multiShare)}`);
  if (total > 0 && scenario / total < REQUIREMENTS.scenarioShare) failures.push(`scenarios are ${pct(scenario / total)} of questions, need at least ${pct(REQUIREMENTS.scenarioShare)}`);
  for (const f of belowRequired) failures.push(`fact ${f.id} is tested by ${f.questions} question${f.questions === 1 ? '' : 's'}, needs ${f.required}`);
  const domains = DOMAINS.map((domain) => ({ domain, questions: questions.filter((q) => q.domain === domain).length }));
  const unmapped = questions.filter((q) => !q.domain).length;
  if (unmapped > 0) failures.push(`${unmapped} question${unmapped === 1 ? ' has' : 's have'} no exam domain`);
  const balanced = balance(questions);
  failures.push(...balanced.failures);
  return { total, multi, scenario, topics, domains, facts: factRows, uncovered, belowRequired, balance: balanced, failures };
}
