import { useEffect, useRef, useState } from 'react';
import { openExamFlow, type ExamExit, type ExamPhase } from '../../app/exam-flow.js';
import { remainingNow } from '../../core/exam/reducer.js';
import { formatClock } from '../../core/exam/timing.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useNav, useServices } from '../context.js';
import { CONFIRM_ABANDON_KEYS, CONFIRM_TAKEOVER_KEYS, introKeys, PROMPT_SCROLL, resumeKeys } from '../exam/keys.js';
import { farewellText, introBlocks, resumeBlocks } from '../exam/layout.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { useStore } from '../hooks/useStore.js';
import type { Binding } from '../keys.js';
import { layoutBlocks, span, type Block } from '../layout/text.js';
import type { RouteOf } from '../routes.js';
import { ExamResults } from './ExamResults.js';
import { ExamRoom } from './ExamRoom.js';

/** The line printed after the program ends, for how the exam was left. */
function exitText(exit: ExamExit): string | undefined {
  switch (exit.kind) {
    case 'running':
      return "Your mock exam is saved: run 'clf-trainer exam' to resume it.";
    case 'left':
      return exit.strict
        ? `Strict mock exam saved with ${formatClock(exit.remainingMs)} left, and its clock keeps running: run 'clf-trainer exam' to resume it.`
        : `Mock exam saved with ${formatClock(exit.remainingMs)} left: run 'clf-trainer exam' to resume it.`;
    case 'ended':
      return farewellText(exit.result);
  }
}

/**
 * The mock exam: the resume offer (or abandon), the rules, the exam room, the results. Only draws
 * and dispatches: the lifecycle (saving, locking, recording) is the exam flow's.
 */
export function ExamScreen({ route }: { route: RouteOf<'exam'> }) {
  const services = useServices();
  const nav = useNav();
  // The navigation of the latest render: the flow outlives the render that created it.
  const navRef = useRef(nav);
  navRef.current = nav;
  const [flow] = useState(() => openExamFlow(services, route.params ?? {}, { exit: (exit) => navRef.current.farewell(exitText(exit)), close: () => navRef.current.back() }));
  useEffect(() => () => flow.dispose(), [flow]);
  const { phase, warning } = useStore(flow);

  switch (phase.kind) {
    case 'room':
      return <ExamRoom session={phase.session} questions={phase.questions} />;
    case 'results':
      return <ExamResults result={phase.result} onDone={flow.back} />;
    case 'resume':
      return phase.confirmTakeOver ? (
        <ConfirmTakeOver phase={phase} warning={warning} onYes={() => flow.takeOver(true)} onNo={flow.keepLock} />
      ) : phase.confirmAbandon ? (
        <ConfirmAbandon phase={phase} warning={warning} onYes={() => flow.abandon(true)} onNo={flow.cancelAbandon} />
      ) : (
        <ResumePrompt phase={phase} warning={warning} onResume={flow.resume} onAbandon={() => flow.abandon(false)} onTakeOver={() => flow.takeOver(false)} onBack={flow.back} />
      );
    case 'intro':
      return <Intro phase={phase} warning={warning} onStart={flow.start} onBack={flow.back} />;
    case 'gone':
      return null;
  }
}

function Intro({ phase, warning, onStart, onBack }: { phase: Extract<ExamPhase, { kind: 'intro' }>; warning?: string | undefined; onStart: () => void; onBack: () => void }) {
  const { plan, topics } = phase;
  const keys = introKeys(plan.items.length > 0);
  useKeys(keys, (m) => (m.action === 'start' ? onStart() : m.action === 'back' ? onBack() : undefined));
  const blocks: Block[] =
    plan.items.length === 0
      ? [{ spans: [span('No questions to draw an exam from: check --topic and --bank.', { color: 'red' })] }]
      : introBlocks({ questions: plan.items.length, asked: plan.asked, durationMs: plan.durationMs, seed: plan.seed, topics, strict: phase.strict });
  return <Prompt title="Mock exam" keys={keys} blocks={blocks} warning={warning} />;
}

type ResumePhase = Extract<ExamPhase, { kind: 'resume' }>;

/** What the resume offer shows, with the time left now (a strict exam's clock kept running). */
const resumeModel = (phase: ResumePhase, now: number) => ({
  state: phase.saved.state,
  missing: phase.missing,
  remainingMs: remainingNow(phase.saved.state, now),
  ...(phase.lockedBy ? { lockedBy: phase.lockedBy } : {}),
  canTakeOver: phase.holder !== undefined,
});

function ResumePrompt(props: { phase: ResumePhase; warning?: string | undefined; onResume: () => void; onAbandon: () => void; onTakeOver: () => void; onBack: () => void }) {
  const { phase, warning, onResume, onAbandon, onTakeOver, onBack } = props;
  const now = useServices().clock.wall().getTime();
  const free = !phase.lockedBy;
  const keys = resumeKeys({ canResume: free && phase.missing.length === 0, canAbandon: free, canTakeOver: phase.holder !== undefined });
  useKeys(keys, (m) => {
    if (m.action === 'resume') onResume();
    else if (m.action === 'abandon') onAbandon();
    else if (m.action === 'takeOver') onTakeOver();
    else if (m.action === 'back') onBack();
  });
  return <Prompt title="Mock exam" keys={keys} blocks={resumeBlocks(resumeModel(phase, now))} warning={warning} />;
}

/** Asks before taking an exam over from another trainer, naming it. */
function ConfirmTakeOver({ phase, warning, onYes, onNo }: { phase: ResumePhase; warning?: string | undefined; onYes: () => void; onNo: () => void }) {
  const now = useServices().clock.wall().getTime();
  useKeys(CONFIRM_TAKEOVER_KEYS, (m) => (m.action === 'yes' ? onYes() : onNo()));
  return <Prompt title="Mock exam" keys={CONFIRM_TAKEOVER_KEYS} blocks={resumeBlocks({ ...resumeModel(phase, now), confirming: true })} warning={warning} />;
}

/** Asks before abandoning an unfinished exam. */
function ConfirmAbandon({ phase, warning, onYes, onNo }: { phase: ResumePhase; warning?: string | undefined; onYes: () => void; onNo: () => void }) {
  const now = useServices().clock.wall().getTime();
  useKeys(CONFIRM_ABANDON_KEYS, (m) => (m.action === 'yes' ? onYes() : m.action === 'no' ? onNo() : undefined));
  return <Prompt title="Mock exam" keys={CONFIRM_ABANDON_KEYS} blocks={resumeBlocks({ ...resumeModel(phase, now), confirmAbandon: true })} warning={warning} />;
}

function Prompt({ title, keys, blocks, warning }: { title: string; keys: readonly Binding[]; blocks: Block[]; warning?: string | undefined }) {
  return (
    <ScreenFrame title={title} keys={keys}>
      {({ width, height }) => <PromptBody blocks={[...blocks, ...(warning ? [{ spans: [] }, { spans: [span(`⚠ ${warning}`, { color: 'yellow' as const })] }] : [])]} width={width} height={height} />}
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
