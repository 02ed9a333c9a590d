import { menuAction, menuAt, menuStep, type MenuAction, type MenuState } from './menu.js';

/**
 * A screen of choices, pure: the study and exam setup screens and the settings screen. Each row
 * is a field of one value `V` (the whole choice), changed in place (← →, a number typed, space)
 * or through a list opened with enter (one entry, or several for topics). A setup screen puts a
 * Start row first, so enter at once starts with what is shown.
 */

/** One entry of a field's list. */
export interface FieldOption {
  label: string;
  detail?: string;
}

/** A field's list, opened with enter: pick one entry, or toggle several (`multi`). */
export interface FieldList<V> {
  multi: boolean;
  options: readonly FieldOption[];
  /** The entries the value has now (for one: the entry the list opens on). */
  chosen: readonly number[];
  /** The value with these entries chosen (multi: none chosen means "all", as the field says). */
  apply(value: V, chosen: readonly number[]): V;
}

export interface Field<V> {
  id: string;
  label: string;
  /** The value as the row shows it. */
  show(value: V): string;
  /** A dim note beside the value. */
  detail?(value: V): string | undefined;
  /** ← →: the value one step down or up, or the previous or next choice. */
  step?(value: V, direction: -1 | 1): V;
  /** A number typed on the row: the value it gives, or why it cannot be taken. */
  typed?(value: V, text: string): V | { error: string };
  /** Space: turns it on or off. */
  toggle?(value: V): V;
  /** Enter: a list to choose from. */
  list?(value: V): FieldList<V>;
}

export interface FormState<V> {
  value: V;
  /** The rows: the Start row (when the form has one) is row 0. */
  menu: MenuState;
  /** Digits typed on the current row, not yet taken. */
  typing?: string;
  /** The list open for a field. */
  picking?: { field: string; menu: MenuState; chosen: readonly number[] };
  /** One line for the footer: what the last key did, or why it could not. */
  message?: string;
  /** The learner is done: start with the value, or go back. */
  done?: 'start' | 'back';
}

export type FormAction =
  | MenuAction
  | { type: 'change'; direction: -1 | 1 }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'toggle' }
  | { type: 'all' }
  | { type: 'defaults' }
  | { type: 'back' };

export interface FormSpec<V> {
  fields: readonly Field<V>[];
  /** Whether row 0 is a Start row (setup screens), or every row is a field (settings). */
  start: boolean;
  defaults: V;
  /** Why the Start row cannot start with this value (nothing to draw from), if it cannot. */
  blocked?(value: V): string | undefined;
}

export function formStart<V>(spec: FormSpec<V>, value: V): FormState<V> {
  return { value, menu: menuAt(0, rows(spec)) };
}

const rows = (spec: FormSpec<unknown>) => spec.fields.length + (spec.start ? 1 : 0);

/** The field on the row the cursor is on (none on the Start row). */
export function currentField<V>(spec: FormSpec<V>, state: FormState<V>): Field<V> | undefined {
  return spec.fields[state.menu.cursor - (spec.start ? 1 : 0)];
}

const isError = (value: unknown): value is { error: string } => typeof value === 'object' && value !== null && 'error' in value && Object.keys(value).length === 1;

/** Takes what was typed on the current row: the new value, or the row as it was with the reason. */
function commitTyping<V>(spec: FormSpec<V>, state: FormState<V>): FormState<V> {
  const { typing, ...rest } = state;
  const field = currentField(spec, state);
  if (typing === undefined || !field?.typed) return rest;
  const value = field.typed(state.value, typing);
  return isError(value) ? { ...rest, message: value.error } : { ...rest, value };
}

export function formStep<V>(spec: FormSpec<V>, state: FormState<V>, action: FormAction): FormState<V> {
  if (state.done) return state;
  if (state.picking) return pickStep(spec, state, action);
  const field = currentField(spec, state);
  const { message: _, ...quiet } = state;
  switch (action.type) {
    case 'type': {
      if (!field?.typed || !/^[0-9.]$/.test(action.text)) return state;
      return { ...quiet, typing: `${state.typing ?? ''}${action.text}`.slice(0, 8) };
    }
    case 'erase': {
      const typed = state.typing;
      if (typed === undefined) return state;
      const { typing: _typing, ...rest } = quiet;
      return typed.length > 1 ? { ...rest, typing: typed.slice(0, -1) } : rest;
    }
    case 'back': {
      // Esc while typing drops what was typed; otherwise the learner leaves.
      if (state.typing !== undefined) {
        const { typing: _typing, ...rest } = quiet;
        return rest;
      }
      return { ...quiet, done: 'back' };
    }
    case 'change': {
      const taken = commitTyping(spec, quiet);
      return field?.step ? { ...taken, value: field.step(taken.value, action.direction) } : taken;
    }
    case 'toggle': {
      const taken = commitTyping(spec, quiet);
      return field?.toggle ? { ...taken, value: field.toggle(taken.value) } : taken;
    }
    case 'defaults':
      return { ...formStart(spec, spec.defaults), menu: state.menu, message: 'Back to the defaults.' };
    case 'all':
      return state;
    case 'select': {
      if (state.typing !== undefined) return commitTyping(spec, quiet);
      if (!field) {
        if (!spec.start) return quiet;
        const blocked = spec.blocked?.(state.value);
        return blocked ? { ...quiet, message: blocked } : { ...quiet, done: 'start' };
      }
      if (field.list) {
        const list = field.list(state.value);
        return { ...quiet, picking: { field: field.id, menu: menuAt(list.chosen[0] ?? 0, list.options.length), chosen: list.chosen } };
      }
      if (field.toggle) return { ...quiet, value: field.toggle(state.value) };
      return quiet;
    }
    default: {
      // Moving takes what was typed first.
      const taken = commitTyping(spec, quiet);
      return { ...taken, menu: menuStep(taken.menu, action, rows(spec)) };
    }
  }
}

/** A field's list is open: move, toggle (multi), choose; esc closes it unchanged. */
function pickStep<V>(spec: FormSpec<V>, state: FormState<V>, action: FormAction): FormState<V> {
  const picking = state.picking!;
  const field = spec.fields.find((f) => f.id === picking.field);
  const list = field?.list?.(state.value);
  const { picking: _, ...closed } = state;
  if (!list) return closed;
  const count = list.options.length;
  const toggled = (index: number) => (picking.chosen.includes(index) ? picking.chosen.filter((i) => i !== index) : [...picking.chosen, index].sort((a, b) => a - b));
  switch (action.type) {
    case 'back':
      return closed;
    case 'toggle':
      return list.multi ? { ...state, picking: { ...picking, chosen: toggled(picking.menu.cursor) } } : state;
    case 'all':
      return list.multi ? { ...state, picking: { ...picking, chosen: picking.chosen.length === count ? [] : list.options.map((_, i) => i) } } : state;
    case 'select':
      return { ...closed, value: list.apply(state.value, list.multi ? picking.chosen : [picking.menu.cursor]) };
    case 'up':
    case 'down':
    case 'first':
    case 'last':
    case 'page':
      return { ...state, picking: { ...picking, menu: menuStep(picking.menu, action, count) } };
    default:
      return state;
  }
}

/** What the keys of a form can do at this moment: the screen's keys and footer follow it. */
export interface FormAbilities {
  /** What enter does on this row, if anything. */
  enter?: 'start' | 'choose' | 'done' | 'set' | 'toggle';
  /** A list is open, to choose one entry or tick several. */
  list?: 'one' | 'several';
  /** ← → change the value. */
  change: boolean;
  /** Digits type a number. */
  type: boolean;
  /** A number is being typed (backspace erases, esc drops it). */
  typing: boolean;
  /** Space turns the value on or off (or ticks the entry, in a list). */
  toggle: boolean;
}

export function formAbilities<V>(spec: FormSpec<V>, state: FormState<V>): FormAbilities {
  if (state.picking) {
    const multi = spec.fields.find((f) => f.id === state.picking!.field)?.list?.(state.value).multi === true;
    return { enter: multi ? 'done' : 'choose', list: multi ? 'several' : 'one', change: false, type: false, typing: false, toggle: multi };
  }
  const field = currentField(spec, state);
  const typing = state.typing !== undefined;
  const enter = typing ? 'set' : !field ? (spec.start ? 'start' : undefined) : field.list ? 'choose' : field.toggle ? 'toggle' : undefined;
  return { ...(enter ? { enter } : {}), change: !!field?.step, type: !!field?.typed, typing, toggle: !!field?.toggle };
}

/** A key's action name (see formKeys in ui/keys.ts) as a form action; `page` is how many rows a page moves. */
export function formAction(name: string, key: string, page: number): FormAction | undefined {
  switch (name) {
    case 'toggle':
    case 'all':
    case 'defaults':
    case 'back':
    case 'erase':
      return { type: name };
    case 'less':
      return { type: 'change', direction: -1 };
    case 'more':
      return { type: 'change', direction: 1 };
    case 'type':
      return { type: 'type', text: key };
    default:
      return menuAction(name, undefined, page);
  }
}

// ── building blocks for fields ────────────────────────────────────────────────

/** A number moved by `step` within min–max (at a step's multiple, so 23 moves to 25, then 30). */
export function stepNumber(value: number, direction: -1 | 1, range: { min: number; max: number; step: number }): number {
  const { min, max, step } = range;
  const scale = 1 / step;
  const units = Math.round(value * scale * 1000) / 1000;
  const next = direction > 0 ? Math.floor(units + 1e-9) + 1 : Math.ceil(units - 1e-9) - 1;
  return Math.max(min, Math.min(max, Math.round(next) / scale));
}

/** The choice before or after `value` in `choices`, wrapping. */
export function cycle<T>(choices: readonly T[], value: T, direction: -1 | 1): T {
  const at = choices.indexOf(value);
  return choices[(at + direction + choices.length) % choices.length]!;
}

/** A whole number typed for a field, within min–max. */
export function wholeNumber(text: string, range: { min: number; max: number }, what: string): number | { error: string } {
  const n = Number(text);
  return /^\d+$/.test(text) && n >= range.min && n <= range.max ? n : { error: `${what} must be a whole number from ${range.min} to ${range.max}` };
}
