import { describe, expect, it } from 'vitest';
import { bodySize, footerLines, frameIndent, headerText, READING_WIDTH } from '../../src/ui/components/ScreenFrame.js';
import { helpBlocks } from '../../src/ui/components/HelpOverlay.js';
import { introKeys, NAVIGATOR_KEYS, resumeKeys, roomKeys } from '../../src/ui/exam/keys.js';
import { explanationKeys, hints, keyLabel, matchKey, optionIndex, optionKeys, questionKeys } from '../../src/ui/keys.js';
import { scenarioKeys } from '../../src/ui/solver/input.js';
import { questionLayout } from '../../src/ui/layout/question.js';
import { layoutBlocks, lineWidth, plainText, textWidth, truncate, wrapSpans } from '../../src/ui/layout/text.js';
import { follow, scrollBy, viewport } from '../../src/ui/layout/viewport.js';
import { multi } from '../helpers/study-questions.js';

const EXPLANATION_KEYS = explanationKeys([
  { rating: 1, name: 'Again', interval: '10m' },
  { rating: 2, name: 'Hard', interval: '15m' },
  { rating: 3, name: 'Good', interval: '2d' },
  { rating: 4, name: 'Easy', interval: '6d' },
]);

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
  it('maps option keys to positions and carries the value a binding holds', () => {
    expect(optionIndex('a')).toBe(0);
    expect(optionIndex('6')).toBe(5);
    const keys = questionKeys(4, true);
    expect(matchKey(keys, 'C')).toMatchObject({ action: 'pick', value: 2 });
    expect(matchKey(keys, '2')).toMatchObject({ action: 'pick', value: 1 });
    expect(matchKey(keys, 'space')).toMatchObject({ action: 'toggle' });
    expect(matchKey(keys, 'u')).toMatchObject({ action: 'undo' });
    expect(matchKey(EXPLANATION_KEYS, '3')).toEqual({ action: 'rate', value: 3, name: '3' });
  });

  it('offers only the options a question has, and undo only once there is an answer', () => {
    const keys = questionKeys(4, false);
    expect(matchKey(keys, 'e')).toBeUndefined();
    expect(matchKey(keys, '5')).toBeUndefined();
    expect(matchKey(keys, 'u')).toBeUndefined();
    expect(optionKeys(8, 'f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', '1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('uses no option letter as a command key on screens that show options', () => {
    for (const list of [questionKeys(8, true), EXPLANATION_KEYS]) {
      for (const b of list) if (b.action !== 'pick') for (const k of b.keys) expect(/^[a-h]$/.test(k)).toBe(false);
    }
  });

  it('writes every label from the keys themselves', () => {
    expect(keyLabel(['up', 'k'])).toBe('↑ / k');
    expect(keyLabel(optionKeys(4))).toBe('a–d / 1–4');
    expect(keyLabel(['q', 'escape'])).toBe('q / esc');
    expect(keyLabel(['pagedown', 'space'])).toBe('PgDn / space');
    expect(hints(questionKeys(4, true))).toBe('↑↓ move · a–d pick · space choose · enter submit · u undo · ? help · q back');
    expect(hints(questionKeys(6, false))).toBe('↑↓ move · a–f pick · space choose · enter submit · ? help · q back');
  });

  it('builds the footer and the help overlay from the same bindings', () => {
    // The rating keys say what each would give, as Anki's buttons do.
    expect(hints(EXPLANATION_KEYS)).toContain('1 Again 10m · 2 Hard 15m · 3 Good 2d · 4 Easy 6d');
    // Narrow: scrolling goes first, then the rating keys' names, then the intervals, then the middle hints; help and back stay.
    expect(hints(EXPLANATION_KEYS, 100)).toBe('enter continue · 1 Again 10m · 2 Hard 15m · 3 Good 2d · 4 Easy 6d · u undo · ? help · q back');
    expect(hints(EXPLANATION_KEYS, 72)).toBe('enter continue · 1 10m · 2 15m · 3 2d · 4 6d · u undo · ? help · q back');
    expect(hints(EXPLANATION_KEYS, 58)).toBe('enter continue · 1–4 rate · u undo · ? help · q back');
    expect(hints(EXPLANATION_KEYS, 45)).toBe('enter continue · 1–4 rate · ? help · q back');
    expect(hints(questionKeys(4, true), 58)).toBe('a–d pick · space choose · enter submit · ? help · q back');
    const help = plainText(layoutBlocks(helpBlocks(EXPLANATION_KEYS), 80));
    for (const [key, name, interval] of [['1', 'Again', '10m'], ['2', 'Hard', '15m'], ['3', 'Good', '2d'], ['4', 'Easy', '6d']]) expect(help).toMatch(new RegExp(`${key} +change the rating to ${name} \\(comes back in ${interval}\\)`));
  });

  it('lists only the keys that work at that moment', () => {
    expect(hints(roomKeys(4))).toBe('↑↓ move · a–d pick · space choose · enter next · m mark · ←→ move · g review · s submit · ? help · q leave');
    expect(hints(introKeys(false))).toBe('↑↓ scroll · ? help · q back');
    expect(hints(resumeKeys({ canResume: false, canAbandon: false }))).toBe('↑↓ scroll · ? help · q back');
    expect(hints(resumeKeys({ canResume: false, canAbandon: true }))).toBe('x abandon · ↑↓ scroll · ? help · q back');
    expect(hints(scenarioKeys(''))).toBe('esc back');
    // The review grid at 60 columns keeps its filters, submit, help and the way back.
    expect(hints(NAVIGATOR_KEYS, 58)).toBe('enter go · a f i u filter · s submit · ? help · esc back');
    expect(hints(scenarioKeys('An API'))).toBe('enter solve · ctrl+u clear · esc back');
  });
});

describe('frame arithmetic', () => {
  it('keeps header, body and footer within rows - 1', () => {
    const { height } = bodySize(100, 30);
    expect(1 + height + 1).toBe(29);
    expect(headerText('Study', '3 due', 20)).toBe('Study          3 due');
    // Narrow: the title is cut so the counts stay whole; narrower still, both share what is left.
    const counts = '4 answered · 0 new · 1 learning · 0 review';
    expect(headerText('Study · Endpoint types', counts, 58)).toBe(`Study · Endpo…  ${counts}`);
    expect(headerText('Study · Endpoint types', counts, 40)).toBe('Study · Endpoint types · 4 answered · 0…');
  });

  it('wraps a footer message instead of cutting it (up to three lines), and keeps key hints on one line', () => {
    const message = 'Could not save your answer: cannot save progress to /home/someone/.config/clf-trainer-nodejs/reviews.jsonl: the disk is full';
    const lines = footerLines(message, 'enter submit · q back', 60);
    expect(lines.length).toBe(3);
    expect(lines.every((l) => textWidth(l) <= 60)).toBe(true);
    expect(lines.join(' ')).toContain('the disk is full');
    expect(footerLines(message.repeat(3), '', 40)).toHaveLength(3);
    expect(footerLines(message.repeat(3), '', 40)[2]).toMatch(/…$/);
    expect(footerLines(undefined, 'enter submit · q back', 12)).toEqual(['enter submi…']);
  });

  it('caps the text at the reading width and centres it on a wide terminal', () => {
    expect(bodySize(200, 50).width).toBe(READING_WIDTH);
    expect(frameIndent(200)).toBe(1 + (200 - 2 - READING_WIDTH) / 2);
    expect(bodySize(80, 24).width).toBe(78);
    expect(frameIndent(80)).toBe(1);
  });

  it('keeps the highlighted option of a long question in the focus range', () => {
    const q = { ...multi('m'), stem: 'word '.repeat(200) };
    const { lines, focus } = questionLayout({ question: q, order: [0, 1, 2, 3, 4], cursor: 4, selected: [] }, 40);
    expect(plainText(lines.slice(focus[0], focus[1]))).toContain('E. [ ] Five m');
  });
});
