import { useRef, useState } from 'react';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { useKeys } from '../hooks/useKeys.js';
import { PAGE } from '../keys.js';
import { questionLayout, type QuestionModel } from '../layout/question.js';
import { ScrollView } from './ScrollView.js';

export interface QuestionViewProps extends QuestionModel {
  width: number;
  height: number;
  /** Handle PgUp/PgDn/Home/End here (default true). */
  scrollKeys?: boolean;
}

/**
 * A question: stem, "Choose TWO" for multiple response, options labelled A–F with the cursor
 * and selection marks. Draws only; the screen owns cursor and selection (give it a new `key`
 * for each question shown). Long questions scroll, open at their first line, and keep the
 * highlighted option in view once the learner moves.
 */
export function QuestionView({ width, height, scrollKeys = true, ...model }: QuestionViewProps) {
  const { lines, focus } = questionLayout(model, width);
  // A question opens at its first line; the view follows the highlighted option only once the
  // learner moves or selects (otherwise a long stem would open scrolled past its beginning).
  const selection = `${model.cursor}|${model.selected.join(',')}|${model.message ?? ''}`;
  const [first] = useState(selection);
  const moved = useRef(false);
  if (selection !== first) moved.current = true;
  const scroll = useScrollOffset(lines.length, height, moved.current ? focus : undefined);
  useKeys(
    PAGE,
    (m) => scroll.apply(m.action),
    { active: scrollKeys },
  );
  return <ScrollView lines={lines} height={height} offset={scroll.offset} moreHint="PgDn" />;
}
