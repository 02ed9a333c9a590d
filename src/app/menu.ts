/**
 * A menu's cursor, pure: every list the learner picks from (home, the setup screens and their
 * pickers, settings, past exams, search results) moves and chooses through this one step.
 * `chosen` is the entry picked; the screen then acts on it and starts a new state if it stays.
 */
export interface MenuState {
  cursor: number;
  chosen?: number;
}

export type MenuAction =
  | { type: 'up' | 'down' | 'first' | 'last' | 'select' }
  /** After the screen acted on the entry chosen: the menu takes keys again. */
  | { type: 'reopen' }
  /** Moves by a page of `size` entries (negative: up). */
  | { type: 'page'; size: number }
  /** A shortcut key: moves to the entry and picks it at once. */
  | { type: 'jump'; index: number };

export const MENU_START: MenuState = { cursor: 0 };

/** A menu opened on a given entry (clamped to the entries there are). */
export function menuAt(cursor: number, entries: number): MenuState {
  return { cursor: Math.max(0, Math.min(cursor, entries - 1)) };
}

/** One key of a menu. Once an entry is chosen the menu ignores keys until it is reopened, so a second key cannot choose again. */
export function menuStep(state: MenuState, action: MenuAction, entries: number): MenuState {
  if (action.type === 'reopen') return menuAt(state.cursor, entries);
  if (state.chosen !== undefined || entries === 0) return state;
  const last = entries - 1;
  switch (action.type) {
    case 'up':
      return { cursor: state.cursor === 0 ? last : state.cursor - 1 };
    case 'down':
      return { cursor: state.cursor === last ? 0 : state.cursor + 1 };
    case 'first':
      return { cursor: 0 };
    case 'last':
      return { cursor: last };
    case 'page':
      return { cursor: Math.max(0, Math.min(last, state.cursor + action.size)) };
    case 'select':
      return { ...state, chosen: state.cursor };
    case 'jump':
      return action.index >= 0 && action.index <= last ? { cursor: action.index, chosen: action.index } : state;
  }
}

/** A key's action name (see menuKeys in ui/keys.ts) as a menu action; `page` is how many entries a page moves. */
export function menuAction(name: string, value: number | undefined, page: number): MenuAction | undefined {
  switch (name) {
    case 'up':
    case 'down':
    case 'first':
    case 'last':
    case 'select':
      return { type: name };
    case 'pageUp':
      return { type: 'page', size: -page };
    case 'pageDown':
      return { type: 'page', size: page };
    case 'jump':
      return value === undefined ? undefined : { type: 'jump', index: value };
    default:
      return undefined;
  }
}
