// The trainer's own question bank (questions/*.yaml, every chapter file but the facts) as exam
// items: the stem, its choices lettered A, B, C…, and the key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TestItem } from '../../src/core/solver/measure.js';
import { answerCount } from '../../src/core/solver/options.js';

interface BankChoice {
  text: string;
  correct?: boolean;
}

interface BankQuestion {
  id: string;
  type: 'single' | 'multi';
  stem: string;
  choices: BankChoice[];
}

export type Half = 'odd' | 'even';

const LETTERS = 'ABCDEFGH';

/** The half a question belongs to, by the number its id ends with ("caching-007" is odd). */
export function halfOf(id: string): Half {
  const n = Number(/(\d+)$/.exec(id)?.[1] ?? 0);
  return n % 2 === 1 ? 'odd' : 'even';
}

/** One bank question as a test item, written as an exam shows it; a multi-answer stem that does not say how many gets "(Choose N.)". */
export function bankItem(q: BankQuestion): TestItem {
  const choice = q.choices.flatMap((c, i) => (c.correct ? [LETTERS[i]!] : []));
  const stem = q.stem.trim();
  const count = q.type === 'multi' && answerCount(stem) !== choice.length ? `\n(Choose ${['', 'one', 'two', 'three', 'four'][choice.length] ?? choice.length}.)` : '';
  const options = q.choices.map((c, i) => `${LETTERS[i]}. ${c.text.trim()}`).join('\n');
  return { id: q.id, kind: choice.length > 1 ? 'multi' : 'question', text: `${stem}${count}\n${options}`, choice };
}

/** Every question of the bank's chapter files, file by file. */
export function bankItems(dir: string): Map<string, TestItem[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'facts.yaml').sort();
  return new Map(files.map((f) => [f, ((parse(readFileSync(join(dir, f), 'utf8')) as { questions?: BankQuestion[] }).questions ?? []).map(bankItem)]));
}

