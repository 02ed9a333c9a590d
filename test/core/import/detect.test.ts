import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/import/detect.js';
import { importMarkdown, UnknownLayoutError } from '../../../src/core/import/index.js';
import { normaliseStem, stemId } from '../../../src/core/import/ids.js';

describe('layout detection', () => {
  it('picks the layout with more evidence', () => {
    expect(detectFormat('### Q?\n- [ ] a\n- [x] b\n').format).toBe('checkbox');
    expect(detectFormat('1. Q?\n    - A. a\n    - B. b\n    Correct answer: A\n').format).toBe('numbered');
  });

  it('refuses a file that is neither, so the user can choose with --format', () => {
    expect(detectFormat('# Notes\n\nJust prose.\n').format).toBeUndefined();
    expect(() => importMarkdown('# Notes\n\nJust prose.\n', 'notes.md', 'auto')).toThrow(UnknownLayoutError);
  });

  it('honours a forced layout even when the text says otherwise', () => {
    const result = importMarkdown('### Q?\n- [ ] a\n- [x] b\n', 'x.md', 'numbered');
    expect(result.format).toBe('numbered');
    expect(result.questions).toEqual([]);
  });
});

describe('stable ids', () => {
  it('ignore case, spacing and punctuation of the stem', () => {
    expect(normaliseStem('  Which   service?  ')).toBe('which service');
    expect(stemId('Which service runs code?')).toBe(stemId('which  service runs code'));
    expect(stemId('Which service runs code?')).not.toBe(stemId('Which service stores data?'));
  });
});
