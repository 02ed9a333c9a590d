import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { ROOT, Terminal } from './terminal.js';

/** The three-question fixture bank: `--topic general` draws exactly those. */
export const EXAM_BANK = join(ROOT, 'test', 'fixtures', 'exam-bank.yaml');

/** A mock exam of the three fixture questions in one minute, with this seed (and any other flags). */
export const fixtureExam = (seed: string, ...extra: string[]) => ['exam', '--bank', EXAM_BANK, '--topic', 'general', '--questions', '3', '--minutes', '1', '--seed', seed, ...extra];

/**
 * A temporary data folder per call, and terminals running `args` on it; all of them killed and
 * removed after each test of the file that calls this (with any other terminal given to `track`).
 */
export function examTerminals(args: readonly string[], prefix: string): () => { home: string; open(): Terminal; track(term: Terminal): Terminal } {
  let homes: string[] = [];
  let terms: Terminal[] = [];
  afterEach(() => {
    for (const t of terms) t.kill();
    for (const h of homes) rmSync(h, { recursive: true, force: true });
    homes = [];
    terms = [];
  });
  return () => {
    const home = mkdtempSync(join(tmpdir(), prefix));
    homes.push(home);
    const track = (term: Terminal) => {
      terms.push(term);
      return term;
    };
    const open = () => track(new Terminal(args, { env: { CLF_TRAINER_HOME: home } }));
    return { home, open, track };
  };
}
