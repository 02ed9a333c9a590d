// Runs the solver over the trainer's own question bank (questions/*.yaml, every chapter file but
// the facts) as exam items: the stem, its choices lettered A, B, C…, and the key. Prints each
// item's verdict and the figures for the whole bank and for its two halves by question number
// (odd, even), so one half can serve to develop on and the other to check on:
// `node scripts/solver-rounds.mjs --bank [--half odd|even] [--misses] [--json]`.
import { join } from 'node:path';
import { measure, summarise, summaryLine, type ItemResult } from '../../src/core/solver/measure.js';
import { bankItems, halfOf, type Half } from './bank-items.js';

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
