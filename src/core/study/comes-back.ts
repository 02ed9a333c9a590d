import { LEARN_AHEAD_MS, questionsAhead } from '../srs/queue.js';
import { isLearning, type Scheduler } from '../srs/scheduler.js';
import { describeWhen } from '../srs/time.js';
import { lastAnswer, type SessionState } from './session.js';

/**
 * When the question just answered comes back, as it will happen: a missed question is due
 * again in 10 minutes, but study shows it sooner, marked early, once nothing else is left.
 * Review mode goes by the schedule alone.
 */
export function comesBack(state: SessionState, scheduler: Scheduler): string | undefined {
  const answer = lastAnswer(state);
  if (!answer) return undefined;
  const at = new Date(answer.record.at);
  const due = answer.cardAfter.due;
  const when = describeWhen(at, due);
  if (state.config.mode === 'review' || !isLearning(answer.cardAfter) || due.getTime() - at.getTime() > LEARN_AHEAD_MS) return `comes back ${when}`;
  const input = { questions: state.config.questions, cards: state.cards, now: at, scheduler, dayStart: state.config.dayStart };
  const ahead = questionsAhead(input, state.config.newLimit - state.introduced, answer.record.qid, due);
  if (ahead === 0) return `comes back next, early: it is due ${when}`;
  return `comes back ${when} (sooner, marked early, if you finish the ${ahead === 1 ? 'question' : `${ahead} questions`} before it first)`;
}
