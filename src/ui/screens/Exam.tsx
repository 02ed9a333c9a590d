import { useEffect, useMemo, useRef, useState } from 'react';
import type { Question } from '../../core/bank/types.js';
import { filterTopics } from '../../core/topics.js';
import { planExam, type ExamPlan } from '../../core/exam/plan.js';
import { newSeed } from '../../core/exam/random.js';
import { recentExamQids } from '../../core/exam/records.js';
import { examReducer } from '../../core/exam/reducer.js';
import { examResult, type ExamResult } from '../../core/exam/results.js';
import { formatClock } from '../../core/exam/timing.js';
import type { ExamState } from '../../core/exam/types.js';
import { newRecordId } from '../../core/progress/records.js';
import {
  abandonExam,
  appendExamAction,
  createExamJournal,
  lockExam,
  missingQuestions,
  openExams,
  questionsForExam,
  readExamHistory,
  recordExam,
  type ExamHeader,
  type SavedExam,
} from '../../store/exams.js';
import { describeOwner, type HeldLock } from '../../store/lock.js';
import { ScrollView } from '../components/ScrollView.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useServices, type AppServices } from '../context.js';
import { INTRO_KEYS, PROMPT_SCROLL, RESUME_KEYS } from '../exam/keys.js';
import { farewellText, introBlocks, resumeBlocks } from '../exam/layout.js';
import { parseExamParams, type ExamParams } from '../exam/params.js';
import { createExamSession, type ExamSession } from '../exam/session.js';
import { useLiveState } from '../exam/useLiveState.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import type { Binding } from '../keys.js';
import { layoutBlocks, span, type Block } from '../layout/text.js';
import { ExamResults } from './ExamResults.js';
import { ExamRoom } from './ExamRoom.js';

type Phase =
  | { kind: 'resume'; saved: SavedExam; questions: Map<string, Question>; missing: string[]; lockedBy?: string }
  | { kind: 'intro'; plan: ExamPlan }
  | { kind: 'room'; session: ExamSession; header: ExamHeader; questions: ReadonlyMap<string, Question> }
  | { kind: 'results'; result: ExamResult }
  /** Left: nothing more to do while the app goes back (a second key must not go back twice). */
  | { kind: 'gone' };

/** Printed if the trainer is closed mid-exam (Ctrl+C): the exam is already saved. */
const SAVED_NOTE = "Your mock exam is saved: run 'clf-trainer exam' to resume it.";

const byId = (questions: readonly Question[]) => new Map(questions.map((q) => [q.id, q]));

function newPlan(services: AppServices, p: ExamParams): ExamPlan {
  const pool = filterTopics(services.questions, p.topics ?? []);
  const history = readExamHistory(services.dataDir).values;
  return planExam(pool, { ...p, seed: p.seed ?? newSeed(services.random), recentExams: recentExamQids(history) });
}

function firstPhase(services: AppServices, p: ExamParams, loaded: ReadonlyMap<string, Question>): { phase: Phase; warning?: string; lock?: HeldLock } {
  const disk = openExams(services.dataDir, loaded, services.log);
  const warning = disk.problems[0];
  if (disk.unfinished) {
    const questions = new Map(loaded);
    const attempt = lockExam(services.dataDir, disk.unfinished.state.id, services.now);
    const phase: Phase = { kind: 'resume', saved: disk.unfinished, questions, missing: missingQuestions(disk.unfinished.state, questions) };
    if (!attempt.acquired) phase.lockedBy = describeOwner(attempt.owner);
    return { phase, ...(warning ? { warning } : {}), ...(attempt.acquired ? { lock: attempt.lock } : {}) };
  }
  return { phase: { kind: 'intro', plan: newPlan(services, p) }, ...(warning ? { warning } : {}) };
}

/**
 * The mock exam: offers to resume an unfinished exam (or abandon it), shows the rules, runs
 * the exam room, records the result (reviews, history) and shows what it teaches.
 */
export function ExamScreen({ params }: { params: unknown }) {
  const services = useServices();
  const nav = useNav();
  const p = useMemo(() => parseExamParams(params), [params]);
  const loaded = useMemo(() => byId(services.questions), [services.questions]);
  const [first] = useState(() => firstPhase(services, p, loaded));
  // The open exam's lock: released when it ends, is abandoned, or the screen closes.
  const lock = useRef<HeldLock | undefined>(first.lock);
  const release = () => {
    lock.current?.release();
    lock.current = undefined;
  };
  useEffect(() => release, []);
  // A second enter typed quickly reaches the old handler: act only in the phase the key was meant for.
  const [phase, setPhase, phaseRef] = useLiveState<Phase>(first.phase);
  const [error, setError] = useState<string | undefined>(first.warning);

  // An exam drawn from a --bank not loaded now: load that bank to resume it.
  const needsBanks = phase.kind === 'resume' && phase.missing.length > 0 && phase.saved.header.banks.length > 0 ? phase : undefined;
  useEffect(() => {
    if (!needsBanks) return;
    let live = true;
    questionsForExam(needsBanks.saved, needsBanks.questions).then(
      (questions) => {
        if (live && phaseRef.current === needsBanks) setPhase({ ...needsBanks, questions, missing: missingQuestions(needsBanks.saved.state, questions) });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needsBanks, phaseRef, setPhase]);

  const now = () => services.now().getTime();
  const persistTo = (id: string) => (action: Parameters<ExamSession['dispatch']>[0]) => appendExamAction(services.dataDir, id, action);

  const start = (plan: ExamPlan) => {
    if (plan.items.length === 0 || phaseRef.current.kind !== 'intro') return;
    const at = now();
    const id = newRecordId(services.now(), services.random);
    const header: ExamHeader = { v: 1, type: 'exam', id, createdAt: new Date(at).toISOString(), seed: plan.seed, banks: p.banks ?? [], ...(p.topics ? { topics: p.topics } : {}) };
    const action = { type: 'start', at, id, items: plan.items, durationMs: plan.durationMs } as const;
    try {
      const attempt = lockExam(services.dataDir, id, services.now);
      if (attempt.acquired) lock.current = attempt.lock;
      createExamJournal(services.dataDir, header, action);
    } catch (e) {
      release();
      setError(`cannot save the exam in ${services.dataDir}: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const state = examReducer(null, action)!;
    nav.farewell(SAVED_NOTE);
    setPhase({ kind: 'room', session: createExamSession(state, persistTo(id)), header, questions: loaded });
  };

  /** The resume prompt's exam, when this trainer may act on it (it holds its lock). */
  const resumable = () => {
    const current = phaseRef.current;
    return current.kind === 'resume' && !current.lockedBy ? current : undefined;
  };

  const resume = () => {
    const current = resumable();
    if (!current || current.missing.length) return;
    const session = createExamSession(current.saved.state, persistTo(current.saved.state.id));
    session.dispatch({ type: 'resume', at: now() });
    nav.farewell(SAVED_NOTE);
    setPhase({ kind: 'room', session, header: current.saved.header, questions: current.questions });
  };

  const abandon = () => {
    const current = resumable();
    if (!current) return;
    abandonExam(services.dataDir, current.saved, now(), current.questions, services.log);
    release();
    setPhase({ kind: 'intro', plan: newPlan(services, p) });
  };

  const ended = (header: ExamHeader, questions: ReadonlyMap<string, Question>) => (state: ExamState) => {
    if (phaseRef.current.kind !== 'room') return;
    let result: ExamResult | undefined;
    try {
      result = recordExam(services.dataDir, { header, state, recorded: false, damaged: 0 }, questions, { log: services.log });
    } catch (e) {
      setError(`could not record this exam: ${e instanceof Error ? e.message : String(e)}`);
    }
    release();
    result ??= examResult(state, questions);
    nav.farewell(farewellText(result));
    setPhase({ kind: 'results', result });
  };

  const leave = (state: ExamState) => {
    if (phaseRef.current.kind !== 'room') return;
    nav.farewell(`Mock exam saved with ${formatClock(state.remainingMs)} left: run 'clf-trainer exam' to resume it.`);
    goBack();
  };

  const goBack = () => {
    if (phaseRef.current.kind === 'gone') return;
    setPhase({ kind: 'gone' });
    nav.back();
  };

  if (phase.kind === 'room') return <ExamRoom session={phase.session} questions={phase.questions} onEnded={ended(phase.header, phase.questions)} onLeave={leave} />;
  if (phase.kind === 'gone') return null;
  if (phase.kind === 'results') return <ExamResults result={phase.result} onDone={goBack} />;
  if (phase.kind === 'resume')
    return (
      <ResumePrompt phase={phase} error={error} onResume={resume} onAbandon={abandon} onBack={goBack} />
    );
  return <Intro plan={phase.plan} topics={p.topics ?? []} error={error} onStart={() => start(phase.plan)} onBack={goBack} />;
}

function Intro({ plan, topics, error, onStart, onBack }: { plan: ExamPlan; topics: readonly string[]; error?: string | undefined; onStart: () => void; onBack: () => void }) {
  useKeys(INTRO_KEYS, (m) => (m.action === 'start' ? onStart() : m.action === 'back' ? onBack() : undefined));
  const blocks: Block[] =
    plan.items.length === 0
      ? [{ spans: [span('No questions to draw an exam from: check --topic and --bank.', { color: 'red' })] }]
      : introBlocks({ questions: plan.items.length, asked: plan.asked, durationMs: plan.durationMs, seed: plan.seed, topics });
  return <Prompt title="Mock exam" keys={INTRO_KEYS} blocks={blocks} error={error} />;
}

function ResumePrompt({ phase, error, onResume, onAbandon, onBack }: { phase: Extract<Phase, { kind: 'resume' }>; error?: string | undefined; onResume: () => void; onAbandon: () => void; onBack: () => void }) {
  useKeys(RESUME_KEYS, (m) => {
    if (m.action === 'resume') onResume();
    else if (m.action === 'abandon') onAbandon();
    else if (m.action === 'back') onBack();
  });
  return <Prompt title="Mock exam" keys={RESUME_KEYS} blocks={resumeBlocks({ state: phase.saved.state, missing: phase.missing, ...(phase.lockedBy ? { lockedBy: phase.lockedBy } : {}) })} error={error} />;
}

function Prompt({ title, keys, blocks, error }: { title: string; keys: readonly Binding[]; blocks: Block[]; error?: string | undefined }) {
  return (
    <ScreenFrame title={title} keys={keys}>
      {({ width, height }) => <PromptBody blocks={[...blocks, ...(error ? [{ spans: [] }, { spans: [span(`⚠ ${error}`, { color: 'yellow' as const })] }] : [])]} width={width} height={height} />}
    </ScreenFrame>
  );
}

/** Scrolls with ↑↓ / PgUp PgDn when the window is too short for the text. */
function PromptBody({ blocks, width, height }: { blocks: Block[]; width: number; height: number }) {
  const lines = layoutBlocks(blocks, width);
  const scroll = useScrollOffset(lines.length, height);
  useKeys(PROMPT_SCROLL, (m) => scroll.apply(m.action));
  return <ScrollView lines={lines} height={height} offset={scroll.offset} moreHint="↓" />;
}
