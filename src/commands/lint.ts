import { join } from 'node:path';
import { BALANCE_LIMITS } from '../core/bank/balance.js';
import { coverage, type Coverage } from '../core/bank/coverage.js';
import { DOMAIN_INFO } from '../core/exam-guide/domains.js';
import type { Problem } from '../core/bank/types.js';
import type { CommandRun } from '../cli/types.js';
import { loadLibrary } from '../store/bank-files.js';
import { cacheDir, dataDir } from '../store/paths.js';
import { printable, printableJson } from '../core/bank/sanitize.js';

export const run: CommandRun = async (ctx) => {
  const json = ctx.args.flags.json === true;
  const withCoverage = ctx.args.flags.coverage === true;
  const library = await loadLibrary({ paths: ctx.args.positionals, userDir: join(dataDir(ctx.env), 'banks'), cwd: ctx.cwd, cacheDir: cacheDir(dataDir(ctx.env)) });
  // With paths, the report is about them: the other banks are loaded only to find ids used twice.
  const scoped = ctx.args.positionals.length > 0;
  const problems = scoped ? library.problems.filter((p) => library.given.has(p.file)) : library.problems;
  const banks = scoped ? library.banks.filter((b) => library.given.has(b.path)) : library.banks;
  const checked = new Set(banks.map((b) => b.path));
  const questions = library.questions.filter((q) => checked.has(q.bank));
  const chapter = library.questions.filter((q) => library.banks.some((b) => b.builtin && b.path === q.bank));
  const report = withCoverage ? coverage(chapter, library.facts) : undefined;
  const ok = problems.length === 0 && (report?.failures.length ?? 0) === 0;
  if (json) {
    ctx.stdout.write(`${printableJson({ ok, problems, banks, ...(report ? { coverage: report } : {}) }, 2)}\n`);
    return ok ? 0 : 1;
  }
  for (const problem of problems) ctx.stdout.write(`${formatProblem(problem)}\n`);
  if (report) ctx.stdout.write(formatCoverage(report));
  const what = scoped ? `${ctx.args.positionals.map((p) => printable(p, { oneLine: true })).join(', ')}: ` : '';
  ctx.stdout.write(
    problems.length === 0
      ? `✓ ${what}${banks.length} bank${banks.length === 1 ? '' : 's'}, ${questions.length} question${questions.length === 1 ? '' : 's'}, no problems\n`
      : `✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s)\n`,
  );
  return ok ? 0 : 1;
};

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.rule}  ${p.message}`;
}

function formatCoverage(c: Coverage): string {
  const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((n / of) * 100)}%`);
  const lines = ['', 'Coverage of the chapter banks', '', '  topic            questions  single  multi  scenario'];
  for (const t of c.topics) {
    lines.push(`  ${t.topic.padEnd(16)} ${String(t.questions).padStart(9)}  ${String(t.single).padStart(6)}  ${String(t.multi).padStart(5)}  ${pct(t.scenario, t.questions).padStart(8)}`);
  }
  lines.push(`  ${'total'.padEnd(16)} ${String(c.total).padStart(9)}  ${String(c.total - c.multi).padStart(6)}  ${String(c.multi).padStart(5)}  ${pct(c.scenario, c.total).padStart(8)}`);
  lines.push('', `  multiple response: ${pct(c.multi, c.total)}   scenarios: ${pct(c.scenario, c.total)}`);
  lines.push('', '  exam domain                        questions');
  for (const d of c.domains) lines.push(`  ${`${DOMAIN_INFO[d.domain].number}. ${DOMAIN_INFO[d.domain].label}`.padEnd(34)} ${String(d.questions).padStart(9)}`);
  const b = c.balance;
  lines.push(
    '',
    '  balance (does length or wording give the key away?)',
    `  single answer, key is the longest option:       ${pct(b.singleKeyLongest.length, b.single).padStart(4)}  (at most ${Math.round(BALANCE_LIMITS.singleKeyLongest * 100)}%)`,
    `  multiple response, keys are the longest options: ${pct(b.multiKeysLongest.length, b.multi).padStart(4)}  (at most ${Math.round(BALANCE_LIMITS.multiKeysLongest * 100)}%)`,
    `  median key length ÷ average distractor length:  ${b.medianLengthRatio.toFixed(2).padStart(4)}  (at most ${BALANCE_LIMITS.medianLengthRatio.toFixed(2)})`,
    `  a key alone repeats a distinctive stem word:     ${String(b.echoes.length).padStart(4)}  (at most ${BALANCE_LIMITS.keyEchoes})`,
  );
  const covered = c.facts.length - c.uncovered.length;
  lines.push(`  facts covered: ${covered} of ${c.facts.length}`);
  if (c.uncovered.length) lines.push(`  not covered: ${c.uncovered.join(', ')}`);
  const below = c.belowRequired.filter((f) => f.questions > 0);
  if (below.length) lines.push(`  below required count: ${below.map((f) => `${f.id} (${f.questions}/${f.required})`).join(', ')}`);
  lines.push(c.failures.length ? `  ✗ ${c.failures.length} coverage requirement(s) not met` : '  ✓ every coverage requirement met', '', '');
  return lines.join('\n');
}
