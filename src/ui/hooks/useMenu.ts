import { useRef, useState } from 'react';
import { menuAction, menuAt, menuStep, type MenuAction, type MenuState } from '../../app/menu.js';
import { reducerStore } from '../../app/store.js';
import type { KeyMatch } from '../keys.js';
import { useStore } from './useStore.js';

export interface MenuControl {
  cursor: number;
  /**
   * Applies a key of menuKeys to the menu; returns the entry chosen (enter, or a shortcut key), if
   * one was. A menu that stays on screen after acting on it calls reopen().
   */
  press(match: KeyMatch, page?: number): number | undefined;
  reopen(): void;
  /** The cursor as it is right now (for keys of one chunk, before React draws again). */
  current(): number;
  moveTo(index: number): void;
}

/** A menu of `count` entries, opened on `initial`: the cursor lives in a store stepped by menuStep. */
export function useMenu(count: number, initial = 0): MenuControl {
  const entries = useRef(count);
  entries.current = count;
  const [store] = useState(() => reducerStore<MenuState, MenuAction>((state, action) => menuStep(state, action, entries.current), menuAt(initial, count)));
  const { cursor } = useStore(store);
  const current = () => Math.min(store.get().cursor, Math.max(0, entries.current - 1));
  return {
    cursor: Math.min(cursor, Math.max(0, count - 1)),
    current,
    press(match, page = 5) {
      const action = menuAction(match.action, match.value, page);
      if (!action) return undefined;
      const before = store.get().chosen;
      const { chosen } = store.dispatch(action);
      return before === undefined ? chosen : undefined;
    },
    reopen() {
      store.dispatch({ type: 'reopen' });
    },
    moveTo(index) {
      store.dispatch({ type: 'reopen' });
      store.dispatch({ type: 'jump', index });
      store.dispatch({ type: 'reopen' });
    },
  };
}
