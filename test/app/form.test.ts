import { describe, expect, it } from 'vitest';
import { cycle, formAbilities, formAction, formStart, formStep, stepNumber, wholeNumber, type FormAction, type FormSpec, type FormState } from '../../src/app/form.js';

interface Value {
  size: number;
  mode: 'a' | 'b' | 'c';
  on: boolean;
  tags: string[];
}

const TAGS = ['red', 'green', 'blue'];
const SPEC: FormSpec<Value> = {
  start: true,
  defaults: { size: 10, mode: 'a', on: false, tags: [] },
  blocked: (v) => (v.size === 0 ? 'nothing to start with' : undefined),
  fields: [
    {
      id: 'size',
      label: 'Size',
      show: (v) => String(v.size),
      step: (v, d) => ({ ...v, size: stepNumber(v.size, d, { min: 0, max: 50, step: 5 }) }),
      typed: (v, text) => {
        const n = wholeNumber(text, { min: 0, max: 50 }, 'Size');
        return typeof n === 'number' ? { ...v, size: n } : n;
      },
    },
    {
      id: 'mode',
      label: 'Mode',
      show: (v) => v.mode,
      step: (v, d) => ({ ...v, mode: cycle(['a', 'b', 'c'] as const, v.mode, d) }),
      list: (v) => ({ multi: false, options: [{ label: 'a' }, { label: 'b' }, { label: 'c' }], chosen: [['a', 'b', 'c'].indexOf(v.mode)], apply: (value, [i]) => ({ ...value, mode: (['a', 'b', 'c'] as const)[i ?? 0]! }) }),
    },
    { id: 'on', label: 'On', show: (v) => (v.on ? 'On' : 'Off'), toggle: (v) => ({ ...v, on: !v.on }) },
    {
      id: 'tags',
      label: 'Tags',
      show: (v) => v.tags.join(',') || 'all',
      list: (v) => ({ multi: true, options: TAGS.map((label) => ({ label })), chosen: v.tags.map((t) => TAGS.indexOf(t)), apply: (value, chosen) => ({ ...value, tags: chosen.length === TAGS.length ? [] : chosen.map((i) => TAGS[i]!) }) }),
    },
  ],
};

const run = (...actions: FormAction[]): FormState<Value> => actions.reduce((s, a) => formStep(SPEC, s, a), formStart(SPEC, SPEC.defaults));
const down = (n: number): FormAction[] => Array.from({ length: n }, () => ({ type: 'down' }));

describe('a form of choices', () => {
  it('starts on the Start row, and enter there starts with the value shown', () => {
    expect(run({ type: 'select' })).toMatchObject({ done: 'start', value: SPEC.defaults });
  });

  it('refuses to start with a value that has nothing to start with, saying why', () => {
    const state = run(...down(1), { type: 'type', text: '0' }, { type: 'up' }, { type: 'select' });
    expect(state.done).toBeUndefined();
    expect(state.message).toBe('nothing to start with');
  });

  it('steps numbers to the next multiple within their range, and cycles choices', () => {
    expect(run(...down(1), { type: 'change', direction: 1 }).value.size).toBe(15);
    expect(run(...down(1), { type: 'type', text: '2' }, { type: 'type', text: '3' }, { type: 'change', direction: 1 }).value.size).toBe(25);
    expect(run(...down(1), { type: 'change', direction: -1 }, { type: 'change', direction: -1 }, { type: 'change', direction: -1 }).value.size).toBe(0);
    expect(run(...down(2), { type: 'change', direction: -1 }).value.mode).toBe('c');
  });

  it('takes a typed number on enter or when moving, refuses one out of range with the reason, and esc drops it', () => {
    expect(run(...down(1), { type: 'type', text: '4' }, { type: 'type', text: '2' }, { type: 'select' }).value.size).toBe(42);
    expect(run(...down(1), { type: 'type', text: '4' }, { type: 'down' }).value.size).toBe(4);
    const refused = run(...down(1), { type: 'type', text: '9' }, { type: 'type', text: '9' }, { type: 'select' });
    expect(refused.value.size).toBe(10);
    expect(refused.message).toBe('Size must be a whole number from 0 to 50');
    const dropped = run(...down(1), { type: 'type', text: '7' }, { type: 'back' });
    expect([dropped.value.size, dropped.typing, dropped.done]).toEqual([10, undefined, undefined]);
    expect(run(...down(1), { type: 'type', text: '7' }, { type: 'type', text: '3' }, { type: 'erase' }, { type: 'select' }).value.size).toBe(7);
    // A row that takes no number ignores digits.
    expect(run(...down(2), { type: 'type', text: '7' }).typing).toBeUndefined();
  });

  it('opens a list on enter: one entry is chosen with enter, esc closes it unchanged', () => {
    const open = run(...down(2), { type: 'select' });
    expect(open.picking).toMatchObject({ field: 'mode', menu: { cursor: 0 } });
    const chosen = run(...down(2), { type: 'select' }, { type: 'down' }, { type: 'down' }, { type: 'select' });
    expect([chosen.value.mode, chosen.picking]).toEqual(['c', undefined]);
    const closed = run(...down(2), { type: 'select' }, { type: 'down' }, { type: 'back' });
    expect([closed.value.mode, closed.picking, closed.done]).toEqual(['a', undefined, undefined]);
  });

  it('ticks several entries of a multi list with space, all or none with a, and takes them with enter', () => {
    expect(run(...down(4), { type: 'select' }, { type: 'toggle' }, { type: 'down' }, { type: 'down' }, { type: 'toggle' }, { type: 'select' }).value.tags).toEqual(['red', 'blue']);
    expect(run(...down(4), { type: 'select' }, { type: 'all' }, { type: 'select' }).value.tags).toEqual([]);
    expect(run(...down(4), { type: 'select' }, { type: 'toggle' }, { type: 'toggle' }, { type: 'select' }).value.tags).toEqual([]);
  });

  it('turns an on/off row with space or enter, and d goes back to the defaults where the cursor is', () => {
    expect(run(...down(3), { type: 'toggle' }).value.on).toBe(true);
    expect(run(...down(3), { type: 'select' }).value.on).toBe(true);
    const reset = run(...down(3), { type: 'toggle' }, { type: 'up' }, { type: 'change', direction: 1 }, { type: 'defaults' });
    expect(reset.value).toEqual(SPEC.defaults);
    expect(reset.menu.cursor).toBe(2);
  });

  it('says what each key can do on the row, for the keys and the footer', () => {
    expect(formAbilities(SPEC, run())).toEqual({ enter: 'start', change: false, type: false, typing: false, toggle: false });
    expect(formAbilities(SPEC, run(...down(1), { type: 'type', text: '3' }))).toMatchObject({ enter: 'set', change: true, type: true, typing: true });
    expect(formAbilities(SPEC, run(...down(4), { type: 'select' }))).toMatchObject({ enter: 'done', list: 'several', toggle: true });
    expect(formAbilities(SPEC, run(...down(2), { type: 'select' }))).toMatchObject({ enter: 'choose', list: 'one', toggle: false });
  });

  it('ignores keys once done', () => {
    const done = run({ type: 'back' });
    expect(done.done).toBe('back');
    expect(formStep(SPEC, done, { type: 'down' })).toBe(done);
  });

  it('reads the form keys', () => {
    expect(formAction('less', 'left', 5)).toEqual({ type: 'change', direction: -1 });
    expect(formAction('type', '7', 5)).toEqual({ type: 'type', text: '7' });
    expect(formAction('pageDown', 'pagedown', 5)).toEqual({ type: 'page', size: 5 });
    expect(formAction('help', '?', 5)).toBeUndefined();
  });

  it('steps decimals without drifting', () => {
    expect(stepNumber(0.9, 1, { min: 0.7, max: 0.99, step: 0.01 })).toBe(0.91);
    expect(stepNumber(0.99, 1, { min: 0.7, max: 0.99, step: 0.01 })).toBe(0.99);
    expect(stepNumber(0.7, -1, { min: 0.7, max: 0.99, step: 0.01 })).toBe(0.7);
  });
});
