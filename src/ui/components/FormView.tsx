import { Box } from 'ink';
import type { FormSpec, FormState } from '../../app/form.js';
import { formRows, pickerIntro, pickerRows } from '../layout/form.js';
import { layoutBlocks, span } from '../layout/text.js';
import { LinesView } from './Lines.js';
import { Menu } from './Menu.js';

export interface FormViewProps<V> {
  spec: FormSpec<V>;
  state: FormState<V>;
  /** The Start row (setup screens): its label and what starting gives. */
  start?: { label: string; detail?: string };
  /** A sentence above the rows. */
  intro?: string;
  width: number;
  height: number;
}

/**
 * A screen of choices as drawn: a sentence, the rows (label, value, a dim note) in a menu, and
 * the last message under them; or, while a field's list is open, that list.
 */
export function FormView<V>({ spec, state, start, intro, width, height }: FormViewProps<V>) {
  const picking = state.picking;
  const top = layoutBlocks(picking ? [{ spans: [span(pickerIntro(spec, state), { dim: true })], gap: 1 }] : intro ? [{ spans: [span(intro, { dim: true })], gap: 1 }] : [], width);
  const bottom = state.message ? layoutBlocks([{ spans: [span(state.message, { color: 'yellow' })] }], width) : [];
  // The sentence goes when the window is too short for it and the rows.
  const room = height - bottom.length;
  const shownTop = room - top.length >= Math.min(4, spec.fields.length + 1) ? top : [];
  const rows = picking ? pickerRows(spec, state) : formRows(spec, state, start);
  const cursor = picking ? picking.menu.cursor : state.menu.cursor;
  return (
    <Box flexDirection="column">
      <Box flexShrink={0} flexDirection="column">
        <LinesView lines={shownTop} />
      </Box>
      <Menu rows={rows} cursor={cursor} width={width} height={Math.max(1, Math.min(rows.length, room - shownTop.length))} />
      <Box flexShrink={0} flexDirection="column">
        <LinesView lines={bottom} />
      </Box>
    </Box>
  );
}
