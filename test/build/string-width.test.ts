import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import width, { ONE_COLUMN } from '../../scripts/shims/string-width.js';
import { ROOT } from '../e2e/terminal.js';

/** Every BMP character the fast path takes as one column wide. */
const oneColumn = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => ONE_COLUMN.test(ch));

describe('the width Ink measures text with', () => {
  it('takes as one column only characters string-width finds one column wide, alone and beside others', () => {
    expect(oneColumn.length).toBeGreaterThan(1000);
    const wrong = oneColumn.filter((ch) => stringWidth(ch) !== 1 || stringWidth(`x${ch}x`) !== 3 || stringWidth(ch + ch) !== 2 || stringWidth(`·${ch}`) !== 2);
    expect(wrong.map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
  });

  it.each([
    ['plain text', 'Study · Caching ─── 0 answered → ✓ ✗ ⚠ …'],
    ['text with colour and weight codes', '\u001b[1m\u001b[36m› \u001b[39m\u001b[22mA. ( ) \u001b[4mAmazon API Gateway\u001b[24m · 20 new'],
    ['wide characters', '漢字 · テスト'],
    ['emoji', 'done ✅ 👍🏽 🇫🇷'],
    ['combining marks', 'e\u0301 · a\u0308'],
    ['a hyperlink', '\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\ · x'],
    ['a soft hyphen', 'co\u00adoperate'],
  ])('gives string-width\'s answer for %s', (_, text) => {
    expect(width(text)).toBe(stringWidth(text));
    expect(width(text, { ambiguousIsNarrow: false })).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
    expect(width(text, { countAnsiEscapeCodes: true })).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
  });

  it('is what Ink measures with in the built program (wrap-ansi keeps its own string-width)', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as { inputs: Record<string, { imports: { path: string }[] }> };
    const importsOf = (input: string) => meta.inputs[input]!.imports.map((i) => i.path);
    expect(importsOf('node_modules/ink/build/output.js')).toContain('scripts/shims/string-width.ts');
    expect(importsOf('node_modules/widest-line/index.js')).toEqual(['scripts/shims/string-width.ts']);
    expect(importsOf('node_modules/wrap-ansi/index.js')).toContain('node_modules/wrap-ansi/node_modules/string-width/index.js');
    const script = readFileSync(join(ROOT, 'dist', 'cli-script.js'), 'latin1');
    expect(script).toContain(ONE_COLUMN.source.slice(0, 40));
  });
});
