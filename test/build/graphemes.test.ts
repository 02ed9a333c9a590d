import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SIMPLE_GRAPHEMES, withFastPath } from '../../scripts/shims/graphemes.js';
import { ROOT } from '../e2e/terminal.js';

const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const cut = (text: string, segmenter: Pick<Intl.Segmenter, 'segment'>) => [...segmenter.segment(text)].map(({ segment, index, input }) => [segment, index, input === text]);
/** What slice-ansi asks of the segments besides iterating them: the grapheme at each index (and past the ends). */
const lookups = (text: string, segmenter: Pick<Intl.Segmenter, 'segment'>) => {
  const segments = segmenter.segment(text);
  return [-1, ...Array.from(text, (_, i) => i), text.length, 1.5].map((i) => segments.containing(i));
};

/** Every BMP character the fast path cuts on its own. */
const simple = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => SIMPLE_GRAPHEMES.test(ch));

const SAMPLES: [string, string][] = [
  ['plain text', 'Study · Caching ─── 0 answered → ✓ ✗ ⚠ …'],
  ['text with colour and weight codes', '\u001b[1m\u001b[36m› \u001b[39m\u001b[22mA. ( ) \u001b[4mAmazon API Gateway\u001b[24m · 20 new'],
  ['a hyperlink', '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007 · x'],
  ['wide characters', '漢字 · テスト'],
  ['emoji', 'done ✅ 👍🏽 🇫🇷'],
  ['combining marks', 'e\u0301 · a\u0308'],
  ['a line break', 'one\r\ntwo'],
];

describe('the graphemes Ink cuts text into', () => {
  it('cuts on its own only characters that never join a neighbour', () => {
    expect(simple.length).toBeGreaterThan(1000);
    const joined = simple.filter((ch) => cut(`x${ch}${ch}·${ch}`, real).length !== 5);
    expect(joined.map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
  });

  it.each(SAMPLES)("gives the segmenter's graphemes for %s", (_, text) => {
    expect(cut(text, withFastPath(() => real))).toEqual(cut(text, real));
    expect(lookups(text, withFastPath(() => real))).toEqual(lookups(text, real));
  });

  it('makes the segmenter only for text the fast path cannot cut', () => {
    const make = vi.fn(() => real);
    const segmenter = withFastPath(make);
    const styled = '\u001b[1mStudy · 20 new\u001b[22m ─ ✓';
    expect(cut(styled, segmenter)).toEqual(cut(styled, real));
    expect(make).not.toHaveBeenCalled();
    expect(cut('漢字', segmenter)).toEqual([['漢', 0, true], ['字', 1, true]]);
    expect(cut('e\u0301', segmenter)).toEqual([['e\u0301', 0, true]]);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("is what Ink's text modules cut with in the built program", () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as { inputs: Record<string, { imports: { path: string }[] }> };
    for (const user of ['node_modules/@alcalzone/ansi-tokenize/build/tokenize.js', 'node_modules/slice-ansi/tokenize-ansi.js']) {
      expect(meta.inputs[user]?.imports.map((i) => i.path)).toContain('scripts/shims/graphemes.ts');
    }
  });
});
