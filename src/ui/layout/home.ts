import type { HomeNumbers } from '../../app/home.js';
import { outlookText } from '../../core/srs/overview.js';
import type { Route } from '../routes.js';
import type { MenuEntry } from '../screens/registry.js';
import type { MenuRow } from './menu.js';
import { span, type Block } from './text.js';

export interface MenuItem extends MenuRow {
  /** The screen it opens; none for Quit. */
  route?: Route;
}

/** Pure: the home menu's entries with their numbers and shortcut keys, then Quit. */
export function homeMenu(entries: readonly MenuEntry[], numbers: HomeNumbers): MenuItem[] {
  const items: MenuItem[] = entries.map(({ route, label, detail, shortcut }) => {
    const text = detail?.(numbers);
    return { route, label, shortcut, ...(text ? { detail: text } : {}) };
  });
  return [...items, { label: 'Quit', shortcut: 'q' }];
}

/** Pure: the greeting above the menu. */
export function greetingBlocks(numbers: HomeNumbers): Block[] {
  return [{ spans: [span(outlookText(numbers, numbers.now))], gap: 1 }];
}
