import { LEARN_AHEAD_MS, questionsAhead } from '../srs/queue.js';
import { isLearning, type Scheduler } from '../srs/scheduler.js';
import { describeWhen } from '../srs/time.js';
import { lastAnswer, type SessionState } from './session.js';

const others = (n: number) => (n === 1 ? 'the other missed question' : `the ${n} other missed questions`);

/**
 * When the question just answered comes back, as it will happen: a missed question is due
 * again in 10 minutes, but study shows it sooner, marked early, once nothing else is left. In
 * review, a question answered wrong goes to the back of the list.
 */
export function comesBack(state: SessionState, scheduler: Scheduler): string | undefined {
  const answer = lastAnswer(state);
  if (!answer) return undefined;
  const at = new Date(answer.record.at);
  const due = answer.cardAfter.due;
  const when = describeWhen(at, due);
  if (state.config.mode === 'review') {
    const ahead = state.queue.indexOf(answer.record.qid);
    if (ahead === -1) return `comes back ${when}`;
    return ahead === 0 ? 'comes back next in this review' : `comes back in this review after ${others(ahead)}`;
  }
  if (!isLearning(answer.cardAfter) || due.getTime() - at.getTime() > LEARN_AHEAD_MS) return `comes back ${when}`;
  const input = { questions: state.config.questions, cards: state.cards, now: at, scheduler, dayStart: state.config.dayStart };
  const ahead = questionsAhead(input, state.config.newLimit - state.introduced, answer.record.qid, due);
  if (ahead === 0) return `comes back next, early: it is due ${when}`;
  return `comes back ${when} (sooner, marked early, if you finish the ${ahead === 1 ? 'question' : `${ahead} questions`} before it first)`;
}

/** "early · due in 8 min (10:32)": the mark of a learning step shown before its due time (local time). */
export function earlyNote(due: Date, now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `early · due ${describeWhen(now, due)} (${two(due.getHours())}:${two(due.getMinutes())})`;
}
