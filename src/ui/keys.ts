/**
 * Key bindings as data. A screen picks a list of bindings; the same list drives its key
 * handling, its footer hints and its `?` help overlay, so they can never disagree.
 * Pure: no Ink import, only the shape of Ink's key object.
 */

/** The parts of Ink's `Key` this module reads. */
export interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  tab?: boolean;
  shift?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

export interface Binding<A extends string = string> {
  action: A;
  /** Key names (see keyName): 'up', 'down', 'enter', 'escape', 'space', 'pageup', 'k', '?', … */
  keys: readonly string[];
  /** How the keys are written in help, e.g. "↑ ↓ / j k". */
  label: string;
  /** What the action does, in the help overlay. */
  help: string;
  /** Short footer hint, e.g. "enter submit"; omitted from the footer when absent. */
  hint?: string;
}

export interface KeyMatch<A extends string = string> {
  action: A;
  /** For option keys (1–6, a–f): the option's display position, 0-based. */
  index?: number;
  name: string;
}

/** One name for a keypress: 'up', 'enter', 'space', 'ctrl+c', or the character typed. */
export function keyName(input: string, key: KeyFlags): string {
  if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'escape';
  if (key.tab) return 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (input === ' ') return 'space';
  return input;
}

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
const OPTION_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/** The option a key names: '1' or 'a' → 0, '6' or 'f' → 5. */
export function optionIndex(name: string): number | undefined {
  if (/^[1-8]$/.test(name)) return Number(name) - 1;
  if (/^[a-h]$/i.test(name)) return name.toLowerCase().charCodeAt(0) - 97;
  return undefined;
}

/**
 * Several plain keys can arrive as one chunk (fast typing, a paste, a test harness): split them
 * into single keypresses, with CR/LF as enter. Anything with a special key flag stays whole.
 */
export function splitKeys(input: string, key: KeyFlags): { input: string; key: KeyFlags }[] {
  const plain = !key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && !key.escape && !key.return;
  if (!plain || [...input].length <= 1 || input.includes('\u001b')) return [{ input, key }];
  return [...input].map((ch) => (ch === '\r' || ch === '\n' ? { input: '', key: { return: true } } : { input: ch, key: {} }));
}

/** Finds the binding for a keypress. Option keys carry the option index. */
export function matchKey<A extends string>(bindings: readonly Binding<A>[], input: string, key: KeyFlags): KeyMatch<A> | undefined {
  const name = keyName(input, key);
  for (const binding of bindings) {
    if (!binding.keys.includes(name) && !binding.keys.includes(name.toLowerCase())) continue;
    const index = binding.keys === PICK.keys ? optionIndex(name) : undefined;
    return { action: binding.action, name, ...(index === undefined ? {} : { index }) };
  }
  return undefined;
}

/**
 * Footer text: the hints of the bindings that have one, joined. When `width` is given and they do
 * not fit, hints before the last two (help and back, by convention) are dropped from the end first.
 */
export function hints(bindings: readonly Binding[], width = Infinity): string {
  const list = bindings.flatMap((b) => (b.hint ? [b.hint] : []));
  const text = () => list.join(' · ');
  while (text().length > width && list.length > 2) list.splice(list.length - 3, 1);
  return text();
}

// Building blocks shared by every screen. Screens of other features compose their own lists
// from these plus their own bindings.

export const MOVE: Binding<'up' | 'down'>[] = [
  { action: 'up', keys: ['up', 'k'], label: '↑ / k', help: 'move up' },
  { action: 'down', keys: ['down', 'j'], label: '↓ / j', help: 'move down', hint: '↑↓ move' },
];
export const PICK: Binding<'pick'> = { action: 'pick', keys: OPTION_KEYS, label: '1–6 / a–f', help: 'choose that option directly', hint: 'a–f pick' };
export const TOGGLE: Binding<'toggle'> = { action: 'toggle', keys: ['space'], label: 'space', help: 'select or unselect the highlighted option', hint: 'space toggle' };
export const SUBMIT: Binding<'submit'> = { action: 'submit', keys: ['enter'], label: 'enter', help: 'submit your answer', hint: 'enter submit' };
export const CONTINUE: Binding<'continue'> = { action: 'continue', keys: ['enter'], label: 'enter', help: 'continue', hint: 'enter continue' };
export const SELECT: Binding<'select'> = { action: 'select', keys: ['enter'], label: 'enter', help: 'open the highlighted entry', hint: 'enter open' };
export const UNDO: Binding<'undo'> = { action: 'undo', keys: ['u'], label: 'u', help: 'undo your last answer (it is removed from your progress)', hint: 'u undo' };
export const HELP: Binding<'help'> = { action: 'help', keys: ['?'], label: '?', help: 'show or hide this help', hint: '? help' };
export const BACK: Binding<'back'> = { action: 'back', keys: ['q', 'escape'], label: 'q / esc', help: 'go back (your answers are already saved)', hint: 'q back' };
export const QUIT: Binding<'back'> = { ...BACK, help: 'quit', hint: 'q quit' };
export const SCROLL: Binding<'scrollUp' | 'scrollDown' | 'pageUp' | 'pageDown' | 'top' | 'bottom'>[] = [
  { action: 'scrollUp', keys: ['up', 'k'], label: '↑ / k', help: 'scroll up' },
  { action: 'scrollDown', keys: ['down', 'j'], label: '↓ / j', help: 'scroll down', hint: '↑↓ scroll' },
  { action: 'pageUp', keys: ['pageup'], label: 'PgUp', help: 'scroll up a page' },
  { action: 'pageDown', keys: ['pagedown', 'space'], label: 'PgDn / space', help: 'scroll down a page' },
  { action: 'top', keys: ['home'], label: 'Home', help: 'scroll to the top' },
  { action: 'bottom', keys: ['end'], label: 'End', help: 'scroll to the end' },
];
/** Paging keys for screens where ↑↓ move a cursor: the page keys alone. */
export const PAGE = SCROLL.filter((b) => b.action === 'pageUp' || b.action === 'pageDown' || b.action === 'top' || b.action === 'bottom').map((b) =>
  b.action === 'pageDown' ? { ...b, keys: ['pagedown'], label: 'PgDn' } : b,
);
export const RATE: Binding<'rate'>[] = [
  { action: 'rate', keys: ['1', '2', '3', '4'], label: '1 2 3 4', help: 'change the rating: 1 Again, 2 Hard, 3 Good, 4 Easy', hint: '1–4 rate' },
];

// The screens of study and review.

export const HOME_KEYS = [...MOVE, { ...SELECT, keys: ['enter', 'right', 'l'] }, HELP, QUIT] as const;
export const SINGLE_KEYS = [...MOVE, PICK, SUBMIT, ...PAGE, UNDO, HELP, BACK] as const;
export const MULTI_KEYS = [...MOVE, PICK, TOGGLE, SUBMIT, ...PAGE, UNDO, HELP, BACK] as const;
export const EXPLANATION_KEYS = [CONTINUE, ...SCROLL, ...RATE, UNDO, HELP, BACK] as const;
export const SUMMARY_KEYS = [...SCROLL, { ...CONTINUE, keys: ['enter'], help: 'back to the home screen or quit', hint: 'enter done' }, HELP, QUIT] as const;

/** Keys that close the help overlay (any other key is ignored while it is open). */
export const HELP_CLOSE: Binding<'close'> = { action: 'close', keys: ['?', 'escape', 'q', 'enter'], label: '? / esc / q / enter', help: 'close this help' };
