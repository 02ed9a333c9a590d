// Generated data for the bench: a large bank made from the built-in questions (so its text is
// realistic and it validates) and a long review history over those questions.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same data. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function builtinQuestions(root) {
  const dir = join(root, 'questions');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && name !== 'facts.yaml')
    .sort()
    .flatMap((name) => parse(readFileSync(join(dir, name), 'utf8')).questions ?? []);
}

/**
 * Writes `count` questions as `files` bank files into `dir` and returns their ids. Each is a
 * built-in question under a new id, so the bank is as large and as valid as a real one.
 */
export function writeBank(root, dir, { count = 10_000, files = 20 } = {}) {
  const source = builtinQuestions(root);
  mkdirSync(dir, { recursive: true });
  const perFile = Math.ceil(count / files);
  const ids = [];
  for (let f = 0; f < files; f++) {
    const questions = [];
    for (let i = f * perFile; i < Math.min(count, (f + 1) * perFile); i++) {
      const q = source[i % source.length];
      const id = `gen-${String(i).padStart(5, '0')}-${q.id}`;
      ids.push(id);
      questions.push({ ...q, id });
    }
    const name = `generated-${String(f + 1).padStart(2, '0')}.yaml`;
    writeFileSync(join(dir, name), stringify({ title: `Generated bank ${f + 1} of ${files}`, questions }, { lineWidth: 100 }));
  }
  return ids;
}

/**
 * A review log of `count` records over `ids`, oldest first, ending at `end`: each question is
 * answered again and again at growing intervals, mostly right, with an occasional undo.
 */
export function reviewLogText(ids, { count = 100_000, end = new Date('2026-11-25T12:00:00Z'), seed = 7 } = {}) {
  const random = seeded(seed);
  const span = 365 * 86_400_000;
  const start = end.getTime() - span;
  const lines = [];
  let t = start;
  const step = span / count;
  for (let n = 0; lines.length < count; n++) {
    t += step * (0.5 + random());
    const qid = ids[Math.floor(random() * ids.length)];
    const correct = random() < 0.8;
    const at = new Date(Math.min(t, end.getTime() - 1000)).toISOString();
    const id = `${Math.floor(t).toString(36)}-${n.toString(36).padStart(8, '0')}`;
    lines.push(JSON.stringify({ v: 1, type: 'review', id, qid, at, source: random() < 0.9 ? 'study' : 'exam', correct, rating: correct ? 3 : 1, chosen: ['An option'], ms: Math.floor(4000 + random() * 30_000) }));
    if (random() < 0.01 && lines.length < count) lines.push(JSON.stringify({ v: 1, type: 'undo', id: `${id}-u`, at, ref: id }));
  }
  return `${lines.join('\n')}\n`;
}
