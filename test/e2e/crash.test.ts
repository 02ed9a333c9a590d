import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Where in a session the process is killed. */
const MOMENTS = ['on the explanation of a saved answer', 'on the next question', 'right after submitting (answer in flight)', 'right after continuing'] as const;

describe('a trainer killed mid-session', () => {
  it('100 times in a row (SIGKILL between and during answers): no answered review is lost, the log always reads whole', async () => {
    let acknowledged = 0;
    let inFlight = 0;
    for (let round = 0; round < 100; round++) {
      const term = new Terminal(STUDY(), { env: { CLF_TRAINER_HOME: home } });
      try {
        await term.waitFor('Fixture question', 30_000);
        const moment = MOMENTS[round % MOMENTS.length]!;
        const answers = 1 + (round % 3);
        for (let a = 0; a < answers; a++) {
          term.press('a', 'enter'); // choose option A, submit
          const last = a === answers - 1;
          if (last && moment === 'right after submitting (answer in flight)') {
            inFlight++;
            break;
          }
          await term.waitFor(ANSWERED, 30_000);
          acknowledged++;
          if (last && moment === 'on the explanation of a saved answer') break;
          term.press('enter');
          if (last && moment === 'right after continuing') break;
          await term.waitFor('Fixture question', 30_000);
        }
        term.signal('SIGKILL');
        expect(await term.exit(30_000)).toBe(128 + 9);
      } finally {
        term.kill();
      }
      const log = readLog(home);
      expect(log.damaged, `round ${round}`).toEqual([]);
      expect(log.truncatedTail, `round ${round}`).toBe(false);
      const ids = log.records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(log.records.length).toBeGreaterThanOrEqual(acknowledged);
      expect(log.records.length).toBeLessThanOrEqual(acknowledged + inFlight);
    }
    // And the state reads as a whole afterwards, for every command.
    const list = spawnSync(process.execPath, [BIN, 'review', '--list', '--json', '--bank', bank], { cwd: ROOT, env: { ...process.env, CLF_TRAINER_HOME: home }, encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(() => JSON.parse(list.stdout)).not.toThrow();
  }, 1_200_000);
});
