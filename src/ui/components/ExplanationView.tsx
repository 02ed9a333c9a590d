import { useExtraSections } from '../hooks/useExtraSections.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { SCROLL } from '../keys.js';
import { explanationBlocks, type ExplanationModel } from '../layout/explanation.js';
import { layoutBlocks } from '../layout/text.js';
import { ScrollView } from './ScrollView.js';

export interface ExplanationViewProps extends ExplanationModel {
  width: number;
  height: number;
  /** Handle ↑↓ j k PgUp PgDn space Home End here (default true). */
  scrollKeys?: boolean;
}

/**
 * After an answer: right or wrong in words and marks, every option with ✓/✗ and its why, the
 * explanation, the facts tested, the source, when the question comes back, and any extra
 * sections (those registered in explanation-extras.ts come after `extra`). Scrolls; give it a
 * new `key` per answer so it starts at the top.
 */
export function ExplanationView({ width, height, scrollKeys = true, extra = [], ...model }: ExplanationViewProps) {
  const extras = useExtraSections(model.question);
  const lines = layoutBlocks(explanationBlocks({ ...model, extra: [...extra, ...extras] }), width);
  const scroll = useScrollOffset(lines.length, height);
  useKeys(
    SCROLL,
    (m) => scroll.apply(m.action),
    { active: scrollKeys },
  );
  return <ScrollView lines={lines} height={height} offset={scroll.offset} moreHint="↓/space" />;
}
