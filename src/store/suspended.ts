import { join } from 'node:path';
import { readJsonState, updateJsonState, type Loaded } from './json-state.js';

/** The questions the learner suspended: out of study, review and mock exams until unsuspended. */
export const SUSPENDED_FILE = 'suspended.json';

const normalize = (raw: unknown): string[] => {
  const ids = (raw as { ids?: unknown } | undefined)?.ids;
  return Array.isArray(ids) ? [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length < 200))].sort() : [];
};

export function readSuspended(dir: string): Loaded<string[]> {
  return readJsonState(join(dir, SUSPENDED_FILE), normalize);
}

/** Suspends a question, or unsuspends it (`on` false); returns every suspended id. */
export function setSuspended(dir: string, qid: string, on: boolean): string[] {
  const file = updateJsonState<{ v: 1; ids: string[] }>(join(dir, SUSPENDED_FILE), 'the suspended questions', (raw) => ({ v: 1, ids: normalize(raw) }), ({ ids }) => ({
    v: 1,
    ids: on ? [...new Set([...ids, qid])].sort() : ids.filter((id) => id !== qid),
  }));
  return file.ids;
}
