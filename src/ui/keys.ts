/**
 * Key bindings as data. A screen picks a list of bindings for what it can do at that moment; the
 * same list drives its key handling, its footer and its `?` help overlay, and every label is
 * written from the binding's own keys, so they can never disagree. Pure: no Ink import.
 */

import type { FormAbilities } from '../app/form.js';

export interface Binding<A extends string = string> {
  action: A;
  /** Key names (see input/decode.ts): 'up', 'enter', 'escape', 'space', 'pageup', 'ctrl+u', 'k', '?', … */
  keys: readonly string[];
  /** What the action does, in the help overlay. */
  help: string;
  /**
   * The footer's word for it ("submit"); the footer writes the keys before it ("enter submit").
   * Bindings next to each other with the same word share one entry ("↑↓ move", "1–4 rate").
   * No word: help only.
   */
  hint?: string;
  /** A footer entry that goes first when the footer is too narrow (moving and scrolling: every screen has them). */
  minor?: true;
  /**
   * Shorter words for a narrow footer, tried in turn before any entry is dropped: the rating keys
   * go from "1 Again 10m" to "1 10m", then share "1–4 rate".
   */
  narrow?: readonly string[];
  /** A number the action carries, e.g. the rating of a rating key. */
  value?: number;
  /** Option keys: the match carries the option the key names (a or 1 → 0). */
  options?: true;
}

export interface KeyMatch<A extends string = string> {
  action: A;
  /** The binding's value, or for option keys the option's display position (0-based). */
  value?: number;
  name: string;
}

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

/** The option a key names: '1' or 'a' → 0, '6' or 'f' → 5. */
export function optionIndex(name: string): number | undefined {
  if (/^[1-8]$/.test(name)) return Number(name) - 1;
  if (/^[a-h]$/i.test(name)) return name.toLowerCase().charCodeAt(0) - 97;
  return undefined;
}

/**
 * Keys that pick one of `count` options: its letters (up to `lastLetter`, when a later letter
 * is a command key on that screen) and its digits.
 */
export function optionKeys(count: number, lastLetter = 'h'): string[] {
  const letters = Math.min(count, lastLetter.charCodeAt(0) - 96);
  return [...Array.from({ length: letters }, (_, i) => String.fromCharCode(97 + i)), ...Array.from({ length: count }, (_, i) => String(i + 1))];
}

/** Finds the binding for a key name. Shift does not change a letter's meaning. */
export function matchKey<A extends string>(bindings: readonly Binding<A>[], name: string): KeyMatch<A> | undefined {
  const lower = name.length === 1 ? name.toLowerCase() : name;
  for (const binding of bindings) {
    if (!binding.keys.includes(name) && !binding.keys.includes(lower)) continue;
    const value = binding.options ? optionIndex(lower) : binding.value;
    return { action: binding.action, name, ...(value === undefined ? {} : { value }) };
  }
  return undefined;
}

// ── labels, written from the keys ─────────────────────────────────────────────

const GLYPHS: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  enter: 'enter',
  escape: 'esc',
  space: 'space',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  tab: 'tab',
  backspace: 'backspace',
};
const ARROWS = new Set(['up', 'down', 'left', 'right']);

const glyph = (name: string) => GLYPHS[name] ?? name;
const rangeClass = (name: string) => (/^[0-9]$/.test(name) ? 'digit' : /^[a-z]$/.test(name) ? 'letter' : undefined);

/** Keys in runs: consecutive digits or letters (1 2 3 4, a b c) form one run, any other key is a run of its own. */
function runs(keys: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const key of keys) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && rangeClass(key) && rangeClass(key) === rangeClass(last) && key.charCodeAt(0) === last.charCodeAt(0) + 1) run.push(key);
    else out.push([key]);
  }
  return out;
}

const runLabel = (run: readonly string[]) => (run.length > 2 ? `${run[0]}–${run[run.length - 1]}` : run.map(glyph).join(' '));

/** How keys are written in help: "↑ / k", "1–8 / a–h", "q / esc". */
export function keyLabel(keys: readonly string[]): string {
  return runs(keys).map(runLabel).join(' / ');
}

/** The keys a footer entry shows for bindings sharing a word: the first keys of each ("↑↓", "1–4", "q"). */
function footerKeys(group: readonly Binding[]): string {
  const first = group.flatMap((b) => runs(b.keys)[0] ?? []);
  if (first.every((name) => ARROWS.has(name))) return first.map(glyph).join('');
  return runs(first).map(runLabel).join(' ');
}

interface FooterEntry {
  text: string;
  minor: boolean;
}

/** A binding's footer word at a narrowing level (0: its hint; then its narrow words, the last one kept). */
function wordAt(binding: Binding, level: number): string | undefined {
  if (!binding.hint || level === 0 || !binding.narrow?.length) return binding.hint;
  return binding.narrow[Math.min(level, binding.narrow.length) - 1];
}

function entriesOf(bindings: readonly Binding[], level = 0): FooterEntry[] {
  const entries: FooterEntry[] = [];
  let group: Binding[] = [];
  const flush = () => {
    const word = group[0] && wordAt(group[0], level);
    const text = word ? `${footerKeys(group)} ${word}` : undefined;
    if (text && !entries.some((e) => e.text === text)) entries.push({ text, minor: group[0]!.minor === true });
    group = [];
  };
  for (const binding of bindings) {
    if (!binding.hint) continue;
    if (group.length && wordAt(group[0]!, level) !== wordAt(binding, level)) flush();
    group.push(binding);
  }
  flush();
  return entries;
}

/** The footer's entries: one per run of bindings sharing a word, each "keys word". */
export function footerEntries(bindings: readonly Binding[]): string[] {
  return entriesOf(bindings).map((e) => e.text);
}

/**
 * Footer text: the entries, joined. When `width` is given and they do not fit, the minor ones
 * (moving, scrolling) go first, then the entries before the last two (help and back, by
 * convention), from the end.
 */
export function hints(bindings: readonly Binding[], width = Infinity): string {
  const levels = Math.max(0, ...bindings.map((b) => b.narrow?.length ?? 0));
  let list: FooterEntry[] = [];
  const text = () => list.map((e) => e.text).join(' · ');
  for (let level = 0; level <= levels; level++) {
    list = entriesOf(bindings, level);
    for (let i = list.length - 1; i >= 0 && text().length > width; i--) if (list[i]!.minor) list.splice(i, 1);
    if (text().length <= width) return text();
  }
  while (text().length > width && list.length > 2) list.splice(list.length - 3, 1);
  return text();
}

/** A screen's keys with `extra` added before help and back (which end every footer). */
export function beforeHelp(keys: readonly Binding[], extra: readonly Binding[]): readonly Binding[] {
  const at = keys.findIndex((b) => b.action === 'help');
  return at < 0 ? [...keys, ...extra] : [...keys.slice(0, at), ...extra, ...keys.slice(at)];
}

// ── building blocks shared by every screen ────────────────────────────────────

export const MOVE: Binding<'up' | 'down'>[] = [
  { action: 'up', keys: ['up', 'k'], help: 'move up', hint: 'move', minor: true },
  { action: 'down', keys: ['down', 'j'], help: 'move down', hint: 'move', minor: true },
];
/** Option keys for a question of `count` options. */
export function pickKeys(count: number, lastLetter = 'h'): Binding<'pick'> {
  return { action: 'pick', keys: optionKeys(count, lastLetter), options: true, help: 'choose that option (on "Choose TWO" it toggles)', hint: 'pick' };
}
export const TOGGLE: Binding<'toggle'> = { action: 'toggle', keys: ['space'], help: 'choose the highlighted option (on "Choose TWO" it toggles)', hint: 'choose' };
export const SUBMIT: Binding<'submit'> = { action: 'submit', keys: ['enter'], help: 'submit your answer', hint: 'submit' };
export const CONTINUE: Binding<'continue'> = { action: 'continue', keys: ['enter'], help: 'continue', hint: 'continue' };
export const UNDO: Binding<'undo'> = { action: 'undo', keys: ['u'], help: 'undo your last answer (it is removed from your progress)', hint: 'undo' };
export const HELP: Binding<'help'> = { action: 'help', keys: ['?'], help: 'show or hide this help', hint: 'help' };
export const BACK: Binding<'back'> = { action: 'back', keys: ['q', 'escape'], help: 'go back (your answers are already saved)', hint: 'back' };
export const QUIT: Binding<'back'> = { ...BACK, help: 'quit', hint: 'quit' };
export const SCROLL: Binding<'scrollUp' | 'scrollDown' | 'pageUp' | 'pageDown' | 'top' | 'bottom'>[] = [
  { action: 'scrollUp', keys: ['up', 'k'], help: 'scroll up', hint: 'scroll', minor: true },
  { action: 'scrollDown', keys: ['down', 'j'], help: 'scroll down', hint: 'scroll', minor: true },
  { action: 'pageUp', keys: ['pageup'], help: 'scroll up a page' },
  { action: 'pageDown', keys: ['pagedown', 'space'], help: 'scroll down a page' },
  { action: 'top', keys: ['home'], help: 'scroll to the top' },
  { action: 'bottom', keys: ['end'], help: 'scroll to the end' },
];
/** Paging keys for screens where ↑↓ move a cursor and space chooses: the page keys alone. */
export const PAGE = SCROLL.filter((b) => b.action === 'pageUp' || b.action === 'pageDown' || b.action === 'top' || b.action === 'bottom').map((b) =>
  b.action === 'pageDown' ? { ...b, keys: ['pagedown'] } : b,
);
/**
 * The rating keys: each carries its rating (1 Again, 2 Hard, 3 Good, 4 Easy) and, as on Anki's
 * buttons, says when the question would come back with it: "1 Again 10m".
 */
export function rateKeys(choices: readonly { rating: number; name: string; interval: string }[]): Binding<'rate'>[] {
  return choices.map((c) => ({
    action: 'rate',
    keys: [String(c.rating)],
    value: c.rating,
    help: `change the rating to ${c.name} (comes back in ${c.interval})`,
    hint: `${c.name} ${c.interval}`,
    narrow: [c.interval, 'rate'],
  }));
}

// ── the screens of study and review ───────────────────────────────────────────

/** An entry of a menu as its keys see it: its label, and the key that picks it at once. */
export interface MenuEntryKeys {
  label: string;
  shortcut?: string;
}

/**
 * A menu's keys: move, page, first and last, enter to choose (`choose` says what that does), and
 * each entry's shortcut key, which moves to it and chooses it (help only: the menu shows them).
 */
export function menuKeys(entries: readonly MenuEntryKeys[], choose: { help: string; hint: string; keys?: readonly string[] } = { help: 'open the highlighted entry', hint: 'open' }): Binding[] {
  return [
    ...MOVE,
    { action: 'select', keys: choose.keys ?? ['enter'], help: choose.help, hint: choose.hint },
    { action: 'pageUp', keys: ['pageup'], help: 'up a page' },
    { action: 'pageDown', keys: ['pagedown'], help: 'down a page' },
    { action: 'first', keys: ['home'], help: 'the first entry' },
    { action: 'last', keys: ['end'], help: 'the last entry' },
    ...entries.flatMap((entry, i) => (entry.shortcut ? [{ action: 'jump', keys: [entry.shortcut], value: i, help: entry.label }] : [])),
  ];
}

const ENTER_HELP = {
  start: 'start with the choices shown',
  choose: 'open the list of choices (in a list: choose the highlighted one)',
  done: 'done: take the ticked entries (none ticked: all of them)',
  set: 'take the number typed',
  toggle: 'turn it on or off',
} as const;

/**
 * The keys of a screen of choices: move, change the highlighted value (← →, a number typed,
 * space), enter (start, or open the list of choices), `d` back to the defaults (setup screens).
 * In an open list: move, tick (space, `a` all or none), enter, esc closes it unchanged.
 */
export function formKeys(can: FormAbilities, options: { defaults: boolean }): readonly Binding[] {
  // On an on/off row space says it already: enter does the same, in the help only.
  const enter = can.enter ? [{ action: 'select', keys: ['enter'], help: ENTER_HELP[can.enter], ...(can.enter === 'toggle' ? {} : { hint: can.enter }) }] : [];
  const page = [
    { action: 'pageUp', keys: ['pageup'], help: 'up a page' },
    { action: 'pageDown', keys: ['pagedown'], help: 'down a page' },
    { action: 'first', keys: ['home'], help: 'the first entry' },
    { action: 'last', keys: ['end'], help: 'the last entry' },
  ];
  if (can.list) {
    return [
      ...MOVE,
      ...(can.list === 'several'
        ? [
            { action: 'toggle', keys: ['space'], help: 'tick or untick the highlighted entry', hint: 'tick' },
            { action: 'all', keys: ['a'], help: 'tick every entry, or none', hint: 'all/none' },
          ]
        : []),
      ...enter,
      ...page,
      HELP,
      { action: 'back', keys: ['escape', 'q'], help: 'close the list, changing nothing', hint: 'cancel' },
    ];
  }
  // Enter first: a narrow footer drops entries from its end, before help and back.
  return [
    ...MOVE,
    ...enter,
    ...(can.change ? [{ action: 'less', keys: ['left', '-'], help: 'less, or the previous choice', hint: 'change' }, { action: 'more', keys: ['right', '+'], help: 'more, or the next choice', hint: 'change' }] : []),
    ...(can.type ? [{ action: 'type', keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'], help: 'type a number (enter or moving takes it)', hint: 'type' }] : []),
    ...(can.typing ? [{ action: 'erase', keys: ['backspace'], help: 'erase the last digit typed' }] : []),
    ...(can.toggle ? [{ action: 'toggle', keys: ['space'], help: 'turn it on or off', hint: 'on/off' }] : []),
    ...(options.defaults ? [{ action: 'defaults', keys: ['d'], help: 'back to the defaults', hint: 'defaults' }] : []),
    ...page,
    HELP,
    can.typing ? { action: 'back', keys: ['escape'], help: 'drop the number typed', hint: 'undo typing' } : BACK,
  ];
}

/** A study or review question with `options` options; undo only once there is an answer to take back. */
export function questionKeys(options: number, canUndo: boolean): readonly Binding[] {
  return [...MOVE, pickKeys(options), TOGGLE, SUBMIT, ...PAGE, ...(canUndo ? [UNDO] : []), HELP, BACK];
}
/** The explanation of an answer, with what each rating would give (see rateKeys). */
export function explanationKeys(ratings: readonly { rating: number; name: string; interval: string }[]): readonly Binding[] {
  return [CONTINUE, ...SCROLL, ...rateKeys(ratings), UNDO, HELP, BACK];
}
/** The end of a study or review run: enter (or q) goes back home, or quits when the run was opened from the shell. */
export function sessionSummaryKeys(to: 'home' | 'quit'): readonly Binding[] {
  const help = to === 'home' ? 'back to the home screen' : 'quit';
  return [{ ...CONTINUE, help, hint: to }, ...SCROLL, HELP, { action: 'back', keys: BACK.keys, help }];
}

/** Keys that close the help overlay (any other key is ignored while it is open). */
export const HELP_CLOSE: Binding<'close'> = { action: 'close', keys: ['?', 'escape', 'q', 'enter'], help: 'close this help' };
