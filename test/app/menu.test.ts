import { describe, expect, it } from 'vitest';
import { menuAction, menuStep, MENU_START, type MenuAction, type MenuState } from '../../src/app/menu.js';

const run = (entries: number, ...actions: MenuAction[]): MenuState => actions.reduce<MenuState>((s, a) => menuStep(s, a, entries), MENU_START);

describe('a menu', () => {
  it('moves around its entries, wrapping at both ends', () => {
    expect(run(4, { type: 'up' }).cursor).toBe(3);
    expect(run(4, { type: 'down' }, { type: 'down' }, { type: 'down' }, { type: 'down' }).cursor).toBe(0);
    expect(run(4, { type: 'last' }, { type: 'first' }).cursor).toBe(0);
  });

  it('pages without wrapping', () => {
    expect(run(10, { type: 'page', size: 5 }, { type: 'page', size: 5 }).cursor).toBe(9);
    expect(run(10, { type: 'page', size: -5 }).cursor).toBe(0);
  });

  it('chooses the entry under the cursor once: later keys do nothing until it is reopened', () => {
    expect(run(4, { type: 'down' }, { type: 'down' }, { type: 'select' })).toEqual({ cursor: 2, chosen: 2 });
    expect(run(4, { type: 'down' }, { type: 'select' }, { type: 'down' }, { type: 'select' })).toEqual({ cursor: 1, chosen: 1 });
    expect(run(4, { type: 'down' }, { type: 'select' }, { type: 'reopen' }, { type: 'down' })).toEqual({ cursor: 2 });
  });

  it('jumps to an entry by its shortcut and chooses it; a shortcut past the end does nothing', () => {
    expect(run(4, { type: 'jump', index: 3 })).toEqual({ cursor: 3, chosen: 3 });
    expect(run(4, { type: 'jump', index: 7 })).toEqual({ cursor: 0 });
  });

  it('does nothing with no entries', () => {
    expect(run(0, { type: 'down' }, { type: 'select' })).toEqual({ cursor: 0 });
  });

  it('reads the menu keys', () => {
    expect(menuAction('pageDown', undefined, 6)).toEqual({ type: 'page', size: 6 });
    expect(menuAction('jump', 2, 6)).toEqual({ type: 'jump', index: 2 });
    expect(menuAction('help', undefined, 6)).toBeUndefined();
  });
});
