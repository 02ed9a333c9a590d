import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useMemo } from 'react';
import { menuWindow, menuRowLine, type MenuRow } from '../layout/menu.js';
import type { Line } from '../layout/text.js';
import { LineView, useColor } from './Lines.js';

export type { MenuRow };

export interface MenuProps {
  rows: readonly MenuRow[];
  cursor: number;
  width: number;
  height: number;
  /** Draws entry `index` its own way (a list with columns of its own), in `width` columns. */
  line?: (index: number, selected: boolean, width: number) => Line;
}

/**
 * A list to choose from, drawn by ink-select-input in the app's style: the highlighted entry
 * marked › and shown in reverse, each entry's shortcut key before its label, details dimmed.
 *
 * It draws only: keys reach menus through the app's key bus (see menuKeys and menuStep), never
 * through ink-select-input's own input handling, which would read the terminal past the
 * too-small guard, the help overlay and the paste filter, and, like every `useInput` in
 * ink 6.8, miss the second of two keys that arrive together. So it is never focused, and it
 * is opened again on its highlighted entry whenever the cursor or the entries in view change
 * (ink-select-input moves its highlight to the first entry when its entries change, which
 * would show one entry while enter acts on another).
 */
export function Menu({ rows, cursor, width, height, line }: MenuProps) {
  const color = useColor();
  const view = menuWindow(rows.length, cursor, height);
  const visible = rows.slice(view.start, view.start + view.count);
  // Folded, not spread: a list of past exams may hold hundreds of thousands of entries.
  const labelWidth = rows.reduce((widest, row) => Math.max(widest, row.label.length), 0);
  const items = visible.map((row, i) => ({ key: String(view.start + i), label: row.label, value: view.start + i }));
  const Item = useMemo(
    () =>
      function MenuItem(props: { isSelected?: boolean; label: string }) {
        const index = (props as { value?: number }).value ?? 0;
        const row = rows[index];
        if (!row) return null;
        const selected = props.isSelected === true;
        return <LineView line={line ? line(index, selected, width - 2) : menuRowLine(row, selected, labelWidth, width - 2)} />;
      },
    [rows, labelWidth, width, line],
  );
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {view.above > 0 && <LineView line={[{ text: `↑ ${view.above} more`, dim: true }]} />}
      <SelectInput
        key={`${view.start}:${view.count}:${cursor}`}
        items={items}
        initialIndex={cursor - view.start}
        isFocused={false}
        indicatorComponent={({ isSelected }) => <Text color={color ? 'cyan' : undefined} bold>{isSelected ? '› ' : '  '}</Text>}
        itemComponent={Item}
      />
      {view.below > 0 && <LineView line={[{ text: `↓ ${view.below} more`, dim: true }]} />}
    </Box>
  );
}
