import type { HomeData, ScreenEntry } from '../screens/registry.js';
import { span, type Block } from './text.js';

export interface MenuItem {
  id: string;
  label: string;
  detail?: string;
}

/** Pure: the home menu from the screen registry (entries with a label), then Quit. */
export function homeMenu(screens: readonly ScreenEntry[], data: HomeData): MenuItem[] {
  const items: MenuItem[] = screens.filter((s) => s.menu).map((s) => {
    const detail = s.detail?.(data);
    return { id: s.id, label: s.menu!, ...(detail ? { detail } : {}) };
  });
  return [...items, { id: 'quit', label: 'Quit' }];
}

/** Pure: the menu as blocks. Blocks 0 and 1 are the greeting; item i is block i + 2. */
export function menuBlocks(items: readonly MenuItem[], cursor: number, data: HomeData): Block[] {
  const width = Math.max(...items.map((i) => i.label.length)) + 3;
  const greeting =
    data.due + data.newAvailable > 0
      ? `${data.due} due now and ${data.newAvailable} new today: press enter on Study to begin.`
      : 'Nothing due right now. Come back later, or take a mock exam.';
  return [
    { spans: [span(greeting)] },
    { spans: [], gap: 0 },
    ...items.map((item, i) => ({
      prefix: [span(i === cursor ? '› ' : '  ', { color: 'cyan' as const, bold: true })],
      spans: [span(item.label.padEnd(width), { bold: i === cursor, inverse: i === cursor }), ...(item.detail ? [span(item.detail, { dim: i !== cursor })] : [])],
    })),
  ];
}
