import { keyLabel, type Binding } from '../keys.js';
import { layoutBlocks, span, type Block } from '../layout/text.js';
import { ScrollView } from './ScrollView.js';

/** Pure: the help overlay's content for a binding list. */
export function helpBlocks(bindings: readonly Binding[], title = 'Keys on this screen'): Block[] {
  const labelled = bindings.map((b) => ({ label: keyLabel(b.keys), help: b.help }));
  const width = Math.max(...labelled.map((b) => b.label.length), 5) + 2;
  const seen = new Set<string>();
  const rows: Block[] = [];
  for (const b of labelled) {
    const key = `${b.label}|${b.help}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ prefix: [span(b.label.padEnd(width), { bold: true })], spans: [span(b.help)], indent: 2 });
  }
  return [
    { spans: [span(title, { bold: true, underline: true })], gap: 1 },
    ...rows,
    { spans: [], gap: 0 },
    { spans: [span('Ctrl+C leaves the program at any time; every answer is already saved. Ctrl+Z pauses it (fg brings it back).', { dim: true })] },
    { spans: [span('Press ? or esc to close this help.', { dim: true })] },
  ];
}

export interface HelpOverlayProps {
  bindings: readonly Binding[];
  width: number;
  height: number;
  title?: string;
}

/** The `?` overlay: every key of the current screen, drawn in place of the screen's body. */
export function HelpOverlay({ bindings, width, height, title }: HelpOverlayProps) {
  return <ScrollView lines={layoutBlocks(helpBlocks(bindings, title), width)} height={height} offset={0} />;
}
