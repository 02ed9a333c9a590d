import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../src/core/bank/parse.js';
import { seededRandom } from '../../../src/core/study/random.js';
import { ROOT } from '../../e2e/terminal.js';


const NASTY = ['\u0000', '\u001b[2J', ':', '- ', '&a ', '*a', '!!binary ', '{', '[', '"', "'", '\t', '\n', '#', '|', '>', '%YAML 1.2\n', '---\n', '? ', '\uFEFF', '😀', '\r'];

function mutate(text: string, random: () => number): string {
  const lines = text.split('\n');
  const pick = (n: number) => Math.floor(random() * n);
  const steps = 1 + pick(4);
  for (let s = 0; s < steps; s++) {
    const i = pick(lines.length);
    switch (pick(8)) {
      case 0: lines.splice(i, 1); break; // drop a line
      case 1: lines.splice(i, 0, lines[pick(lines.length)] ?? ''); break; // duplicate a line elsewhere
      case 2: { const j = pick(lines.length); [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? '']; break; } // swap
      case 3: lines[i] = ` ${lines[i] ?? ''}`; break; // break indentation
      case 4: { const line = lines[i] ?? ''; const at = pick(line.length + 1); lines[i] = line.slice(0, at) + NASTY[pick(NASTY.length)] + line.slice(at); break; }
      case 5: lines[i] = (lines[i] ?? '').replace(/: .*/, `: ${['~', '[]', '{}', '42', 'true', '"', '*x', '!!str'][pick(8)]}`); break; // change a value's type
      case 6: lines.length = pick(lines.length + 1); break; // truncate
      default: lines[i] = (lines[i] ?? '').slice(0, pick((lines[i] ?? '').length + 1)); // cut a line
    }
  }
  return lines.join('\n');
}

describe('the bank loader under mutation', () => {
  const valid = readFileSync(join(ROOT, 'test', 'fixtures', 'valid-bank.yaml'), 'utf8');

  it('loads the unmutated fixture cleanly', () => {
    const parsed = parseBank(valid, 'valid.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.bank?.questions).toHaveLength(2);
  });

  it('only ever returns problems, never throws, over 600 seeded mutations', () => {
    const random = seededRandom(20261125);
    let withProblems = 0;
    for (let n = 0; n < 600; n++) {
      const text = mutate(valid, random);
      let parsed: ReturnType<typeof parseBank> | undefined;
      expect(() => {
        parsed = parseBank(text, `mutant-${n}.yaml`);
      }, `mutant ${n}:\n${text}`).not.toThrow();
      for (const problem of parsed!.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.col).toBeGreaterThanOrEqual(1);
        expect(problem.message.length).toBeGreaterThan(0);
      }
      for (const question of parsed!.bank?.questions ?? []) {
        expect(question.stem).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(question.answer.length).toBeGreaterThan(0);
      }
      if (parsed!.problems.length > 0) withProblems++;
    }
    // The mutations must actually break things, or the test proves nothing.
    expect(withProblems).toBeGreaterThan(300);
  });
});
