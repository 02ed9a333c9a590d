import { describe, expect, it } from 'vitest';
import { createDecoder, keysOf, PASTE_END, PASTE_START, type InputEvent } from '../../src/ui/input/decode.js';

/** Feeds pieces as Ink splits them (each escape sequence on its own) and collects the events. */
function decode(...pieces: string[]): InputEvent[] {
  const decoder = createDecoder();
  return pieces.flatMap((piece) => decoder.push(piece));
}

const key = (name: string): InputEvent => ({ type: 'key', name });

describe('decoding what the terminal sends', () => {
  it('names single keys, control keys and the keys of every common terminal', () => {
    expect(decode('a', 'Q', '?', ' ', '\r', '\u001b', '\u007f', '\t')).toEqual(['a', 'Q', '?', 'space', 'enter', 'escape', 'backspace', 'tab'].map(key));
    expect(decode('\u0003', '\u001a', '\u0015', '\u0017')).toEqual(['ctrl+c', 'ctrl+z', 'ctrl+u', 'ctrl+w'].map(key));
    expect(decode('\u001b[A', '\u001bOB', '\u001b[C', '\u001b[D', '\u001b[5~', '\u001b[6~', '\u001b[H', '\u001b[4~')).toEqual(['up', 'down', 'right', 'left', 'pageup', 'pagedown', 'home', 'end'].map(key));
  });

  it('ignores what it does not know: Ctrl+F1–F4, colour codes, mouse reports', () => {
    expect(decode('\u001b[1;5P', '\u001b[1;5Q', '\u001b[1;5R', '\u001b[1;5S', '\u001b[1;5G', '\u001b[31m', '\u001b[<0;3;4M', '\u001b[I')).toEqual([]);
    expect(decode('\u001b[1;5P', 'j')).toEqual([key('j')]);
  });

  it('keeps several characters typed at once together, as typed text', () => {
    expect(decode('jj\r')).toEqual([{ type: 'text', text: 'jj\r', pasted: false }]);
    expect(keysOf('jj\r\u0003')).toEqual(['j', 'j', 'enter', 'ctrl+c']);
  });

  it('takes a bracketed paste as one piece of pasted text, escape sequences inside it included', () => {
    expect(decode(PASTE_START, 'Which service? ', '\u001b[31m', 'A. S3\rB. EC2', PASTE_END, 'k')).toEqual([
      { type: 'text', text: 'Which service? \u001b[31mA. S3\rB. EC2', pasted: true },
      key('k'),
    ]);
    expect(decode(PASTE_START, PASTE_END)).toEqual([]);
  });
});
