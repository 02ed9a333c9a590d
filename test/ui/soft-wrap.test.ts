import { describe, expect, it } from 'vitest';
import { hyperlink, JOIN_MARK, joinWrappedRows } from '../../src/ui/terminal/soft-wrap.js';
import { layoutBlocks, plainText, urlBlock, urlLines } from '../../src/ui/layout/text.js';
import { explanationBlocks } from '../../src/ui/layout/explanation.js';
import { single } from '../helpers/study-questions.js';

const URL = 'https://aws.amazon.com/about-aws/whats-new/2020/03/api-gateway-private-integrations-aws-elb-cloudmap-http-apis-release/';

describe('a web address in the layout', () => {
  it('stays on one line of its own when it fits', () => {
    const lines = layoutBlocks([{ spans: [{ text: 'Source' }] }, urlBlock('https://example.com/a')], 40);
    expect(plainText(lines)).toBe('Source\nhttps://example.com/a');
  });

  it('is cut into pieces of the full width, never at a word, each but the last marked to join the next', () => {
    const lines = urlLines(URL, 50);
    expect(lines.map((l) => l[0]!.text).join('')).toBe(URL);
    expect(lines.slice(0, -1).every((l) => l[0]!.text.length === 50 && l[0]!.join === true)).toBe(true);
    expect(lines.at(-1)![0]!.join).toBeUndefined();
    expect(lines.every((l) => l[0]!.link === URL)).toBe(true);
  });

  it('is printed after a heading in the explanation, not after a label on the same line', () => {
    const q = { ...single('a'), source: URL };
    const text = plainText(layoutBlocks(explanationBlocks({ question: q, order: [0, 1, 2, 3], chosen: [0], facts: [] }), 200));
    expect(text).toContain(`Source\n${URL}`);
  });
});

describe('joining the pieces on the way to the terminal', () => {
  const frame = (columns: number, indent: number) => {
    const pieces = urlLines(URL, columns - indent).map((l) => `${' '.repeat(indent)}${l[0]!.text}${l[0]!.join ? JOIN_MARK : ''}`);
    return ['header', ...pieces, 'footer'].join('\n');
  };

  it('gives the terminal the address as one line, so it wraps, copies and opens it whole', () => {
    const out = joinWrappedRows(frame(60, 2), 60).split('\n');
    expect(out[0]).toBe('header');
    expect(out[1]).toBe(`  ${URL}`);
    expect(out.at(-1)).toBe('footer');
    expect(out.join('\n')).not.toContain(JOIN_MARK);
  });

  it('keeps the row count Ink expects: blank rows make up for the margins the terminal wrap uses', () => {
    for (const [columns, indent] of [
      [60, 2],
      [60, 0],
      [200, 50],
      [45, 1],
    ] as const) {
      const before = frame(columns, indent).split('\n').length;
      const out = joinWrappedRows(frame(columns, indent), columns).split('\n');
      const address = out[1]!;
      const terminalRows = Math.ceil(address.length / columns);
      // header + the rows the terminal gives the address + the blank rows + footer
      expect(1 + terminalRows + (out.length - 3) + 1).toBe(before);
      expect(out.slice(2, -1).every((row) => row === '')).toBe(true);
    }
  });

  it('leaves a frame without addresses alone, and keeps hyperlinks and styles around the pieces', () => {
    expect(joinWrappedRows('a\nb', 10)).toBe('a\nb');
    const linked = `  ${hyperlink('https://exa', URL)}${JOIN_MARK}\u001b[39m\n  \u001b[34m${hyperlink('mple.com', URL)}`;
    const out = joinWrappedRows(linked, 13);
    expect(out.split('\n')[0]).toBe(`  ${hyperlink('https://exa', URL)}\u001b[39m\u001b[34m${hyperlink('mple.com', URL)}`);
  });
});
