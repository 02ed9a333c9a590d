import { useMemo, useState } from 'react';
import { readStats } from '../../app/stats.js';
import type { StatsReport } from '../../core/stats/report.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useNav, useServices } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { BACK, HELP, SCROLL } from '../keys.js';
import { statsLines } from '../layout/stats.js';

export const STATS_KEYS = [...SCROLL, HELP, BACK] as const;

/** Progress at a glance: readiness, topics, forecast, activity, mock exams, leeches. */
export function StatsScreen() {
  const services = useServices();
  const nav = useNav();
  const [report] = useState(() => readStats(services, services.clock.wall()));
  const { seen, questions, reviews, dueToday } = report.totals;
  const status = `${seen}/${questions} seen · ${reviews} review${reviews === 1 ? '' : 's'} · ${dueToday} due today`;
  return (
    <ScreenFrame title="Stats" status={status} keys={STATS_KEYS}>
      {({ width, height }) => <StatsBody report={report} width={width} height={height} onBack={() => nav.back()} />}
    </ScreenFrame>
  );
}

function StatsBody({ report, width, height, onBack }: { report: StatsReport; width: number; height: number; onBack: () => void }) {
  const lines = useMemo(() => statsLines(report, width), [report, width]);
  const scroll = useScrollOffset(lines.length, height);
  useKeys(STATS_KEYS, (m) => {
    if (m.action === 'back') onBack();
    else scroll.apply(m.action);
  });
  return <ScrollView lines={lines} height={height} offset={scroll.offset} />;
}
