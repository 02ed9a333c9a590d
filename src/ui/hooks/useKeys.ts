import { useContext } from 'react';
import { HelpContext } from '../context.js';
import { matchKey, splitKeys, type Binding, type KeyMatch } from '../keys.js';
import { useKeyHandler } from './useKeyHandler.js';

/**
 * Routes keypresses through a binding list. `?` opens the help overlay (drawn by ScreenFrame
 * from the same list); while it is open the screen receives nothing.
 */
export function useKeys<A extends string>(bindings: readonly Binding<A>[], onAction: (match: KeyMatch<A>) => void, options: { active?: boolean } = {}): void {
  const help = useContext(HelpContext);
  useKeyHandler((chunk, flags) => {
    for (const { input, key } of splitKeys(chunk, flags)) {
      if (help.open) return;
      const match = matchKey(bindings, input, key);
      if (!match) continue;
      if (match.action === 'help') {
        help.setOpen(true);
        return;
      }
      onAction(match);
    }
  }, options.active ?? true);
}
