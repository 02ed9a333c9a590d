import { attemptsByRecency, localDateTime, resultWord } from '../core/exam/history.js';
import type { ExamHistoryEntry } from '../core/exam/records.js';
import { examResult, type ExamResult } from '../core/exam/results.js';
import { formatDuration } from '../core/exam/timing.js';
import { missingQuestions } from '../store/exams.js';
import type { AppServices } from './services.js';
import { valueStore, type Store } from './store.js';

/** A past attempt as the list shows it: its number (1 = the latest), when, its size and result. */
export interface PastAttempt {
  number: number;
  entry: ExamHistoryEntry;
  /** "2026-11-25 10:02 · 65 questions in 1 h 30 min" */
  label: string;
  /** "78% · 794 · pass" or "abandoned" */
  result: string;
  /** Abandoned attempts submitted nothing: there is no result to open. */
  scored: boolean;
}

/** Past attempts, most recent first, numbered as `clf-trainer exam --history` numbers them. */
export function pastAttempts(history: readonly ExamHistoryEntry[], date: (iso: string) => string = localDateTime): PastAttempt[] {
  return attemptsByRecency(history).map((entry, i) => ({
    number: i + 1,
    entry,
    label: `${date(entry.startedAt)} · ${entry.questions} questions in ${formatDuration(entry.durationMs)}`,
    result: entry.scaled === undefined ? resultWord(entry) : `${entry.percent}% · ${entry.scaled} · ${resultWord(entry)}`,
    scored: entry.scaled !== undefined,
  }));
}

/** The attempt a `--open` value names: its number in the list, or its id. */
export function findAttempt(attempts: readonly PastAttempt[], which: string): PastAttempt | undefined {
  return /^\d+$/.test(which) ? attempts.find((a) => a.number === Number(which)) : attempts.find((a) => a.entry.id === which);
}

/**
 * The results of a past attempt, rebuilt from its saved journal: every question with the answer
 * given and its explanation. Rejects with a sentence saying why when it cannot be shown.
 */
export async function pastResult(services: Pick<AppServices, 'exams' | 'questions'>, attempt: PastAttempt): Promise<ExamResult> {
  if (!attempt.scored) throw new Error(`attempt ${attempt.number} was abandoned: nothing was submitted, so there are no results to show`);
  const saved = services.exams.saved(attempt.entry.id);
  if (!saved || saved.state.status !== 'finished') throw new Error(`the answers of attempt ${attempt.number} are no longer saved (its exam file is missing or damaged)`);
  const questions = await services.exams.questionsFor(saved, new Map(services.questions.map((q) => [q.id, q])));
  const missing = missingQuestions(saved.state, questions);
  if (missing.length) throw new Error(`${missing.length} of its questions are not in the loaded banks (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`);
  return examResult(saved.state, questions);
}

export interface PastExamsView {
  attempts: PastAttempt[];
  /** The attempt whose results are shown. */
  opened?: { attempt: PastAttempt; result: ExamResult };
  /** Why the attempt chosen cannot be shown. */
  problem?: string;
  loading?: true;
}

/** The past-exams screen's state outside React: the list, and the one attempt opened from it. */
export interface PastExams extends Store<PastExamsView> {
  open(attempt: PastAttempt): Promise<void>;
  /** Back to the list. */
  close(): void;
}

export function openPastExams(services: Pick<AppServices, 'exams' | 'questions'>): PastExams {
  const store = valueStore<PastExamsView>({ attempts: pastAttempts(services.exams.history()) });
  const list = (): PastExamsView => ({ attempts: store.get().attempts });
  return {
    get: store.get,
    subscribe: store.subscribe,
    async open(attempt) {
      store.set({ ...list(), loading: true });
      try {
        store.set({ ...list(), opened: { attempt, result: await pastResult(services, attempt) } });
      } catch (e) {
        store.set({ ...list(), problem: e instanceof Error ? e.message : String(e) });
      }
    },
    close() {
      store.set(list());
    },
  };
}
