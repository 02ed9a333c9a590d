import type { FormSpec, FormState } from '../../app/form.js';
import type { MenuRow } from './menu.js';

/** Pure: the rows of a form: the Start row (if any), then each field with its value (or the number being typed). */
export function formRows<V>(spec: FormSpec<V>, state: FormState<V>, start?: { label: string; detail?: string }): MenuRow[] {
  const offset = spec.start ? 1 : 0;
  const fields = spec.fields.map((field, i): MenuRow => {
    const typing = state.typing !== undefined && state.menu.cursor === i + offset;
    const detail = typing ? 'enter takes it, esc drops it' : field.detail?.(state.value);
    return { label: field.label, value: typing ? `${state.typing}▌` : field.show(state.value), ...(detail ? { detail } : {}) };
  });
  return spec.start && start ? [{ label: `▶ ${start.label}`, ...(start.detail ? { detail: start.detail } : {}) }, ...fields] : fields;
}

/** Pure: the entries of the open list, each marked ticked [x] or chosen (•). */
export function pickerRows<V>(spec: FormSpec<V>, state: FormState<V>): MenuRow[] {
  const picking = state.picking;
  const list = picking && spec.fields.find((f) => f.id === picking.field)?.list?.(state.value);
  if (!picking || !list) return [];
  return list.options.map((option, i) => {
    const mark = list.multi ? (picking.chosen.includes(i) ? '[x] ' : '[ ] ') : list.chosen.includes(i) ? '(•) ' : '( ) ';
    return { label: `${mark}${option.label}`, ...(option.detail ? { detail: option.detail } : {}) };
  });
}

/** Pure: the sentence above an open list. */
export function pickerIntro<V>(spec: FormSpec<V>, state: FormState<V>): string {
  const field = spec.fields.find((f) => f.id === state.picking?.field);
  const list = field?.list?.(state.value);
  if (!field || !list) return '';
  return list.multi
    ? `${field.label}: tick the ones you want with space (none ticked: all of them), then enter.`
    : `${field.label}: choose one with enter.`;
}
