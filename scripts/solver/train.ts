// Trains the solver's clause model (src/core/solver/training.ts) and returns it as JSON text.
// Run by scripts/build.mjs, which writes it to src/core/solver/clause-model.json when it changed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pack } from '../../src/core/solver/classifier.js';
import { trainClauseModel, type HandLabelled } from '../../src/core/solver/training.js';

const texts = (file: string): string[] => (parse(readFileSync(file, 'utf8')) as { text: string }[]).map((item) => item.text);

/**
 * Every scenario and question written for the solver (its test fixtures). The question banks are
 * left out on purpose: a change to a bank must not change what the solver has learned.
 */
export function corpus(root: string): string[] {
  const rounds = join(root, 'test', 'fixtures', 'solver-rounds');
  const out = [
    ...texts(join(root, 'test', 'fixtures', 'solver-examples.yaml')),
    ...texts(join(root, 'test', 'core', 'solver', 'held-out.yaml')),
    ...texts(join(root, 'test', 'core', 'solver', 'held-out-questions.yaml')),
    ...readdirSync(rounds).filter((n) => n.endsWith('.yaml')).sort().flatMap((n) => texts(join(rounds, n))),
  ];
  return out;
}

export function handLabelled(root: string): HandLabelled[] {
  const byLabel = parse(readFileSync(join(root, 'scripts', 'solver', 'labelled-clauses.yaml'), 'utf8')) as Record<string, string[]>;
  return Object.entries(byLabel).flatMap(([label, list]) => list.map((text) => ({ text, label })));
}

export function modelJson(root: string): string {
  return `${JSON.stringify(pack(trainClauseModel(corpus(root), handLabelled(root))), null, 1)}\n`;
}
