import { Box } from 'ink';
import { useEffect, useState } from 'react';
import { findAttempt, openPastExams } from '../../app/past-exams.js';
import { LinesView } from '../components/Lines.js';
import { Menu } from '../components/Menu.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useServices } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useMenu } from '../hooks/useMenu.js';
import { useStore } from '../hooks/useStore.js';
import { BACK, HELP, menuKeys } from '../keys.js';
import { layoutBlocks, span } from '../layout/text.js';
import type { RouteOf } from '../routes.js';
import { ExamResults } from './ExamResults.js';

/**
 * Past mock exams, most recent first, numbered as `clf-trainer exam --history` numbers them;
 * enter opens an attempt's results (every question, the answer given, its explanation).
 */
export function PastExamsScreen({ route }: { route: RouteOf<'attempts'> }) {
  const services = useServices();
  const nav = useNav();
  const [past] = useState(() => openPastExams(services));
  const { attempts, opened, problem, loading } = useStore(past);
  const rows = attempts.map((a) => ({ label: `${String(a.number).padStart(3)}  ${a.label}`, detail: a.result, muted: !a.scored }));
  const keys = [...menuKeys(rows, { help: "open the attempt's results: every question with your answer and its explanation", hint: 'open' }), HELP, BACK];
  const menu = useMenu(rows.length);
  useEffect(() => {
    const first = route.params?.open && findAttempt(attempts, route.params.open);
    if (first) {
      menu.moveTo(first.number - 1);
      void past.open(first);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useKeys(keys, (m) => {
    if (m.action === 'back') return nav.back();
    const chosen = menu.press(m);
    if (chosen === undefined) return;
    menu.reopen();
    const attempt = attempts[chosen];
    if (attempt) void past.open(attempt);
  }, { active: !opened });

  if (opened) return <ExamResults key={opened.attempt.entry.id} result={opened.result} title={`Mock exam ${opened.attempt.number} · ${opened.attempt.label}`} onDone={past.close} />;
  const note = loading ? 'Opening…' : problem ? `⚠ ${problem}` : attempts.length === 0 ? "No mock exams yet: choose Mock exam on the home screen (or run 'clf-trainer exam --quick')." : undefined;
  return (
    <ScreenFrame title="Past mock exams" status={`${attempts.length} attempt${attempts.length === 1 ? '' : 's'}`} keys={keys}>
      {({ width, height }) => {
        const top = note ? layoutBlocks([{ spans: [span(note, problem ? { color: 'yellow' } : { dim: true })], gap: 1 }], width) : [];
        return (
          <Box flexDirection="column">
            <Box flexShrink={0} flexDirection="column">
              <LinesView lines={top} />
            </Box>
            <Menu rows={rows} cursor={menu.cursor} width={width} height={Math.max(1, height - top.length)} />
          </Box>
        );
      }}
    </ScreenFrame>
  );
}
