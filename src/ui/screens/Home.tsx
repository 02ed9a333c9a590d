import { useState } from 'react';
import { homeStep, readHome, type HomeAction, type HomeState } from '../../app/home.js';
import { reducerStore } from '../../app/store.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useNav, useServices } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useStore } from '../hooks/useStore.js';
import { HOME_KEYS } from '../keys.js';
import { homeMenu, menuBlocks } from '../layout/home.js';
import { layoutIndexed } from '../layout/text.js';
import { follow } from '../layout/viewport.js';
import { MENU } from './registry.js';

/** The home menu: every screen with a menu label, with its numbers, and Quit. */
export function HomeScreen() {
  const services = useServices();
  const nav = useNav();
  const [{ numbers, items, cursor }] = useState(() => {
    const numbers = readHome(services);
    const items = homeMenu(MENU, numbers);
    return { numbers, items, cursor: reducerStore<HomeState, HomeAction>((state, action) => homeStep(state, action, items.length), { cursor: 0 }) };
  });
  const { cursor: at } = useStore(cursor);
  useKeys(HOME_KEYS, (m) => {
    if (m.action === 'back') return nav.exit(0);
    if (m.action === 'help') return;
    const { opened } = cursor.dispatch({ type: m.action });
    if (opened === undefined) return;
    const route = items[opened]?.route;
    if (route) nav.push(route);
    else nav.exit(0);
  });
  return (
    <ScreenFrame title="clf-trainer · AWS Cloud Practitioner (CLF-C02) · API Gateway" keys={HOME_KEYS}>
      {({ width, height }) => {
        const { lines, starts } = layoutIndexed(menuBlocks(items, at, numbers), width);
        const offset = follow(0, lines.length, height, starts[at + 2] ?? 0, starts[at + 3] ?? lines.length);
        return <ScrollView lines={lines} height={height} offset={offset} />;
      }}
    </ScreenFrame>
  );
}
