import { Text } from 'ink';
import { useEffect, useSyncExternalStore } from 'react';
import type { ExamSession } from '../../app/exam-session.js';
import { formatClock, timeWarning, WARNING_TEXT } from '../../core/exam/timing.js';
import { useColor } from '../components/Lines.js';

/**
 * Ticks the exam's clock each time the shown second changes, while the exam runs. The tick that
 * reaches 0:00 ends the exam.
 */
export function useExamClock(session: ExamSession): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      const delay = session.nextTickIn();
      if (delay === undefined) return;
      timer = setTimeout(() => {
        session.tick();
        schedule();
      }, delay);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [session]);
}

/**
 * The clock, the only part of the exam screen that redraws every second: it subscribes to the
 * shown seconds alone. Warnings at a third of the time left and at the last 10%, in words.
 */
export function ExamClock({ session, durationMs }: { session: ExamSession; durationMs: number }) {
  const seconds = useSyncExternalStore(session.subscribe, session.clockSeconds);
  const color = useColor();
  const warning = timeWarning(seconds * 1000, durationMs);
  const tint = warning === 'final' ? 'red' : warning === 'third' ? 'yellow' : undefined;
  return (
    <Text wrap="truncate-end">
      <Text bold color={color ? tint : undefined}>
        Time left {formatClock(seconds * 1000)}
      </Text>
      {warning !== 'none' && <Text color={color ? tint : undefined}>{`  ⚠ ${WARNING_TEXT[warning]}`}</Text>}
    </Text>
  );
}
