#!/usr/bin/env node
// `npm run bench`: the performance figures of clf-trainer, each against a baseline measured in
// the same run, several runs each, medians reported. Prints a markdown table and writes it
// (and the raw numbers as JSON) to bench-results/. Options:
//   --runs N     runs per figure (default 7; the 10,000-question bank and the idle clock use fewer)
//   --only 1,3   only these figures
//   --quick      fewer runs and a shorter idle measurement (a smoke test of the bench itself)
//   --no-build   use the existing dist/ instead of building first
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundle, historyId, loaderId, recipe } from './build.mjs';
import { builtinQuestions, reviewLogText, writeBank } from './bench/fixtures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'bench-results');
const work = join(results, '.work');
const BIN = join(root, 'bin', 'clf-trainer.js');
const PTY_HOST = join(root, 'test', 'e2e', 'pty-host.py');
const FIRST_FRAME = join(root, 'scripts', 'bench', 'first-frame.py');
const RSS_PROBE = join(root, 'scripts', 'bench', 'rss-probe.mjs');
const NOW = new Date();

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('quick');
const RUNS = Number(value('runs') ?? (quick ? 3 : 7));
const only = value('only')?.split(',').map(Number);
const wanted = (n) => !only || only.includes(n);

// ---------------------------------------------------------------- helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (text) => process.stderr.write(`${text}\n`);

/** Wall-clock time of a command run to completion, in ms. */
function timeCommand(command, args, env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/** Runs both commands `runs` times, alternating so both see the same machine load. */
function alternate(runs, a, b) {
  const as = [];
  const bs = [];
  a();
  b(); // warm the file cache; not counted
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      bs.push(b());
      as.push(a());
    } else {
      as.push(a());
      bs.push(b());
    }
  }
  return { subject: as, baseline: bs };
}

/** Runs a bundled probe and returns the JSON it prints. */
function probe(...args) {
  const out = execFileSync(process.execPath, [join(work, 'probes.mjs'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop());
}

const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

/** A program in a pseudo-terminal (the tests' pty host): its output, its pid, keys, exit. */
function ptyProcess(command, args, env) {
  const child = spawn('python3', [PTY_HOST, '100', '30', '--', command, ...args], { env: { ...process.env, TERM: 'xterm-256color', ...env }, stdio: ['pipe', 'pipe', 'inherit', 'pipe'] });
  let raw = '';
  child.stdout.setEncoding('utf8');
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const waiters = [];
  child.stdout.on('data', (chunk) => {
    raw += chunk;
    const text = raw.replace(ANSI, '');
    for (const w of [...waiters]) if (text.includes(w.text)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(process.hrtime.bigint());
    }
  });
  return {
    child,
    exited,
    text: () => raw.replace(ANSI, ''),
    waitFor: (text, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        if (raw.replace(ANSI, '').includes(text)) return resolve(process.hrtime.bigint());
        const timer = setTimeout(() => reject(new Error(`timed out waiting for "${text}" from ${args.join(' ')}:\n${raw.replace(ANSI, '').slice(-1500)}`)), timeoutMs);
        waiters.push({ text, resolve: (t) => (clearTimeout(timer), resolve(t)) });
      }),
    press: (keys) => child.stdin.write(keys),
    /** The pid of the program itself (the pty host's child). */
    pid: () => {
      const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
      return children[0];
    },
  };
}

/**
 * ms from immediately before the program is forked in a pseudo-terminal until `marker` is in
 * what it has drawn, timed inside the pty reader (scripts/bench/first-frame.py) so that the
 * reader's own start-up is outside the span; then `quitKeys` are typed.
 */
function firstFrame(command, args, marker, env, quitKeys = 'q') {
  const result = spawnSync('python3', [FIRST_FRAME, '100', '30', marker, quitKeys, '--', command, ...args], { env: { ...process.env, TERM: 'xterm-256color', ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`first frame of ${args.join(' ')}: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout.trim()).ms;
}

/**
 * The peer of figure 2c: learnyounode (a Node terminal tutorial), installed once into the bench's
 * work folder. Returns a timer of its menu's first frame, or undefined when it cannot be installed.
 */
function peerMenu() {
  const dir = join(work, 'peer');
  const bin = join(dir, 'node_modules', 'learnyounode', 'bin', 'learnyounode');
  if (!existsSync(bin)) {
    log('  installing learnyounode for the peer figure…');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['install', '--prefix', dir, '--no-audit', '--no-fund', 'learnyounode@4'], { encoding: 'utf8', timeout: 300_000 });
    if (result.status !== 0 || !existsSync(bin)) return undefined;
  }
  // Its own home folder, so it neither reads nor writes the user's settings.
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  return () => firstFrame(process.execPath, [bin], 'EXIT', { HOME: home }, '\u0003');
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) of a process so far, in seconds, from /proc/<pid>/stat. */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/** Percent of one core the process used from `c0` (CPU seconds) at `t0` until now. */
function cpuPercentSince(pid, c0, t0) {
  return ((cpuSeconds(pid) - c0) / (Number(process.hrtime.bigint() - t0) / 1e9)) * 100;
}

/**
 * CPU of a process once `ready` is drawn: over its first `seconds` (while hot code is still
 * being compiled), and over `seconds` after `restS` seconds on screen (the screen at rest).
 */
async function idleCpu(term, ready, seconds, restS) {
  await term.waitFor(ready);
  const pid = term.pid();
  let t0 = process.hrtime.bigint();
  let c0 = cpuSeconds(pid);
  await sleep(seconds * 1000);
  const first = cpuPercentSince(pid, c0, t0);
  await sleep(Math.max(0, restS - seconds) * 1000);
  t0 = process.hrtime.bigint();
  c0 = cpuSeconds(pid);
  await sleep(seconds * 1000);
  return { first, atRest: cpuPercentSince(pid, c0, t0) };
}

/** Peak RSS (MB) of one run of a command, read from the process itself when it exits. */
function peakRss(args, env) {
  const file = join(work, `rss-${process.pid}.txt`);
  rmSync(file, { force: true });
  timeCommand(process.execPath, ['--import', RSS_PROBE, ...args], { ...env, BENCH_RSS_FILE: file });
  const kb = Math.max(...readFileSync(file, 'utf8').trim().split('\n').map(Number));
  rmSync(file, { force: true });
  return kb / 1024;
}

async function peakRssInPty(args, marker, env) {
  const file = join(work, `rss-pty-${process.pid}.txt`);
  rmSync(file, { force: true });
  await firstFrame(process.execPath, ['--import', RSS_PROBE, ...args], marker, { ...env, BENCH_RSS_FILE: file });
  await sleep(200);
  const kb = Math.max(...readFileSync(file, 'utf8').trim().split('\n').map(Number));
  rmSync(file, { force: true });
  return kb / 1024;
}

// ---------------------------------------------------------------- setup

async function prepare() {
  mkdirSync(work, { recursive: true });
  if (!flag('no-build')) {
    log('building the app…');
    await bundle();
  }
  log('bundling the probes and the hello app…');
  const buildIds = { __CLF_TRAINER_LOADER__: JSON.stringify(loaderId()), __CLF_TRAINER_HISTORY__: JSON.stringify(historyId()) };
  await build({ ...recipe, entryPoints: ['scripts/bench/probes.ts'], outfile: join(work, 'probes.mjs'), define: { ...recipe.define, ...buildIds } });
  await build({ ...recipe, entryPoints: { hello: 'scripts/bench/hello.ts' }, outdir: join(work, 'hello'), splitting: true, chunkNames: 'chunks/[name]-[hash]' });

  log('generating a 10,000-question bank and 100,000 reviews…');
  const data = join(work, 'data');
  rmSync(data, { recursive: true, force: true });
  const bank = join(data, 'bank');
  const ids = writeBank(root, bank, { count: 10_000, files: 20 });
  const history = reviewLogText(ids, { count: 100_000, end: NOW });
  const homes = {};
  for (const name of ['empty', 'big', 'save', 'cache', 'history']) {
    homes[name] = join(data, `home-${name}`);
    mkdirSync(homes[name], { recursive: true, mode: 0o700 });
  }
  for (const name of ['big', 'save']) writeFileSync(join(homes[name], 'reviews.jsonl'), history, { mode: 0o600 });
  cpSync(bank, join(homes.big, 'banks'), { recursive: true });
  // The built-in banks with a long history over their questions.
  const builtinIds = builtinQuestions(root).map((q) => q.id);
  writeFileSync(join(homes.history, 'reviews.jsonl'), reviewLogText(builtinIds, { count: 100_000, end: NOW }), { mode: 0o600 });
  return { bank, homes };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    loadAverage: os.loadavg().map((x) => round(x, 2)),
  };
}

// ---------------------------------------------------------------- figures

/**
 * A figure against a baseline measured in turn with it: the ratio is the median of the ratios of
 * each pair (subject i against baseline i, measured back to back under the same load); the
 * medians of the raw values are reported beside it.
 */
function ratioFigure(id, name, baselineName, samples, budget, unit = 'ms') {
  const subject = median(samples.subject);
  const baseline = median(samples.baseline);
  const ratio = median(samples.subject.map((s, i) => s / samples.baseline[i]));
  const judged = budget === undefined ? { budget: '—', met: undefined } : { budget: `≤ ${budget}×`, met: ratio <= budget };
  return { id, name, baseline: baselineName, subject: round(subject), baselineValue: round(baseline), unit, ratio: round(ratio, 2), ...judged, runs: samples.subject.length, samples };
}

/** A figure with an absolute budget (`limit`), or none (undefined: reported for information). */
function valueFigure(id, name, baselineName, samples, limit, unit) {
  const subject = median(samples.subject);
  const baseline = samples.baseline.length ? median(samples.baseline) : undefined;
  return {
    id,
    name,
    baseline: baselineName,
    subject: round(subject, 2),
    ...(baseline !== undefined ? { baselineValue: round(baseline, 2), ratio: baseline > 0 ? round(subject / baseline, 2) : undefined } : {}),
    unit,
    budget: limit === undefined ? '—' : `< ${limit} ${unit}`,
    met: limit === undefined ? undefined : subject < limit,
    runs: samples.subject.length,
    samples,
  };
}

const figures = [];

async function main() {
  const { bank, homes } = await prepare();
  const env = (home) => ({ CLF_TRAINER_HOME: home, NO_COLOR: '' });
  const nodeE0 = () => timeCommand(process.execPath, ['-e', '0']);

  if (wanted(1)) {
    log('figure 1: --version and solve against node -e 0…');
    const runs = RUNS * 2 + 1;
    figures.push(ratioFigure('1a', '`clf-trainer --version`', '`node -e 0`', alternate(runs, () => timeCommand(process.execPath, [BIN, '--version'], env(homes.empty)), nodeE0), 1.3));
    const solveExists = spawnSync(process.execPath, [BIN, 'solve', '--help'], { encoding: 'utf8' }).status === 0;
    if (solveExists) {
      const question = 'A company wants to protect its REST API from SQL injection attacks';
      figures.push(ratioFigure('1b', '`clf-trainer solve "…"`', '`node -e 0`', alternate(runs, () => timeCommand(process.execPath, [BIN, 'solve', question], env(homes.empty)), nodeE0), 1.5));
    } else {
      log('  (no solve command in this build: skipped)');
    }
  }

  if (wanted(2)) {
    log('figure 2: first frame of the home screen and of `clf-trainer study` against a bare Ink app…');
    const hello = () => firstFrame(process.execPath, [join(work, 'hello', 'hello.js')], 'hello', {});
    const home = () => firstFrame(process.execPath, [BIN], 'enter open', env(homes.empty));
    const study = () => firstFrame(process.execPath, [BIN, 'study'], '0 answered', env(homes.empty));
    const runs = RUNS * 2 + 1;
    figures.push(ratioFigure('2a', 'home screen of `clf-trainer` drawn (pty)', 'bare Ink "hello" app, same bundling', alternate(runs, home, hello), 1.15));
    figures.push(ratioFigure('2b', 'first question of `clf-trainer study` drawn (pty)', 'bare Ink "hello" app, same bundling', alternate(runs, study, hello), 1.15));
    const peer = peerMenu();
    if (peer) figures.push(ratioFigure('2c', 'first question of `clf-trainer study` drawn (pty), against a peer (for information)', "learnyounode's menu drawn (pty)", alternate(runs, study, peer), undefined));
    else log('  (learnyounode could not be installed: the peer figure is skipped)');
  }

  if (wanted(3)) {
    const runs = quick ? 2 : Math.max(3, Math.ceil(RUNS / 2));
    log(`figure 3: loading the 10,000-question bank (${runs} runs; slow)…`);
    const cold = { subject: [], baseline: [] };
    const warm = { subject: [], baseline: [] };
    const cache = join(homes.cache, 'cache');
    rmSync(cache, { recursive: true, force: true });
    probe('load-bank', bank, cache); // fills the cache
    for (let i = 0; i < runs; i++) {
      const base = probe('yaml-parse', bank).ms;
      cold.baseline.push(base);
      warm.baseline.push(base);
      cold.subject.push(probe('load-bank', bank).ms);
      warm.subject.push(probe('load-bank', bank, cache).ms);
    }
    figures.push(ratioFigure('3a', 'load + validate 10,000 questions, first time (YAML parse, schema, rules)', '`yaml.parse` of the same files', cold, 1.5));
    figures.push(ratioFigure('3b', 'load + validate 10,000 questions, unchanged since last time (content-hash cache)', '`yaml.parse` of the same files', warm, 1.5));
  }

  if (wanted(4)) {
    log('figure 4: study queue and stats with 100,000 reviews…');
    const measure = (home, bankDir) => {
      const cacheDir = join(home, 'cache');
      probe('queue-stats', home, bankDir, cacheDir); // writes the history snapshot (and the bank cache)
      const samples = { subject: [], baseline: [] };
      for (let i = 0; i < RUNS; i++) {
        const r = probe('queue-stats', home, bankDir, cacheDir);
        if (r.rebuilt) throw new Error('figure 4: the history snapshot was not used');
        samples.subject.push(r.loadMs + r.queueMs + r.statsMs);
        samples.baseline.push(r.readMs);
      }
      return samples;
    };
    figures.push(valueFigure('4', 'study queue + stats, 100,000 reviews of the built-in questions (history read from disk + queue + stats report)', 'reading reviews.jsonl', measure(homes.history, '-'), 100, 'ms'));
    // For information: the same history spread over 10,000 questions (the stress bank of figures 3 and 7).
    figures.push(valueFigure('4b', 'the same with the history spread over 10,000 questions (for information)', 'reading reviews.jsonl', measure(homes.big, join(homes.big, 'banks')), undefined, 'ms'));
  }

  if (wanted(5)) {
    log('figure 5: saving one answer with 100,000 reviews…');
    const save = [];
    const append = [];
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      const r = probe('save-answer', homes.save, quick ? '20' : '60');
      save.push(...r.save.slice(2));
      append.push(...r.append.slice(2));
    }
    figures.push(ratioFigure('5', 'save one answer (study screen’s log) with 100,000 reviews', 'append one line + fsync', { subject: save, baseline: append }, 2));
  }

  if (wanted(6)) {
    const seconds = quick ? 3 : 10;
    const restS = quick ? 6 : 20;
    const runs = quick ? 1 : 3;
    log(`figure 6: CPU of an idle exam screen, ${seconds} s windows (${runs} runs of ${restS + seconds} s)…`);
    const atRest = { subject: [], baseline: [] };
    const first = { subject: [], baseline: [] };
    for (let i = 0; i < runs; i++) {
      const exam = ptyProcess(process.execPath, [BIN, 'exam', '--quick', '--seed', 'bench'], env(join(homes.empty)));
      await exam.waitFor('Mock exam');
      exam.press('\r');
      const e = await idleCpu(exam, 'left', seconds, restS);
      exam.child.kill('SIGKILL');
      const hello = ptyProcess(process.execPath, [join(work, 'hello', 'hello.js')], {});
      const h = await idleCpu(hello, 'hello', seconds, restS);
      hello.press('q');
      await hello.exited;
      rmSync(join(homes.empty, 'exams'), { recursive: true, force: true });
      atRest.subject.push(e.atRest);
      atRest.baseline.push(h.atRest);
      first.subject.push(e.first);
      first.baseline.push(h.first);
    }
    figures.push(valueFigure('6', `CPU of an idle exam screen, clock ticking: ${seconds} s after ${restS} s on screen`, 'idle bare Ink app', atRest, 2, '% of a core'));
    figures.push(valueFigure('6b', `the same over its first ${seconds} s (hot code still being compiled; for information)`, 'idle bare Ink app', first, undefined, '% of a core'));
  }

  if (wanted(7)) {
    log('figure 7: peak memory with 10,000 questions and 100,000 reviews…');
    const samples = { subject: [], baseline: [] };
    const big = env(homes.big);
    await peakRssInPty([BIN, 'study'], 'answered', big); // warms the caches
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      const stats = peakRss([BIN, 'stats', '--json'], big);
      const study = await peakRssInPty([BIN, 'study'], 'answered', big);
      samples.subject.push(Math.max(stats, study));
      samples.baseline.push(await peakRssInPty([join(work, 'hello', 'hello.js')], 'hello', {}));
    }
    figures.push(valueFigure('7', 'peak RSS of `study` (pty) and `stats --json`, 10,000 questions + 100,000 reviews', 'bare Ink "hello" app', samples, 100, 'MB'));
  }

  if (wanted(8)) {
    log('figure 8: how often the solver is right when it is confident…');
    const sets = [
      ...readdirSync(join(root, 'test', 'fixtures', 'solver-rounds')).filter((n) => n.endsWith('.yaml')).sort().map((n) => join(root, 'test', 'fixtures', 'solver-rounds', n)),
      join(root, 'test', 'core', 'solver', 'held-out.yaml'),
      join(root, 'test', 'core', 'solver', 'held-out-questions.yaml'),
    ];
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'solver-rounds.mjs'), '--json', ...sets], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { summary } = JSON.parse(out);
    const pct = (n, d) => (d ? round((100 * n) / d, 1) : 0);
    const confident = pct(summary.confidentRight, summary.confident);
    figures.push({
      id: '8',
      name: `solver answers at confidence ≥ 0.8 that are right (${summary.confidentRight} of ${summary.confident}), on the written rounds and held-out scenarios in test/, which development has seen (first-try figures on fresh rounds: README, solve)`,
      baseline: '—',
      subject: confident,
      unit: '%',
      budget: '≥ 95 %',
      met: confident >= 95,
      runs: 1,
      samples: { subject: [confident], baseline: [] },
    });
    figures.push({
      id: '8b',
      name: `solver right on all ${summary.items} items / on the ${summary.answered} it answered (for information)`,
      baseline: '—',
      subject: `${pct(summary.right, summary.items)} / ${pct(summary.answeredRight, summary.answered)}`,
      unit: '%',
      budget: '—',
      met: undefined,
      runs: 1,
      samples: { subject: [], baseline: [] },
    });
  }
}

function table(figs) {
  const rows = [
    '| # | figure | baseline | measured | ratio | budget | met? |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...figs.map((f) => {
      const measured = `${f.subject} ${f.unit}${f.baselineValue !== undefined ? ` (baseline ${f.baselineValue} ${f.unit})` : ''}`;
      return `| ${f.id} | ${f.name} | ${f.baseline} | ${measured} | ${f.ratio !== undefined ? `${f.ratio}×` : '—'} | ${f.budget} | ${f.met === undefined ? '—' : f.met ? '✓ yes' : '✗ no'} |`;
    }),
  ];
  return rows.join('\n');
}

const started = machine();
await main();
const ended = machine();
const stamp = NOW.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
const report = { date: NOW.toISOString(), machine: { ...started, loadAverageAtEnd: ended.loadAverage }, runs: RUNS, quick, figures };
const markdown = [
  `## clf-trainer bench, ${NOW.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Machine: ${started.cpu}, ${started.cores} cores, ${started.memoryGB} GB, ${started.os}, Node ${started.node}; load average ${started.loadAverage.join(' ')} at start, ${ended.loadAverage.join(' ')} at end.`,
  `Medians of ${RUNS} runs per figure (fewer for 3 and 6; more pairs for 1 and 2); a ratio is the median of the ratios of pairs measured back to back (see the JSON for every sample).`,
  '',
  table(figures),
  '',
].join('\n');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(results, `bench-${stamp}.md`), markdown);
writeFileSync(join(results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(results, 'latest.md'), markdown);
process.stdout.write(`${markdown}\nWritten to bench-results/bench-${stamp}.md and .json\n`);
process.exitCode = figures.every((f) => f.met !== false) ? 0 : 1;
