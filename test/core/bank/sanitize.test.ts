import { describe, expect, it } from 'vitest';
import { hasControlCharacters, isSanitized, printable, printableJson, sanitizeText } from '../../../src/core/bank/sanitize.js';

const ESC = '\u001b';

describe('sanitizeText', () => {
  it.each([
    ['cursor movement', `a${ESC}[2J${ESC}[Hb`, 'ab'],
    ['colour', `${ESC}[31mred${ESC}[0m`, 'red'],
    ['window title (OSC, BEL)', `x${ESC}]0;pwned\u0007y`, 'xy'],
    ['window title (OSC, ST)', `x${ESC}]2;pwned${ESC}\\y`, 'xy'],
    ['clipboard write (OSC 52)', `x${ESC}]52;c;ZXZpbA==\u0007y`, 'xy'],
    ['hidden text (conceal)', `x${ESC}[8msecret${ESC}[28my`, 'xsecrety'],
    ['DCS string', `x${ESC}Pq#0;2;0;0;0${ESC}\\y`, 'xy'],
    ['8-bit CSI', 'x\u009b2Jy', 'xy'],
    ['bare escape', `x${ESC}y`, 'xy'],
    ['bell and backspace', 'a\u0007b\u0008c', 'abc'],
    ['bidi override', 'abc\u202edcba', 'abcdcba'],
    ['carriage return overwrite', 'safe\rEVIL', 'safe\nEVIL'],
  ])('removes %s', (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
    expect(sanitizeText(input)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('keeps newlines and ordinary Unicode, and turns tabs into spaces', () => {
    expect(sanitizeText('line one\nline two — ✓ café\tend')).toBe('line one\nline two — ✓ café  end');
  });

  it('says whether text carried control characters', () => {
    expect(hasControlCharacters(`a${ESC}[2Jb`)).toBe(true);
    expect(hasControlCharacters('plain\ttext\r\n')).toBe(false);
  });
});

describe('printable: the one way text from a file reaches the terminal', () => {
  it('ends an unterminated OSC or DCS at the line break, so the lines after it stay visible', () => {
    expect(printable(`Missed 2026-12-01 (${ESC}]0;x\nRight answer: A\n`)).toBe('Missed 2026-12-01 (\nRight answer: A\n');
    expect(printable(`a${ESC}P1$r\nb`)).toBe('a\nb');
  });

  it('removes the Arabic letter mark and the other bidirectional controls', () => {
    expect(printable('a\u061cb\u200fc\u2067d')).toBe('abcd');
  });

  it('cuts after making the text safe: never half an escape sequence, never half a surrogate pair', () => {
    const cut = printable(`2026-12-01 (${ESC}]0;PWNED${ESC}\\) and more`, { max: 16 });
    expect(cut).toBe('2026-12-01 () a…');
    expect(cut).not.toContain(ESC);
    expect(printable('😀😀😀', { max: 2 })).toBe('😀…');
    expect(printable('short', { max: 10 })).toBe('short');
  });

  it('puts a name, an id or a time on one line', () => {
    expect(printable('evil\nname \u2028 here\r\nnow', { oneLine: true })).toBe('evil name here now');
  });

  it('accepts anything, as text', () => {
    expect(printable(42)).toBe('42');
  });
});

describe('printableJson', () => {
  it('writes C1 controls, bidirectional controls and line separators as escapes, and reads back the same data', () => {
    const value = { qid: `gone-${ESC}]0;PWNED\u0007\u009b2J\u202e\u2028` };
    const text = printableJson(value, 2);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028]/);
    expect(text).toContain('\\u009b2J\\u202e\\u2028');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('isSanitized', () => {
  it('is true exactly for text sanitizeText leaves alone', () => {
    for (const text of ['plain', 'two\nlines', `a${ESC}[2Jb`, 'tab\there', 'cr\rhere', 'bidi\u202e']) {
      expect(isSanitized(text)).toBe(sanitizeText(text) === text);
    }
  });
});

describe('8-bit control strings', () => {
  it('removes an 8-bit OSC or DCS with its payload, as the 7-bit forms', () => {
    expect(sanitizeText('a\u009d0;PWNED\u0007b')).toBe('ab');
    expect(sanitizeText('a\u0090q#0;PWNED\u009cb')).toBe('ab');
    expect(sanitizeText('a\u009d0;PWNED\nb')).toBe('a\nb');
  });
});
