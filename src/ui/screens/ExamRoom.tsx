import { Box, Text } from 'ink';
import { useCallback, useEffect, useState } from 'react';
import { chooseLabel } from '../../core/bank/count.js';
import type { Question } from '../../core/bank/types.js';
import { atPickLimit, examCounts, shownSelection } from '../../core/exam/reducer.js';
import type { ExamState } from '../../core/exam/types.js';
import { LinesView, useColor } from '../components/Lines.js';
import { QuestionView } from '../components/QuestionView.js';
import { bodySize, ScreenFrame } from '../components/ScreenFrame.js';
import { useServices } from '../context.js';
import { ExamClock } from '../exam/ExamClock.js';
import { ExamNavigator } from '../exam/ExamNavigator.js';
import { CONFIRM_LEAVE_KEYS, CONFIRM_SUBMIT_KEYS, NAVIGATOR_KEYS, ROOM_KEYS } from '../exam/keys.js';
import { countsText, moveInGrid, navigatorLayout, submitBlocks } from '../exam/layout.js';
import { useExamClock, useExamView, type ExamSession } from '../exam/session.js';
import { useLiveState } from '../exam/useLiveState.js';
import { useKeys } from '../hooks/useKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { optionIndex, type Binding } from '../keys.js';
import { layoutBlocks, span } from '../layout/text.js';

type Mode = 'question' | 'review' | 'submit' | 'leave';

export interface ExamRoomProps {
  session: ExamSession;
  questions: ReadonlyMap<string, Question>;
  /** Called once when the exam ends (submitted or timed out). */
  onEnded: (state: ExamState) => void;
  /** The user left mid-exam (it stays saved). */
  onLeave: (state: ExamState) => void;
}

const BINDINGS: Record<Mode, readonly Binding[]> = {
  question: ROOM_KEYS,
  review: NAVIGATOR_KEYS,
  submit: CONFIRM_SUBMIT_KEYS,
  leave: CONFIRM_LEAVE_KEYS,
};

/** Every key of every mode, so the handler hears them all; it then reads the keys of the mode it is in. */
const ALL_KEYS: readonly Binding[] = Object.values(BINDINGS).flat();

/** Where the option cursor starts on a question: its first chosen option, or A. */
function startCursor(state: ExamState, index: number): number {
  return shownSelection(state, index)[0] ?? 0;
}

/**
 * The exam room: "Question n of N", the counts, the clock, the question. No word on
 * correctness until the exam is submitted. Only the clock redraws by itself.
 */
export function ExamRoom({ session, questions, onEnded, onLeave }: ExamRoomProps) {
  const services = useServices();
  const color = useColor();
  const view = useExamView(session);
  const now = useCallback(() => services.now().getTime(), [services]);
  useExamClock(session, now);
  const size = useTerminalSize();
  const [mode, setMode, modeRef] = useLiveState<Mode>('question');
  const [cursor, setCursor, cursorRef] = useLiveState(() => startCursor(view, view.current));
  const [grid, setGrid, gridRef] = useLiveState(view.current);
  const [message, setMessage] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (view.status !== 'running') onEnded(view);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.status]);

  const total = view.items.length;
  const item = view.items[view.current]!;
  const question = questions.get(item.qid);
  const counts = examCounts(view);
  const bindings = BINDINGS[mode];

  // Key handlers read the session and the refs, never this render's values (see useLiveState).
  const goto = (index: number) => {
    if (index < 0 || index >= total) return;
    session.dispatch({ type: 'goto', at: now(), index });
    setCursor(startCursor(session.state(), index));
    setMessage(undefined);
  };

  const choose = (option: number) => {
    const live = session.state();
    const shown = live.items[live.current]!;
    if (option >= shown.order.length) return;
    setCursor(option);
    if (atPickLimit(live, option)) {
      setMessage(`${chooseLabel(shown.pick)}: unselect one of your ${shown.pick} options first.`);
      return;
    }
    setMessage(undefined);
    session.dispatch({ type: 'toggle', at: now(), option });
  };

  const openReview = () => {
    setGrid(session.state().current);
    setMode('review');
  };

  useKeys(
    // Every mode's keys are listened to; the mode at the time of the key decides (see useLiveState).
    ALL_KEYS,
    (key) => {
      const live = session.state();
      if (live.status !== 'running') return;
      const current = modeRef.current;
      const binding = BINDINGS[current].find((b) => b.keys.includes(key.name) || b.keys.includes(key.name.toLowerCase()));
      if (!binding) return;
      const m = { action: binding.action, name: key.name };
      if (current === 'question') {
        const options = live.items[live.current]!.order.length;
        switch (m.action) {
          case 'up':
            return setCursor((c) => Math.max(0, c - 1));
          case 'down':
            return setCursor((c) => Math.min(options - 1, c + 1));
          case 'pick': {
            const index = optionIndex(m.name);
            return index === undefined ? undefined : choose(index);
          }
          case 'choose':
            return choose(cursorRef.current);
          case 'mark':
            return session.dispatch({ type: 'flag', at: now() });
          case 'prev':
            return goto(live.current - 1);
          case 'next':
            return live.current === total - 1 ? openReview() : goto(live.current + 1);
          case 'review':
            return openReview();
          case 'submit':
            return setMode('submit');
          case 'leave':
            return setMode('leave');
        }
        return;
      }
      if (current === 'review') {
        if (m.action === 'up' || m.action === 'down' || m.action === 'left' || m.action === 'right') {
          const { perRow } = navigatorLayout(live, gridRef.current, bodySize(size.columns, size.rows).width);
          return setGrid((g) => moveInGrid(g, m.action as 'up', perRow, total));
        }
        if (m.action === 'go') {
          goto(gridRef.current);
          return setMode('question');
        }
        if (m.action === 'submit') return setMode('submit');
        if (m.action === 'close') return setMode('question');
        return;
      }
      if (current === 'submit') {
        if (m.action === 'yes') return session.dispatch({ type: 'submit', at: now() });
        return setMode('question');
      }
      if (m.action === 'yes') return onLeave(live);
      setMode('question');
    },
  );

  const saveError = session.saveError();
  return (
    <ScreenFrame title={`Question ${view.current + 1} of ${total}`} status={countsText(counts)} keys={bindings} {...(saveError ? { footer: `⚠ cannot save your answers: ${saveError}` } : {})}>
      {({ width, height }) => {
        const rest = Math.max(1, height - 2);
        return (
          <Box flexDirection="column">
            <Box width={width} height={1} overflow="hidden">
              <ExamClock session={session} durationMs={view.durationMs} />
              {view.flagged[view.current] && <Text color={color ? 'yellow' : undefined}>{'   ⚑ marked for review'}</Text>}
            </Box>
            <Text> </Text>
            {mode === 'review' ? (
              <ExamNavigator state={view} cursor={grid} width={width} height={rest} />
            ) : mode === 'submit' ? (
              <LinesView lines={layoutBlocks(submitBlocks(counts, total), width).slice(0, rest)} />
            ) : mode === 'leave' ? (
              <LinesView lines={layoutBlocks(LEAVE_BLOCKS, width).slice(0, rest)} />
            ) : question ? (
              <QuestionView
                key={view.current}
                question={question}
                order={item.order}
                cursor={cursor}
                selected={shownSelection(view, view.current)}
                {...(message ? { message } : {})}
                width={width}
                height={rest}
              />
            ) : (
              <Text color="red">This question ({item.qid}) is no longer in the loaded banks.</Text>
            )}
          </Box>
        );
      }}
    </ScreenFrame>
  );
}

const LEAVE_BLOCKS = [
  { spans: [span('Leave the exam?', { bold: true })], gap: 1 },
  { spans: [span('Your answers and flags are saved and the clock stops while you are away. Run clf-trainer exam (or choose Mock exam) to resume it.')], gap: 1 },
  { spans: [span('y', { bold: true }), span('        leave')] },
  { spans: [span('n / esc', { bold: true }), span('  stay')] },
];
