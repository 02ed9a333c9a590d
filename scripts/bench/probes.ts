// In-process measurements for `npm run bench`, bundled by scripts/bench.mjs with the app's own
// recipe. Each subcommand prints one JSON object on stdout. Timings exclude Node's start-up.
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadLibrary } from '../../src/store/bank-files.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/core/srs/settings.js';
import { reviewLogOnDisk } from '../../src/store/review-log.js';
import { newRecordId, type ReviewRecord } from '../../src/core/progress/records.js';
import { progressFor } from './progress-probe.js';

const [command, ...args] = process.argv.slice(2);

function out(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Figure 3: load and validate every bank file of a folder (with or without the cache). */
async function loadBank(dir: string, cacheDir: string | undefined): Promise<void> {
  const start = performance.now();
  const library = await loadLibrary({ paths: [dir], builtin: false, ...(cacheDir ? { cacheDir } : { cache: false }) });
  out({ ms: performance.now() - start, questions: library.questions.length, problems: library.problems.length });
}

/** Figure 3's baseline: only `yaml.parse` of the same files. */
function yamlParse(dir: string): void {
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  const start = performance.now();
  let questions = 0;
  for (const name of files) questions += (parse(readFileSync(join(dir, name), 'utf8')) as { questions: unknown[] }).questions.length;
  out({ ms: performance.now() - start, questions });
}

/**
 * Figure 5: saving one answer the way the study screen does (the run's review log) into a log that
 * already holds the history, against appending one line of the same size to a file and
 * flushing it. Alternated, so both see the same machine load.
 */
function saveAnswer(home: string, rounds: number): void {
  const log = reviewLogOnDisk(home, makeScheduler({ retention: DEFAULT_SETTINGS.retention }), DEFAULT_SETTINGS.dayStart);
  const baseline = join(home, 'baseline.jsonl');
  const save: number[] = [];
  const append: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const now = new Date();
    const record: ReviewRecord = { v: 1, type: 'review', id: newRecordId(now), qid: 'bench-question', at: now.toISOString(), source: 'study', correct: true, rating: 3, chosen: ['An option'], ms: 5000 };
    const line = `${JSON.stringify(record)}\n`;
    let t = performance.now();
    const fd = openSync(baseline, 'a', 0o600);
    writeSync(fd, line);
    fsyncSync(fd);
    closeSync(fd);
    append.push(performance.now() - t);
    t = performance.now();
    log.append([record]);
    save.push(performance.now() - t);
  }
  out({ save, append });
}

/** Figure 4: from the files on disk to the first question of a study session and the stats report. */
async function queueStats(home: string, bankDir: string, cacheDir: string): Promise<void> {
  const library = await loadLibrary({ paths: bankDir === '-' ? [] : [bankDir], cacheDir });
  const result = progressFor(home, library, new Date());
  out(result);
}

switch (command) {
  case 'load-bank':
    await loadBank(args[0]!, args[1]);
    break;
  case 'yaml-parse':
    yamlParse(args[0]!);
    break;
  case 'save-answer':
    saveAnswer(args[0]!, Number(args[1] ?? 30));
    break;
  case 'queue-stats':
    await queueStats(args[0]!, args[1]!, args[2]!);
    break;
  default:
    process.stderr.write(`unknown probe ${command}\n`);
    process.exitCode = 2;
}
