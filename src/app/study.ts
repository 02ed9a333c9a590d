import { questionsAtLevel, type StudyLevel } from '../core/bank/levels.js';
import type { Question } from '../core/bank/types.js';
import type { Rating } from '../core/progress/records.js';
import { queueCounts, type QueueCounts } from '../core/srs/queue.js';
import { ratingPreview, type RatingChoice } from '../core/srs/preview.js';
import { comesBack, earlyNote } from '../core/study/comes-back.js';
import { openSession } from '../core/study/open.js';
import { lastAnswer, step, type SessionAction, type SessionMode, type SessionState } from '../core/study/session.js';
import { summarize, type SessionSummary } from '../core/study/summary.js';
import { filterTopics, type Topic } from '../core/topics.js';
import { activeQuestions } from './question-marks.js';
import type { AppServices } from './services.js';
import { valueStore, type Store } from './store.js';

/** What `clf-trainer study` asks for (the home menu asks for nothing). */
export interface StudyParams {
  topics?: Topic[];
  /** --new N: new questions this run may introduce, on top of those already introduced today. */
  extraNew?: number;
  /** --level L: the questions study draws from, instead of the level setting. */
  level?: StudyLevel;
}

/**
 * The questions a run draws from. Study keeps to the level (the setting, or --level for this
 * run); review takes every missed question whatever its level: a mistake is never hidden, and
 * the question screen shows each one's level.
 */
export function sessionQuestions(questions: readonly Question[], mode: SessionMode, level: StudyLevel, topics: readonly Topic[] = []): Question[] {
  const inTopics = filterTopics(questions, topics);
  return mode === 'study' ? questionsAtLevel(inTopics, level) : inTopics;
}

/** What a key asks of a study or review run; the time is added by the run. */
export type StudyIntent =
  | { type: 'move'; delta: number }
  | { type: 'pick'; index: number }
  | { type: 'toggle' }
  | { type: 'submit' }
  | { type: 'continue' }
  | { type: 'rate'; rating: Rating }
  | { type: 'undo' }
  /** Suspends the question on screen (or the one just answered): it leaves this run and every later one. */
  | { type: 'suspend' };

export interface StudyView {
  session: SessionState;
  /** The queue as the header shows it. */
  counts: QueueCounts;
  /** On a question shown before it is due: "early · due in 8 min (10:32)". */
  early?: string;
  /** On the explanation: when the question comes back, and what each rating key would give. */
  comesBack?: string;
  ratings?: RatingChoice[];
  /** An answer could not be saved: nothing was recorded, the learner may answer again. */
  error?: string;
}

/**
 * A study or review run: the session (a pure core reducer) with save-then-apply around it. Every
 * step's records are appended to the review log, and flushed, before the step shows: when the
 * save fails, the step is not applied and the view says why.
 */
export interface StudyRun extends Store<StudyView> {
  dispatch(intent: StudyIntent): void;
  /** Ends the run: what it did, for the summary, the first time; undefined once it has ended. */
  leave(): SessionSummary | undefined;
}

export function openStudyRun(services: AppServices, mode: SessionMode, params: StudyParams = {}): StudyRun {
  const { clock, scheduler, reviews } = services;
  const now = clock.wall();
  const session = openSession({
    mode,
    questions: sessionQuestions(activeQuestions(services.questions, services.suspended.get()), mode, params.level ?? services.settings.level, params.topics),
    history: reviews.history(now),
    settings: services.settings,
    scheduler,
    now,
    seed: Math.floor(services.random() * 2 ** 31),
    ...(params.extraNew !== undefined ? { extraNew: params.extraNew } : {}),
  });
  const view = (state: SessionState, error?: string): StudyView => {
    const answer = state.phase === 'explanation' ? lastAnswer(state) : undefined;
    const shown = state.phase === 'question' ? state.current : undefined;
    return {
      session: state,
      counts: queueCounts({ questions: state.config.questions, cards: state.cards, now: clock.wall(), scheduler, dayStart: state.config.dayStart }, state.config.newLimit - state.introduced),
      ...(shown?.early ? { early: earlyNote(new Date(shown.early), new Date(shown.shownAt)) } : {}),
      ...(answer ? { comesBack: comesBack(state, scheduler), ratings: ratingPreview(answer.cardBefore, new Date(answer.record.at), scheduler) } : {}),
      ...(error ? { error } : {}),
    };
  };
  const store = valueStore(view(session));
  let left = false;

  const action = (intent: Exclude<StudyIntent, { type: 'suspend' }>): SessionAction => {
    switch (intent.type) {
      case 'submit':
      case 'continue':
      case 'undo':
        return { type: intent.type, now: clock.wall() };
      case 'rate':
        return { type: 'rate', rating: intent.rating, now: clock.wall() };
      default:
        return intent;
    }
  };

  const suspend = () => {
    const session = store.get().session;
    const qid = session.current?.qid ?? lastAnswer(session)?.record.qid;
    if (!qid) return;
    try {
      services.suspended.set(qid, true);
    } catch (e) {
      store.set(view(session, `Could not suspend the question: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    store.set(view(step(session, { type: 'leaveOut', qid, now: clock.wall() }, scheduler).state));
  };

  return {
    get: store.get,
    subscribe: store.subscribe,
    dispatch(intent) {
      if (left) return;
      if (intent.type === 'suspend') return suspend();
      const result = step(store.get().session, action(intent), scheduler);
      if (result.records.length) {
        try {
          reviews.append(result.records);
        } catch (e) {
          store.set(view(store.get().session, `Could not save your answer: ${e instanceof Error ? e.message : String(e)}`));
          return;
        }
      }
      if (result.state !== store.get().session || store.get().error) store.set(view(result.state));
    },
    leave() {
      if (left) return undefined;
      left = true;
      return summarize(store.get().session, clock.wall(), scheduler);
    },
  };
}
