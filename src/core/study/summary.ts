import { TOPIC_LABELS, TOPICS, type Topic } from '../topics.js';
import { countsText } from '../srs/overview.js';
import { nextAvailable, queueCounts, type QueueCounts } from '../srs/queue.js';
import { describeWhen } from '../srs/time.js';
import type { Scheduler } from '../srs/scheduler.js';
import type { SessionState } from './session.js';

export interface TopicResult {
  topic: Topic;
  answered: number;
  correct: number;
}

export interface SessionSummary {
  mode: 'study' | 'review';
  answered: number;
  correct: number;
  /** Answered wrong in this session and not put right since. */
  missed: number;
  topics: TopicResult[];
  /** ISO time study next has a question of this session's set, if any (see availableAt). */
  nextDue?: string;
  /** Still to do now (the session was left early, or a missed question is due again soon), counted as the header counts. */
  left: QueueCounts;
  /** The new questions left were allowed for this run only (--new N): continuing needs --new again. */
  extraNew: boolean;
  /** Review mode: missed questions not yet answered right. */
  stillMissed: number;
  finished: boolean;
}

/** Pure: what a session did, for the summary screen and the text printed on leaving. */
export function summarize(state: SessionState, now: Date, scheduler: Scheduler): SessionSummary {
  const answers = state.answers.map((a) => a.record);
  const latest = new Map(answers.map((r) => [r.qid, r]));
  const topics = TOPICS.map((topic) => {
    const mine = state.answers.filter((a) => a.topic === topic).map((a) => a.record);
    return { topic, answered: mine.length, correct: mine.filter((r) => r.correct).length };
  }).filter((t) => t.answered > 0);
  const input = { questions: state.config.questions, cards: state.cards, now, scheduler, dayStart: state.config.dayStart };
  const counts = queueCounts(input, state.config.newLimit - state.introduced);
  const due = nextAvailable(input);
  return {
    mode: state.config.mode,
    answered: answers.length,
    correct: answers.filter((r) => r.correct).length,
    missed: [...latest.values()].filter((r) => !r.correct).length,
    topics,
    ...(due ? { nextDue: due.toISOString() } : {}),
    left: counts,
    extraNew: state.config.extraNew === true,
    stillMissed: state.queue.length,
    finished: state.phase === 'done',
  };
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100));

/** Pure: the summary as plain lines (the farewell printed after the program leaves its screen). */
export function summaryText(s: SessionSummary, now: Date): string[] {
  const lines: string[] = [];
  if (s.answered === 0) lines.push(s.mode === 'review' ? (s.stillMissed ? 'No answers this time.' : 'Nothing to review: no missed questions.') : 'Nothing answered this time.');
  else lines.push(`${s.mode === 'review' ? 'Review' : 'Study'}: ${s.answered} answered, ${s.correct} correct (${pct(s.correct, s.answered)}%).`);
  for (const t of s.topics) lines.push(`  ${TOPIC_LABELS[t.topic]}: ${t.correct}/${t.answered}`);
  lines.push(...nextSteps(s, now));
  return lines;
}

/** What to do next, in plain words. */
export function nextSteps(s: SessionSummary, now: Date): string[] {
  const steps: string[] = [];
  const { left } = s;
  const more = left.new + left.learning + left.review > 0;
  if (more) steps.push(`Still ${countsText(left)}: run 'clf-trainer study${s.extraNew && left.new > 0 ? ` --new ${left.new}` : ''}' to continue.`);
  else if (s.nextDue) steps.push(`Next question due ${describeWhen(now, new Date(s.nextDue))}.`);
  if (s.mode === 'review' && s.stillMissed > 0) steps.push(`${s.stillMissed} still missed: run 'clf-trainer review' again.`);
  else if (s.mode === 'study' && s.missed > 0) steps.push(`You missed ${s.missed}: run 'clf-trainer review' to go over them.`);
  if (steps.length === 0 || !more) steps.push("Try a mock exam: 'clf-trainer exam --quick'.");
  return steps;
}
