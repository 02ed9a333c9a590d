import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { BIN, ROOT } from '../e2e/terminal.js';

const PARTNERS = 'A data provider must hand each partner its own key and cap every partner at 10,000 calls per month.';

describe('clf-trainer solve', () => {
  it('answers a scenario given as TEXT, with clues, the rule in order and the rejected services', async () => {
    const r = await runCli(['solve', PARTNERS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Amazon API Gateway REST API {2}\(apigw-rest, confidence 0\.\d\d\)\n/);
    expect(r.stdout).toContain('Clues in the text');
    expect(r.stdout).toContain('"each partner its own key"');
    expect(r.stdout).toMatch(/The rule, step by step\n {3}1\. Static content\?/);
    expect(r.stdout).toMatch(/ 9\. A REST-only feature\? +fired/);
    expect(r.stdout).toContain('Why not the others');
    expect(r.stdout).toMatch(/^ {2}not HTTP API: it has no per-client quotas/m);
  });

  it('joins several words of TEXT into one scenario', async () => {
    const r = await runCli(['solve', 'A', 'multiplayer', 'game', 'pushes', 'scores', 'to', 'connected', 'players']);
    expect(r.stdout).toMatch(/^Amazon API Gateway WebSocket API/);
  });

  it('reads the scenario from stdin when no TEXT is given', async () => {
    const r = await runCli(['solve', '--json'], { stdin: `${PARTNERS}\n` });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json.service).toBe('apigw-rest');
  });

  it('--json prints service, name, clues, trace, rejected, confidence, question and choice', async () => {
    const r = await runCli(['solve', '--json', PARTNERS]);
    const json = JSON.parse(r.stdout) as {
      service: string;
      name: string;
      clues: { concept: string; quote: string; negated: boolean }[];
      trace: { step: string; outcome: string; reason: string }[];
      rejected: Record<string, string>;
      confidence: number;
      question: string | null;
      choice: string | null;
    };
    expect(json).toMatchObject({ service: 'apigw-rest', name: 'Amazon API Gateway REST API', question: null, choice: null });
    expect(json.clues).toContainEqual(expect.objectContaining({ concept: 'per-client-quota', quote: 'each partner its own key', negated: false }));
    expect(json.trace.map((t) => t.step)).toEqual(['static', 'graphql', 'push', 'cdn', 'load-balancer', 'function-url', 'direct-invoke', 'api-gateway', 'rest']);
    expect(Object.keys(json.rejected)).toHaveLength(8);
    expect(json.confidence).toBeGreaterThan(0);
    expect(json.confidence).toBeLessThanOrEqual(1);
  });

  it('recognises lettered options and names the matching one', async () => {
    const question = `${PARTNERS} Which option meets these requirements?\nA) Amazon CloudFront\nB) Amazon API Gateway HTTP API\nC) Amazon API Gateway REST API\nD) An Application Load Balancer\n`;
    const human = await runCli(['solve'], { stdin: question });
    expect(human.stdout).toContain('Answer: C. Amazon API Gateway REST API');
    const json = JSON.parse((await runCli(['solve', '--json'], { stdin: question })).stdout) as { choice: string; options: { letter: string }[] };
    expect(json.choice).toBe('C');
    expect(json.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('labels the letter a best guess, and says so in --json, when no option states the recommendation', async () => {
    const question = `${PARTNERS}\n(A) Amazon CloudFront\n(B) An Application Load Balancer\n`;
    expect((await runCli(['solve'], { stdin: question })).stdout).toMatch(/^Answer: [AB]\. .*\n {2}Best guess.*, not settled: /m);
    const json = JSON.parse((await runCli(['solve', '--json'], { stdin: question })).stdout) as { choice: string; guess: { letters: string[] } };
    expect(json.guess.letters).toEqual([json.choice]);
  });

  it('names the settling question when the text does not decide', async () => {
    const r = await runCli(['solve', 'Which API Gateway API type should we use for the new API?']);
    expect(r.stdout).toMatch(/not settled/);
    expect(r.stdout).toMatch(/To settle it: Do you need API keys or per-client quotas/);
    const none = await runCli(['solve', '--json', 'We want to modernise.']);
    expect(JSON.parse(none.stdout)).toMatchObject({ service: null, name: null, confidence: 0 });
    expect(none.code).toBe(0);
  });

  it('refuses an empty scenario with a usage error (exit 2)', async () => {
    const r = await runCli(['solve'], { stdin: '  \n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/solve needs a scenario/);
    expect(r.stdout).toBe('');
  });

  it('reads a terminal when no TEXT is given, saying first how to end the input', async () => {
    const r = await runCli(['solve'], { tty: true, stdin: `${PARTNERS}\n` });
    expect(r.stderr).toMatch(/^Type or paste the scenario, then press Ctrl\+D on an empty line to solve it/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Amazon API Gateway REST API/);
  });

  it('says that it is waiting when a pipe stays silent, then solves what arrives', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const input = new PassThrough();
      const running = runCli(['solve'], { input });
      await vi.advanceTimersByTimeAsync(2_000);
      input.end(PARTNERS);
      const r = await running;
      expect(r.stderr).toMatch(/^clf-trainer: waiting for the scenario on stdin \(nothing has arrived for 2 s\); end it with Ctrl\+D on an empty line, or give it as TEXT\n$/);
      expect(r.stdout).toMatch(/^Amazon API Gateway REST API/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says nothing when the pipe answers at once', async () => {
    const r = await runCli(['solve'], { stdin: PARTNERS });
    expect(r.stderr).toBe('');
  });

  it('refuses a scenario far larger than any question, on stdin and as TEXT alike (exit 1)', async () => {
    const huge = 'API keys. '.repeat(30_000);
    const piped = await runCli(['solve'], { stdin: huge });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/larger than 256 KB/);
    const given = await runCli(['solve', ...huge.split('. ')]);
    expect(given).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/the scenario given as TEXT is larger than 256 KB/) });
  });

  it('answers a scenario that is one run of 250,000 letters (a stuck key), instead of working on it for half an hour (real process)', () => {
    const run = spawnSync(process.execPath, [BIN, 'solve'], { input: 'a'.repeat(250_000), encoding: 'utf8', timeout: 60_000 });
    expect(run.signal, 'the solver was still working').toBeNull();
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^No recommendation/);
  });

  it('--help describes TEXT, stdin and --json', async () => {
    const r = await runCli(['solve', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('clf-trainer solve [TEXT] [--json]');
    expect(r.stdout).toContain('stdin');
  });
});

describe('clf-trainer solve, built', () => {
  it('works in a pipe from the real binary', () => {
    const out = execFileSync(process.execPath, [BIN, 'solve', '--json'], { input: 'A static HTML, CSS and JavaScript site must be served over HTTPS worldwide.', encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ service: 's3-cloudfront' });
  });

  it('never loads Ink or React: the command and everything it imports statically are free of them', () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const todo = [join(ROOT, 'src', 'commands', 'solve.ts')];
    while (todo.length) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      // Static imports and re-exports only; `await import()` is how Ink is kept lazy.
      for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec).replace(/\.js$/, existsSync(resolve(dirname(file), spec).replace(/\.js$/, '.tsx')) ? '.tsx' : '.ts'));
        else bare.add(spec);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
    expect([...bare].filter((s) => /^(ink|react)(\/|-|$)/.test(s))).toEqual([]);
    expect(execFileSync(process.execPath, [BIN, 'solve', 'An API needs API keys'], { encoding: 'utf8' })).toMatch(/^Amazon API Gateway REST API/);
  });
});
