import { describe, expect, it } from 'vitest';
import { bodySize, headerText } from '../../src/ui/components/ScreenFrame.js';
import { helpBlocks } from '../../src/ui/components/HelpOverlay.js';
import { hints, keyName, matchKey, MULTI_KEYS, optionIndex, splitKeys, EXPLANATION_KEYS } from '../../src/ui/keys.js';
import { questionLayout } from '../../src/ui/layout/question.js';
import { layoutBlocks, lineWidth, plainText, textWidth, truncate, wrapSpans } from '../../src/ui/layout/text.js';
import { follow, scrollBy, viewport } from '../../src/ui/layout/viewport.js';
import { multi } from '../helpers/study-questions.js';

describe('wrapping', () => {
  it('wraps words to the width, splits words longer than a line, keeps explicit line breaks', () => {
    const lines = wrapSpans([{ text: 'the quick brown fox jumps over the lazy dog' }], 10);
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    expect(plainText(wrapSpans([{ text: 'abcdefghijkl' }], 5))).toBe('abcde\nfghij\nkl');
    expect(plainText(wrapSpans([{ text: 'one\ntwo' }], 20))).toBe('one\ntwo');
  });

  it('keeps styles across wrapped spans and never exceeds the width (wide characters count double)', () => {
    const lines = wrapSpans([{ text: 'red words ', color: 'red' }, { text: '漢字漢字漢字 plain' }], 8);
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(8);
    expect(lines[0]).toEqual([{ text: 'red', color: 'red' }]);
    expect(textWidth('漢字')).toBe(4);
    expect(truncate('abcdefgh', 5)).toBe('abcd…');
  });

  it('indents continuation lines under a prefix', () => {
    const text = plainText(layoutBlocks([{ prefix: [{ text: 'A. ' }], spans: [{ text: 'alpha beta gamma delta' }] }], 14));
    expect(text).toBe('A. alpha beta\n   gamma delta');
  });
});

describe('scrolling', () => {
  it('shows everything when it fits, and indicator rows when it does not', () => {
    expect(viewport(5, 10, 3)).toMatchObject({ start: 0, count: 5, scrolling: false });
    expect(viewport(30, 10, 0)).toMatchObject({ start: 0, count: 8, above: 0, below: 22, scrolling: true, maxOffset: 22 });
    expect(viewport(30, 10, 99)).toMatchObject({ start: 22, below: 0 });
    expect(scrollBy(0, -5, 30, 10)).toBe(0);
  });

  it('follows a range into view', () => {
    expect(follow(0, 30, 10, 15, 17)).toBe(9);
    expect(follow(20, 30, 10, 2, 3)).toBe(2);
    expect(follow(5, 30, 10, 6, 8)).toBe(5);
  });
});

describe('keys as data', () => {
  it('names keys and maps option keys to positions', () => {
    expect(keyName('', { downArrow: true })).toBe('down');
    expect(keyName('c', { ctrl: true })).toBe('ctrl+c');
    expect(keyName(' ', {})).toBe('space');
    expect(optionIndex('a')).toBe(0);
    expect(optionIndex('6')).toBe(5);
    expect(matchKey(MULTI_KEYS, 'C', { shift: true })).toMatchObject({ action: 'pick', index: 2 });
    expect(matchKey(MULTI_KEYS, ' ', {})).toMatchObject({ action: 'toggle' });
    expect(matchKey(MULTI_KEYS, 'u', {})).toMatchObject({ action: 'undo' });
  });

  it('splits a chunk of typed keys into single keypresses', () => {
    expect(splitKeys('b\r', {})).toEqual([{ input: 'b', key: {} }, { input: '', key: { return: true } }]);
    expect(splitKeys('x', {})).toEqual([{ input: 'x', key: {} }]);
  });

  it('uses no option letter as a command key on screens that show options', () => {
    for (const list of [MULTI_KEYS, EXPLANATION_KEYS]) {
      for (const b of list) if (b.action !== 'pick') for (const k of b.keys) expect(/^[a-h]$/.test(k)).toBe(false);
    }
  });

  it('builds the footer and the help overlay from the same bindings', () => {
    expect(hints(EXPLANATION_KEYS)).toContain('1–4 rate');
    // Narrow: the middle hints go first; help and back stay.
    expect(hints(EXPLANATION_KEYS, 45)).toBe('enter continue · ↑↓ scroll · ? help · q back');
    expect(plainText(layoutBlocks(helpBlocks(EXPLANATION_KEYS), 80))).toContain('change the rating: 1 Again, 2 Hard, 3 Good, 4 Easy');
  });
});

describe('frame arithmetic', () => {
  it('keeps header, body and footer within rows - 1', () => {
    const { height } = bodySize(100, 30);
    expect(1 + height + 1).toBe(29);
    expect(headerText('Study', '3 due', 20)).toBe('Study          3 due');
  });

  it('keeps the highlighted option of a long question in the focus range', () => {
    const q = { ...multi('m'), stem: 'word '.repeat(200) };
    const { lines, focus } = questionLayout({ question: q, order: [0, 1, 2, 3, 4], cursor: 4, selected: [] }, 40);
    expect(plainText(lines.slice(focus[0], focus[1]))).toContain('E. [ ] Five m');
  });
});
