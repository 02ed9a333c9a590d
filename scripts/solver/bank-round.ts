// Runs the solver over the trainer's own question bank (questions/*.yaml, every chapter file but
// the facts) as exam items: the stem, its choices lettered A, B, C…, and the key. Prints each
// item's verdict and the figures for the whole bank and for its two halves by question number
// (odd, even), so one half can serve to develop on and the other to check on:
// `node scripts/solver-rounds.mjs --bank [--half odd|even] [--misses] [--json]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { measure, summarise, summaryLine, type ItemResult, type TestItem } from '../../src/core/solver/measure.js';
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

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const half = valueOf('--half') as Half | undefined;
const all: ItemResult[] = [];
const report: Record<string, ItemResult[]> = {};
for (const [file, items] of bankItems(join(process.cwd(), 'questions'))) {
  const results = measure(items.filter((item) => !half || halfOf(item.id) === half));
  report[file] = results;
  all.push(...results);
  if (args.includes('--json')) continue;
  console.log(`\n${file}`);
  for (const r of results) {
    if (args.includes('--misses') && r.verdict === 'right') continue;
    const mark = r.verdict === 'right' ? '✓' : '✗';
    console.log(`  ${mark} ${r.id.padEnd(18)} ${r.kind.padEnd(9)} ${r.verdict.padEnd(10)} got ${r.got} (${r.confidence.toFixed(2)}); key ${r.expected}`);
  }
  console.log(`  ${summaryLine(summarise(results))}`);
}
if (args.includes('--json')) console.log(JSON.stringify({ files: report, summary: summarise(all) }, null, 2));
else {
  for (const h of ['odd', 'even'] as const) {
    const part = all.filter((r) => halfOf(r.id) === h);
    if (part.length) console.log(`\n${h} half: ${summaryLine(summarise(part))}`);
  }
  console.log(`\nbank: ${summaryLine(summarise(all))}`);
}
