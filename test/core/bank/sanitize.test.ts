import { describe, expect, it } from 'vitest';
import { hasControlCharacters, sanitizeText } from '../../../src/core/bank/sanitize.js';

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
