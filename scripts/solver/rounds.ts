// Runs the solver over written test rounds (YAML lists of items, see src/core/solver/measure.ts)
// and prints each item's verdict and the figures: `node scripts/solver-rounds.mjs FILE…`.
// With --misses only the items it got wrong are listed; with --json the results are printed as JSON.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { asTestItem, measure, summarise, summaryLine, type ItemResult } from '../../src/core/solver/measure.js';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const all: ItemResult[] = [];
const report: Record<string, ItemResult[]> = {};
for (const file of files) {
  const items = (parse(readFileSync(file, 'utf8')) as Record<string, unknown>[]).map((raw, i) => asTestItem(raw, i, basename(file, '.yaml')));
  const results = measure(items);
  report[file] = results;
  all.push(...results);
  if (args.includes('--json')) continue;
  console.log(`\n${basename(file)}`);
  for (const r of results) {
    if (args.includes('--misses') && r.verdict === 'right' && r.areaNamed !== false) continue;
    const mark = r.verdict === 'right' ? (r.areaNamed === false ? '~' : '✓') : '✗';
    console.log(`  ${mark} ${r.id.padEnd(8)} ${r.kind.padEnd(12)} ${r.verdict.padEnd(22)} got ${r.got} (${r.confidence.toFixed(2)}); key ${r.expected}`);
  }
  console.log(`  ${summaryLine(summarise(results))}`);
}
if (args.includes('--json')) console.log(JSON.stringify({ files: report, summary: summarise(all) }, null, 2));
else if (files.length > 1) console.log(`\nall: ${summaryLine(summarise(all))}`);
