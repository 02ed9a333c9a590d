import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it, vi } from 'vitest';
import wrapAnsiStringWidth from '../../node_modules/wrap-ansi/node_modules/string-width/index.js';
import { ONE_COLUMN, withFastPath } from '../../scripts/shims/string-width.js';
import { ROOT } from '../e2e/terminal.js';

/** Every BMP character the fast path takes as one column wide. */
const oneColumn = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => ONE_COLUMN.test(ch));

const SAMPLES: [string, string][] = [
  ['plain text', 'Study · Caching ─── 0 answered → ✓ ✗ ⚠ …'],
  ['text with colour and weight codes', '\u001b[1m\u001b[36m› \u001b[39m\u001b[22mA. ( ) \u001b[4mAmazon API Gateway\u001b[24m · 20 new'],
  ['wide characters', '漢字 · テスト'],
  ['emoji', 'done ✅ 👍🏽 🇫🇷'],
  ['combining marks', 'e\u0301 · a\u0308'],
  ['a hyperlink', '\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\ · x'],
  ['a soft hyphen', 'co\u00adoperate'],
];

describe('the width Ink measures text with', () => {
  it.each([
    ['string-width', stringWidth],
    ["wrap-ansi's string-width", wrapAnsiStringWidth],
  ])('takes as one column only characters %s finds one column wide, alone and beside others', (_, exact) => {
    expect(oneColumn.length).toBeGreaterThan(1000);
    const wrong = oneColumn.filter((ch) => exact(ch) !== 1 || exact(`x${ch}x`) !== 3 || exact(ch + ch) !== 2 || exact(`·${ch}`) !== 2);
    expect(wrong.map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
  });

  it.each(SAMPLES)("gives string-width's answer for %s", (_, text) => {
    const width = withFastPath(() => stringWidth);
    expect(width(text)).toBe(stringWidth(text));
    expect(width(text, { ambiguousIsNarrow: false })).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
    expect(width(text, { countAnsiEscapeCodes: true })).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
  });

  it('loads string-width only for text the fast path cannot measure', () => {
    const load = vi.fn(() => stringWidth);
    const width = withFastPath(load);
    expect(width('\u001b[1mStudy · 20 new\u001b[22m ─ ✓')).toBe(18);
    expect(load).not.toHaveBeenCalled();
    expect(width('漢字')).toBe(4);
    expect(width('テスト')).toBe(6);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is what Ink measures with in the built program, every string-width behind it', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as { inputs: Record<string, { imports: { path: string; kind: string }[] }> };
    const importsOf = (input: string) => meta.inputs[input]!.imports.map((i) => i.path);
    for (const user of ['node_modules/ink/build/output.js', 'node_modules/widest-line/index.js', 'node_modules/wrap-ansi/index.js']) {
      expect(importsOf(user).filter((path) => path.includes('string-width'))).toEqual([expect.stringMatching(/^string-width-shim:/)]);
    }
    // Reached by require(): started on first use, not with the program.
    const shimmed = Object.keys(meta.inputs).filter((input) => input.startsWith('string-width-shim:'));
    expect(shimmed.length).toBe(2);
    for (const input of shimmed) expect(meta.inputs[input]!.imports.find((i) => i.path.endsWith('string-width/index.js'))?.kind).toBe('require-call');
  });
});
