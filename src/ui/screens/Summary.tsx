import type { SessionSummary } from '../../core/study/summary.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useNav, useServices } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { SUMMARY_KEYS } from '../keys.js';
import { summaryBlocks } from '../layout/summary.js';
import { layoutBlocks } from '../layout/text.js';

/** End of a study or review session: answered, correct %, per topic, next due, what to do next. */
export function SummaryScreen({ params }: { params: unknown }) {
  const { summary } = params as { summary: SessionSummary };
  const services = useServices();
  const nav = useNav();
  return (
    <ScreenFrame title={summary.mode === 'review' ? 'Review missed · summary' : 'Study · summary'} keys={SUMMARY_KEYS} footer={`enter ${nav.canGoBack ? 'home' : 'quit'} · ↑↓ scroll · ? help`}>
      {({ width, height }) => <SummaryBody summary={summary} now={services.now()} width={width} height={height} onDone={() => nav.back()} />}
    </ScreenFrame>
  );
}

function SummaryBody({ summary, now, width, height, onDone }: { summary: SessionSummary; now: Date; width: number; height: number; onDone: () => void }) {
  const lines = layoutBlocks(summaryBlocks(summary, now), width);
  const scroll = useScrollOffset(lines.length, height);
  useKeys(SUMMARY_KEYS, (m) => {
    if (m.action === 'continue' || m.action === 'back') onDone();
    else scroll.apply(m.action);
  });
  return <ScrollView lines={lines} height={height} offset={scroll.offset} />;
}
