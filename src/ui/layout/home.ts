import type { HomeNumbers } from '../../app/home.js';
import { outlookText } from '../../core/srs/overview.js';
import type { Route } from '../routes.js';
import type { MenuEntry } from '../screens/registry.js';
import { span, type Block } from './text.js';

export interface MenuItem {
  /** The screen it opens; none for Quit. */
  route?: Route;
  label: string;
  detail?: string;
}

/** Pure: the home menu's entries with their numbers, then Quit. */
export function homeMenu(entries: readonly MenuEntry[], numbers: HomeNumbers): MenuItem[] {
  const items: MenuItem[] = entries.map(({ route, label, detail }) => {
    const text = detail?.(numbers);
    return { route, label, ...(text ? { detail: text } : {}) };
  });
  return [...items, { label: 'Quit' }];
}

/** Pure: the menu as blocks. Blocks 0 and 1 are the greeting; item i is block i + 2. */
export function menuBlocks(items: readonly MenuItem[], cursor: number, numbers: HomeNumbers): Block[] {
  const width = Math.max(...items.map((i) => i.label.length)) + 3;
  const greeting = outlookText(numbers, numbers.now);
  return [
    { spans: [span(greeting)] },
    { spans: [], gap: 0 },
    ...items.map((item, i) => ({
      prefix: [span(i === cursor ? '› ' : '  ', { color: 'cyan' as const, bold: true })],
      spans: [span(item.label.padEnd(width), { bold: i === cursor, inverse: i === cursor }), ...(item.detail ? [span(item.detail, { dim: i !== cursor })] : [])],
    })),
  ];
}
