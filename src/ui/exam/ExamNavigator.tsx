import type { GridFilter } from '../../app/exam-room.js';
import type { ExamState } from '../../core/exam/types.js';
import { ScrollView } from '../components/ScrollView.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { navigatorLayout } from './layout.js';

/** The review screen's grid: every question answered / incomplete / unanswered / flagged. */
export function ExamNavigator({ state, cursor, filter, width, height }: { state: ExamState; cursor: number; filter: GridFilter; width: number; height: number }) {
  const { lines, focus } = navigatorLayout(state, cursor, width, filter);
  const scroll = useScrollOffset(lines.length, height, focus);
  return <ScrollView lines={lines} height={height} offset={scroll.offset} moreHint="↓" />;
}
