import { useMemo, useRef, useState } from 'react';
import { makeScheduler } from '../../core/srs/scheduler.js';
import { overview } from '../../core/srs/overview.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useNav, useServices } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { HOME_KEYS } from '../keys.js';
import { homeMenu, menuBlocks } from '../layout/home.js';
import { layoutIndexed } from '../layout/text.js';
import { follow } from '../layout/viewport.js';
import { SCREENS, type HomeData } from './registry.js';

/** The home menu: every screen with a menu label, with its numbers, and Quit. */
export function HomeScreen() {
  const services = useServices();
  const nav = useNav();
  const [cursor, setCursorState] = useState(0);
  // Several keys can arrive in one chunk: each must see the cursor the previous one left.
  const latest = useRef(0);
  const setCursor = (next: (c: number) => number) => {
    latest.current = next(latest.current);
    setCursorState(latest.current);
  };
  const data: HomeData = useMemo(() => {
    const now = services.now();
    const scheduler = makeScheduler({ retention: services.settings.retention });
    const counts = overview(services.questions, services.log.history(scheduler, now), services.settings, scheduler, now);
    return { services, now, ...counts };
  }, [services]);
  const items = useMemo(() => homeMenu(SCREENS, data), [data]);
  useKeys(HOME_KEYS, (m) => {
    if (m.action === 'up') setCursor((c) => (c + items.length - 1) % items.length);
    else if (m.action === 'down') setCursor((c) => (c + 1) % items.length);
    else if (m.action === 'back') nav.exit(0);
    else if (m.action === 'select') {
      const item = items[latest.current];
      if (!item || item.id === 'quit') nav.exit(0);
      else nav.push(item.id);
    }
  });
  return (
    <ScreenFrame title="clf-trainer · AWS Cloud Practitioner (CLF-C02) · API Gateway" keys={HOME_KEYS}>
      {({ width, height }) => {
        const { lines, starts } = layoutIndexed(menuBlocks(items, cursor, data), width);
        const offset = follow(0, lines.length, height, starts[cursor + 2] ?? 0, starts[cursor + 3] ?? lines.length);
        return <ScrollView lines={lines} height={height} offset={offset} />;
      }}
    </ScreenFrame>
  );
}
