import { useContext } from 'react';
import { HelpContext } from '../context.js';
import { keysOf } from '../input/decode.js';
import { matchKey, type Binding, type KeyMatch } from '../keys.js';
import { useInputEvents } from './useInputEvents.js';

/**
 * Routes keys through a binding list. Several keys typed at once are taken one by one; a paste is
 * not keys and is ignored. `?` opens the help overlay (drawn by ScreenFrame from the same list);
 * while it is open the screen receives nothing. When the keys depend on the screen's state, give
 * a function that reads the state's store: each key of a chunk is then matched against the keys
 * of the state the previous one left.
 */
export function useKeys<A extends string>(bindings: readonly Binding<A>[] | (() => readonly Binding<A>[]), onAction: (match: KeyMatch<A>) => void, options: { active?: boolean } = {}): void {
  const help = useContext(HelpContext);
  useInputEvents((event) => {
    const names = event.type === 'key' ? [event.name] : event.pasted ? [] : keysOf(event.text);
    for (const name of names) {
      if (help.open) return;
      const match = matchKey(typeof bindings === 'function' ? bindings() : bindings, name);
      if (!match) continue;
      if (match.action === 'help') {
        help.setOpen(true);
        return;
      }
      onAction(match);
    }
  }, options.active ?? true);
}
