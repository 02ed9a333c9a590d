import type { SessionSummary } from '../../core/study/summary.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useNav, useServices } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { sessionSummaryKeys, type Binding } from '../keys.js';
import { summaryBlocks } from '../layout/summary.js';
import { layoutBlocks } from '../layout/text.js';
import type { RouteOf } from '../routes.js';

/** End of a study or review session: answered, correct %, per topic, next due, what to do next. */
export function SummaryScreen({ route }: { route: RouteOf<'summary'> }) {
  const { summary } = route.params;
  const services = useServices();
  const nav = useNav();
  const keys = sessionSummaryKeys(nav.canGoBack ? 'home' : 'quit');
  return (
    <ScreenFrame title={summary.mode === 'review' ? 'Review missed · summary' : 'Study · summary'} keys={keys}>
      {({ width, height }) => <SummaryBody summary={summary} keys={keys} now={services.clock.wall()} width={width} height={height} onDone={() => nav.back()} />}
    </ScreenFrame>
  );
}

function SummaryBody({ summary, keys, now, width, height, onDone }: { summary: SessionSummary; keys: readonly Binding[]; now: Date; width: number; height: number; onDone: () => void }) {
  const lines = layoutBlocks(summaryBlocks(summary, now), width);
  const scroll = useScrollOffset(lines.length, height);
  useKeys(keys, (m) => {
    if (m.action === 'continue' || m.action === 'back') onDone();
    else scroll.apply(m.action);
  });
  return <ScrollView lines={lines} height={height} offset={scroll.offset} />;
}
