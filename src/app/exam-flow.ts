import type { Question } from '../core/bank/types.js';
import { planExam, type ExamPlan } from '../core/exam/plan.js';
import { newSeed } from '../core/exam/random.js';
import { recentExamQids, type ExamHistoryEntry } from '../core/exam/records.js';
import { examReducer, remainingNow } from '../core/exam/reducer.js';
import { examResult, type ExamResult } from '../core/exam/results.js';
import type { ActionTime, ExamState } from '../core/exam/types.js';
import { newRecordId } from '../core/progress/records.js';
import { filterTopics, type Topic } from '../core/topics.js';
import { missingQuestions, type ExamHeader, type SavedExam } from '../store/exams.js';
import { describeOwner, type HeldLock, type LockAttempt, type LockOwner } from '../store/lock.js';
import { createExamSession, type ExamSession } from './exam-session.js';
import { activeQuestions } from './question-marks.js';
import type { AppServices } from './services.js';
import { valueStore, type Store } from './store.js';

/** What `clf-trainer exam` (or the home menu, with nothing) asks for. */
export interface ExamParams {
  questions?: number;
  minutes?: number;
  quick?: boolean;
  topics?: Topic[];
  seed?: string;
  /** Absolute --bank paths, recorded with the exam so it can be resumed from anywhere. */
  banks?: string[];
  /** The clock keeps running while the exam is left or the trainer closed, as at a test centre. */
  strict?: boolean;
}

/** Where the mock exam is: offering to resume one, its rules, the exam room, its results, or closed. */
export type ExamPhase =
  | {
      kind: 'resume';
      saved: SavedExam;
      questions: ReadonlyMap<string, Question>;
      missing: string[];
      /** Another trainer has it open: who ("another clf-trainer (process 12 on box, since 10:02)"). */
      lockedBy?: string;
      /** That trainer cannot be checked from here (another machine): it may be taken over, once confirmed. */
      holder?: LockOwner;
      /** The learner asked to take it over: the screen asks to confirm, naming the holder. */
      confirmTakeOver?: true;
      /** The learner pressed abandon: the screen asks to confirm before the exam is ended. */
      confirmAbandon?: true;
    }
  | { kind: 'intro'; plan: ExamPlan; topics: readonly Topic[]; strict: boolean }
  | { kind: 'room'; session: ExamSession; questions: ReadonlyMap<string, Question> }
  | { kind: 'results'; result: ExamResult }
  /** Closed: a second key must not act again while the screen goes. */
  | { kind: 'gone' };

export interface ExamFlowView {
  phase: ExamPhase;
  /** One line for the learner: a damaged file, an exam that could not be saved or recorded. */
  warning?: string;
}

/** How the trainer would be left now, for the line printed after the program ends. */
export type ExamExit = { kind: 'running' } | { kind: 'left'; remainingMs: number; strict: boolean } | { kind: 'ended'; result: ExamResult };

export interface ExamFlowHooks {
  /** What to say if the trainer ends now (changes as the exam goes on). */
  exit(exit: ExamExit): void;
  /** The exam screen is done: go back. */
  close(): void;
}

/**
 * The mock exam's lifecycle, outside the screen: open (finishing the recording of exams a crash
 * interrupted), plan, start, resume, abandon, finish (record the result), leave. The screen
 * subscribes to `get()` and calls these for its keys.
 */
export interface ExamFlow extends Store<ExamFlowView> {
  start(): void;
  resume(): void;
  /** Abandons the exam on offer: first asks (`confirmed` false), then does it. */
  abandon(confirmed: boolean): void;
  /** Keeps the exam after all. */
  cancelAbandon(): void;
  /** Takes over an exam open in a trainer that cannot be checked: first asks (`confirmed` false), then does it. */
  takeOver(confirmed: boolean): void;
  /** Keeps the exam with that trainer after all. */
  keepLock(): void;
  /** Back from the rules, the resume offer or the results. */
  back(): void;
  /** The screen closes: the exam's lock is released (the exam stays saved). */
  dispose(): void;
}

export function openExamFlow(services: AppServices, params: ExamParams, hooks: ExamFlowHooks): ExamFlow {
  const { exams, clock } = services;
  const topics = params.topics ?? [];
  const loaded = new Map(services.questions.map((q) => [q.id, q]));
  /**
   * The time of an exam action: the wall clock dates it, the monotonic clock measures the exam, so
   * setting the system clock back or forward never ends or extends an exam.
   */
  const examTime = (): ActionTime => ({ at: clock.wall().getTime(), mono: clock.monotonic() });
  let lock: HeldLock | undefined;
  let unsubscribe: (() => void) | undefined;

  const release = () => {
    lock?.release();
    lock = undefined;
  };
  const plan = (history: readonly ExamHistoryEntry[]): ExamPhase => ({
    kind: 'intro',
    topics,
    strict: params.strict === true,
    plan: planExam(filterTopics(activeQuestions(services.questions, services.suspended.get()), topics), { ...params, seed: params.seed ?? newSeed(services.random), recentExams: recentExamQids(history) }),
  });

  /** What opening the exams folder found wrong (a damaged file), kept on screen until something else is said. */
  let openWarning: string | undefined;
  const store = valueStore<ExamFlowView>(first());
  /** Shows `phase` with exactly this warning (none when undefined). */
  const show = (phase: ExamPhase, warning: string | undefined) => store.set({ phase, ...(warning ? { warning } : {}) });
  /** Shows `phase`, keeping the warning on screen unless another is given. */
  const set = (phase: ExamPhase, warning = store.get().warning) => show(phase, warning);
  const phase = () => store.get().phase;

  function first(): ExamFlowView {
    const disk = exams.open(loaded);
    const warning = (openWarning = disk.problems[0]);
    const view = (phase: ExamPhase): ExamFlowView => ({ phase, ...(warning ? { warning } : {}) });
    if (!disk.unfinished) return view(plan(disk.history));
    const saved = disk.unfinished;
    const attempt = exams.lock(saved.state.id);
    const resume = lockedPhase({ kind: 'resume', saved, questions: loaded, missing: missingQuestions(saved.state, loaded) }, attempt);
    if (attempt.acquired && saved.state.strict && missingQuestions(saved.state, loaded).length === 0 && remainingNow(saved.state, examTime().at) === 0) return expired(saved, warning);
    return view(resume);
  }

  /** The resume offer after a lock attempt: free to act on, or held by another trainer (who, and whether it may be taken over). */
  function lockedPhase(resume: Extract<ExamPhase, { kind: 'resume' }>, attempt: LockAttempt): ExamPhase {
    const { lockedBy: _, holder: __, confirmTakeOver: ___, ...free } = resume;
    if (attempt.acquired) {
      lock = attempt.lock;
      return free;
    }
    return { ...free, lockedBy: describeOwner(attempt.owner), ...(attempt.canTakeOver && attempt.owner ? { holder: attempt.owner } : {}) };
  }

  /** A strict exam whose time ran out while the trainer was closed: it ends as it stood, and its results show. */
  function expired(saved: SavedExam, warning: string | undefined): ExamFlowView {
    const action = { type: 'resume', ...examTime() } as const;
    try {
      exams.save(saved.state.id, action);
      const state = examReducer(saved.state, action) ?? saved.state;
      const result = exams.record({ ...saved, state }, loaded) ?? examResult(state, loaded);
      release();
      hooks.exit({ kind: 'ended', result });
      return { phase: { kind: 'results', result }, ...(warning ? { warning } : {}) };
    } catch (e) {
      release();
      return { phase: plan(exams.history()), warning: `could not record the exam whose time ran out: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  // An exam drawn from a --bank that is not loaded now: load that bank to resume it.
  const opened = phase();
  if (opened.kind === 'resume' && opened.missing.length > 0 && opened.saved.header.banks.length > 0) {
    exams.questionsFor(opened.saved, opened.questions).then(
      (questions) => {
        if (phase() === opened) set({ ...opened, questions, missing: missingQuestions(opened.saved.state, questions) });
      },
      () => undefined,
    );
  }

  const enterRoom = (header: ExamHeader, questions: ReadonlyMap<string, Question>, session: ExamSession) => {
    unsubscribe = session.subscribe(() => {
      if (session.state().status !== 'running') finish(session.state(), header, questions);
    });
    hooks.exit({ kind: 'running' });
    set({ kind: 'room', session, questions });
  };

  const sessionFor = (state: ExamState) =>
    createExamSession(state, {
      save: (action) => exams.save(state.id, action),
      time: examTime,
      onLeave: (left) => {
        if (phase().kind !== 'room') return;
        hooks.exit({ kind: 'left', remainingMs: left.remainingMs, strict: left.strict === true });
        close();
      },
    });

  function finish(state: ExamState, header: ExamHeader, questions: ReadonlyMap<string, Question>): void {
    if (phase().kind !== 'room') return;
    unsubscribe?.();
    let result: ExamResult | undefined;
    let warning: string | undefined;
    try {
      result = exams.record({ header, state, recorded: false, damaged: 0 }, questions);
    } catch (e) {
      warning = `could not record this exam: ${e instanceof Error ? e.message : String(e)}`;
    }
    release();
    result ??= examResult(state, questions);
    hooks.exit({ kind: 'ended', result });
    set({ kind: 'results', result }, warning);
  }

  function close(): void {
    if (phase().kind === 'gone') return;
    unsubscribe?.();
    set({ kind: 'gone' });
    hooks.close();
  }

  /** The resume offer's exam, when this trainer may act on it (it holds its lock). */
  const resumable = () => {
    const current = phase();
    return current.kind === 'resume' && !current.lockedBy ? current : undefined;
  };

  return {
    get: store.get,
    subscribe: store.subscribe,
    start() {
      const current = phase();
      if (current.kind !== 'intro' || current.plan.items.length === 0) return;
      const { plan: drawn } = current;
      const time = examTime();
      const id = newRecordId(new Date(time.at), services.random);
      const header: ExamHeader = { v: 1, type: 'exam', id, createdAt: new Date(time.at).toISOString(), seed: drawn.seed, banks: params.banks ?? [], ...(params.topics ? { topics: params.topics } : {}) };
      const action = { type: 'start', ...time, id, items: drawn.items, durationMs: drawn.durationMs, ...(params.strict ? { strict: true as const } : {}) } as const;
      try {
        const attempt = exams.lock(id);
        if (attempt.acquired) lock = attempt.lock;
        exams.start(header, action);
      } catch (e) {
        release();
        set(current, `cannot save the exam: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      const state = examReducer(null, action)!;
      enterRoom(header, loaded, sessionFor(state));
    },
    resume() {
      const current = resumable();
      if (!current || current.missing.length) return;
      const session = sessionFor(current.saved.state);
      session.resume(examTime());
      enterRoom(current.saved.header, current.questions, session);
    },
    abandon(confirmed) {
      const current = resumable();
      if (!current) return;
      if (!confirmed) return set({ ...current, confirmAbandon: true });
      if (!current.confirmAbandon) return;
      try {
        exams.abandon(current.saved, examTime().at, current.questions);
      } catch (e) {
        const { confirmAbandon: _, ...asked } = current;
        set(asked, `could not abandon the exam: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      release();
      set(plan(exams.history()));
    },
    cancelAbandon() {
      const current = phase();
      if (current.kind !== 'resume' || !current.confirmAbandon) return;
      const { confirmAbandon: _, ...asked } = current;
      set(asked);
    },
    takeOver(confirmed) {
      const current = phase();
      if (current.kind !== 'resume' || !current.holder) return;
      if (!confirmed) return set({ ...current, confirmTakeOver: true });
      if (!current.confirmTakeOver) return;
      let attempt: LockAttempt;
      try {
        attempt = exams.takeOver(current.saved.state.id, current.holder);
      } catch (e) {
        const { confirmTakeOver: _, ...asked } = current;
        set(asked, `could not take the exam over: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      show(lockedPhase(current, attempt), attempt.acquired ? openWarning : 'the exam was not taken over: the lock changed meanwhile (see who holds it now)');
    },
    keepLock() {
      const current = phase();
      if (current.kind !== 'resume' || !current.confirmTakeOver) return;
      const { confirmTakeOver: _, ...asked } = current;
      set(asked);
    },
    back() {
      if (phase().kind !== 'room') close();
    },
    dispose() {
      unsubscribe?.();
      release();
    },
  };
}
