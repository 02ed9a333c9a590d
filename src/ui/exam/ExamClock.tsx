import { Text } from 'ink';
import { formatClock, timeWarning, WARNING_TEXT } from '../../core/exam/timing.js';
import { useColor } from '../components/Lines.js';
import { useClockSeconds, type ExamSession } from './session.js';

/**
 * The clock, the only part of the exam screen that redraws every second: it subscribes to the
 * shown seconds alone. Warnings at a third of the time left and at the last 10%, in words.
 */
export function ExamClock({ session, durationMs }: { session: ExamSession; durationMs: number }) {
  const seconds = useClockSeconds(session);
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
