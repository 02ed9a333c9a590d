import { Box, Text } from 'ink';
import { useSyncExternalStore } from 'react';
import type { ExamSession } from '../../app/exam-session.js';
import { roomAction, type RoomMode } from '../../app/exam-room.js';
import { printable } from '../../core/bank/sanitize.js';
import type { Question } from '../../core/bank/types.js';
import { examCounts, shownSelection } from '../../core/exam/reducer.js';
import { LinesView, useColor } from '../components/Lines.js';
import { QuestionView } from '../components/QuestionView.js';
import { bodySize, ScreenFrame } from '../components/ScreenFrame.js';
import { ExamClock, useExamClock } from '../exam/ExamClock.js';
import { ExamNavigator } from '../exam/ExamNavigator.js';
import { CONFIRM_LEAVE_KEYS, CONFIRM_SUBMIT_KEYS, NAVIGATOR_KEYS, roomKeys } from '../exam/keys.js';
import { countsText, gridPerRow, passText, submitBlocks } from '../exam/layout.js';
import { useKeys } from '../hooks/useKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Binding } from '../keys.js';
import { layoutBlocks, span } from '../layout/text.js';

export interface ExamRoomProps {
  session: ExamSession;
  questions: ReadonlyMap<string, Question>;
}

/** The keys of the room's current view. */
function bindingsFor(mode: RoomMode, options: number, strict: boolean): readonly Binding[] {
  switch (mode) {
    case 'question':
      return roomKeys(options, strict);
    case 'review':
      return NAVIGATOR_KEYS;
    case 'submit':
      return CONFIRM_SUBMIT_KEYS;
    case 'leave':
      return CONFIRM_LEAVE_KEYS;
  }
}

/**
 * The exam room: "Question n of N", the counts, the clock, the question. No word on
 * correctness until the exam is submitted. Only the clock redraws by itself.
 */
export function ExamRoom({ session, questions }: ExamRoomProps) {
  const color = useColor();
  const { exam, room, saveError } = useSyncExternalStore(session.subscribe, session.view);
  useExamClock(session);
  const size = useTerminalSize();
  const item = exam.items[exam.current]!;
  const question = questions.get(item.qid);
  const counts = examCounts(exam);
  const total = exam.items.length;
  const strict = exam.strict === true;
  const bindings = bindingsFor(room.mode, item.order.length, strict);

  useKeys(() => {
    const { exam: now, room: at } = session.view();
    return bindingsFor(at.mode, now.items[now.current]!.order.length, now.strict === true);
  }, (m) => {
    const action = roomAction(m.action, m.value, gridPerRow(bodySize(size.columns, size.rows).width));
    if (action) session.press(action);
  });

  return (
    <ScreenFrame title={`Question ${exam.current + 1} of ${total}`} status={countsText(counts)} keys={bindings} {...(saveError ? { footer: `⚠ cannot save your answers: ${saveError}` } : {})}>
      {({ width, height }) => {
        const rest = Math.max(1, height - 2);
        return (
          <Box flexDirection="column">
            <Box width={width} height={1} overflow="hidden">
              <ExamClock session={session} durationMs={exam.durationMs} />
              {exam.flagged[exam.current] && <Text color={color ? 'yellow' : undefined}>{'   ⚑ marked for review'}</Text>}
              {room.pass && room.mode === 'question' && <Text color={color ? 'cyan' : undefined}>{`   ${passText(room.pass, exam.current)}`}</Text>}
            </Box>
            <Text> </Text>
            {room.mode === 'review' ? (
              <ExamNavigator state={exam} cursor={room.grid} filter={room.filter ?? 'all'} width={width} height={rest} />
            ) : room.mode === 'submit' ? (
              <LinesView lines={layoutBlocks(submitBlocks(exam), width).slice(0, rest)} />
            ) : room.mode === 'leave' ? (
              <LinesView lines={layoutBlocks(leaveBlocks(strict), width).slice(0, rest)} />
            ) : question ? (
              <QuestionView
                key={exam.current}
                question={question}
                order={item.order}
                cursor={room.cursor}
                selected={shownSelection(exam, exam.current)}
                {...(room.message ? { message: room.message } : {})}
                width={width}
                height={rest}
              />
            ) : (
              <Text color="red">This question ({printable(item.qid, { oneLine: true, max: 60 })}) is no longer in the loaded banks.</Text>
            )}
          </Box>
        );
      }}
    </ScreenFrame>
  );
}

/** The question before leaving: what happens to the exam and its clock. */
function leaveBlocks(strict: boolean) {
  const clock = strict
    ? 'This is a strict exam: its clock keeps running while you are away, as at a test centre, and it submits itself at 0:00 even if the trainer is closed.'
    : 'Your answers and flags are saved and the clock stops while you are away.';
  return [
    { spans: [span('Leave the exam?', { bold: true })], gap: 1 },
    { spans: [span(`${clock} Run clf-trainer exam (or choose Mock exam) to resume it.`)], gap: 1 },
    { spans: [span('y', { bold: true }), span('        leave')] },
    { spans: [span('n / esc', { bold: true }), span('    stay')] },
  ];
}
