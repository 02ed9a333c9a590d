import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/study/random.js';
import { readLog } from '../../src/store/review-file.js';
import { writeManyQuestions } from '../helpers/many-questions.js';
import { BIN, ROOT, Terminal } from './terminal.js';

let home: string;
let bank: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-crash-'));
  bank = join(mkdtempSync(join(tmpdir(), 'clf-e2e-crash-bank-')), 'many.yaml');
  writeManyQuestions(bank, 400);
});
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(join(bank, '..'), { recursive: true, force: true });
});

const STUDY = () => ['study', '--bank', bank, '--topic', 'general', '--new', '1000'];
const ANSWERED = /✓ Correct|✗ Wrong/;
const QUESTION = 'Fixture question';

/** Where in a session the process is killed. */
type Moment = 'on the explanation of a saved answer' | 'on the next question' | 'right after submitting (answer in flight)' | 'right after continuing';

interface KillPoint {
  moment: Moment;
  /** Answers given in this run (the last one is where the kill happens). */
  answers: number;
  /** Milliseconds between the last key and SIGKILL (0: at once). */
  delayMs: number;
}

/**
 * The kill points that matter, each once: on every moment of an answer's life, after the
 * first answer of a run and after a few. An answer in flight is followed by more runs, which
 * must start from the log it left.
 */
const CHOSEN: KillPoint[] = [
  { moment: 'right after submitting (answer in flight)', answers: 1, delayMs: 0 },
  { moment: 'on the explanation of a saved answer', answers: 1, delayMs: 0 },
  { moment: 'right after continuing', answers: 2, delayMs: 0 },
  { moment: 'on the next question', answers: 1, delayMs: 0 },
  { moment: 'right after submitting (answer in flight)', answers: 3, delayMs: 0 },
  { moment: 'on the next question', answers: 3, delayMs: 0 },
  { moment: 'right after submitting (answer in flight)', answers: 2, delayMs: 0 },
  { moment: 'on the explanation of a saved answer', answers: 3, delayMs: 0 },
];
const MOMENTS: readonly Moment[] = ['on the explanation of a saved answer', 'on the next question', 'right after submitting (answer in flight)', 'right after continuing'];

/** A seeded random sample on top: any moment, 1–3 answers, killed 0–30 ms after the last key. Set CLF_CRASH_SEED to repeat one. */
const SAMPLE = 10;
const SEED = process.env.CLF_CRASH_SEED ? Number(process.env.CLF_CRASH_SEED) : Math.floor(Math.random() * 2 ** 31);

function sample(seed: number, count: number): KillPoint[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({ moment: MOMENTS[Math.floor(random() * MOMENTS.length)]!, answers: 1 + Math.floor(random() * 3), delayMs: Math.floor(random() * 31) }));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a trainer killed mid-session', () => {
  it('at every kill point that matters and a seeded random sample (SIGKILL between and during answers): no answered review is lost, the log always reads whole', async () => {
    expect(Number.isInteger(SEED), `CLF_CRASH_SEED must be a whole number, got "${process.env.CLF_CRASH_SEED}"`).toBe(true);
    console.log(`crash.test: random sample seed ${SEED} (run again with CLF_CRASH_SEED=${SEED})`);
    const rounds = [...CHOSEN, ...sample(SEED, SAMPLE)];
    let acknowledged = 0;
    let inFlight = 0;
    for (const [round, point] of rounds.entries()) {
      const where = `round ${round} (${point.moment}, ${point.answers} answers, ${point.delayMs} ms, seed ${SEED})`;
      const term = new Terminal(STUDY(), { env: { CLF_TRAINER_HOME: home } });
      try {
        await term.waitFor(QUESTION, 30_000);
        for (let a = 0; a < point.answers; a++) {
          term.press('a', 'enter'); // choose option A, then submit
          const last = a === point.answers - 1;
          if (last && point.moment === 'right after submitting (answer in flight)') {
            inFlight++;
            break;
          }
          await term.waitFor(ANSWERED, 30_000);
          acknowledged++;
          if (last && point.moment === 'on the explanation of a saved answer') break;
          term.press('enter');
          if (last && point.moment === 'right after continuing') break;
          await term.waitFor(QUESTION, 30_000);
        }
        if (point.delayMs) await pause(point.delayMs);
        term.signal('SIGKILL');
        expect(await term.exit(30_000), where).toBe(128 + 9);
      } finally {
        term.kill();
      }
      const log = readLog(home);
      expect(log.damaged, where).toEqual([]);
      expect(log.truncatedTail, where).toBe(false);
      const ids = log.records.map((r) => r.id);
      expect(new Set(ids).size, where).toBe(ids.length);
      expect(log.records.length, where).toBeGreaterThanOrEqual(acknowledged);
      expect(log.records.length, where).toBeLessThanOrEqual(acknowledged + inFlight);
    }
    // And the state reads as a whole afterwards, for every command.
    const list = spawnSync(process.execPath, [BIN, 'review', '--list', '--json', '--bank', bank], { cwd: ROOT, env: { ...process.env, CLF_TRAINER_HOME: home }, encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(() => JSON.parse(list.stdout)).not.toThrow();
  }, 600_000);
});
