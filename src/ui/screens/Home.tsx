import { Box } from 'ink';
import { useState } from 'react';
import { readHome } from '../../app/home.js';
import { LinesView } from '../components/Lines.js';
import { Menu } from '../components/Menu.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useServices } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useMenu } from '../hooks/useMenu.js';
import { HELP, menuKeys, QUIT } from '../keys.js';
import { greetingBlocks, homeMenu } from '../layout/home.js';
import { layoutBlocks } from '../layout/text.js';
import { MENU } from './registry.js';

/** The home menu: every screen with a menu label, with its numbers and shortcut key, and Quit. */
export function HomeScreen() {
  const services = useServices();
  const nav = useNav();
  const [{ numbers, items, keys }] = useState(() => {
    const numbers = readHome(services);
    const items = homeMenu(MENU, numbers);
    return { numbers, items, keys: [...menuKeys(items), HELP, QUIT] };
  });
  const menu = useMenu(items.length);
  useKeys(keys, (m) => {
    if (m.action === 'back') return nav.exit(0);
    const chosen = menu.press(m);
    if (chosen === undefined) return;
    const route = items[chosen]?.route;
    if (route) nav.push(route);
    else nav.exit(0);
  });
  return (
    <ScreenFrame title="clf-trainer · AWS Cloud Practitioner (CLF-C02) · API Gateway" keys={keys}>
      {({ width, height }) => {
        const greeting = layoutBlocks(greetingBlocks(numbers), width);
        // The greeting gives way when it would push entries out of sight that fit without it.
        const fits = (lines: number) => height - lines >= items.length;
        const shown = fits(greeting.length) || (!fits(0) && height - greeting.length >= 4) ? greeting : [];
        return (
          <Box flexDirection="column">
            <Box flexShrink={0} flexDirection="column">
              <LinesView lines={shown} />
            </Box>
            <Menu rows={items} cursor={menu.cursor} width={width} height={height - shown.length} />
          </Box>
        );
      }}
    </ScreenFrame>
  );
}
