import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sameArea } from '../../../src/core/solver/measure.js';
import { solve } from '../../../src/core/solver/solve.js';
import { ROOT } from '../../e2e/terminal.js';

interface Example {
  text: string;
  accept: string[];
}

const load = (path: string) => parse(readFileSync(path, 'utf8')) as Example[];

const PUBLIC = join(ROOT, 'test', 'fixtures', 'solver-examples.yaml');
// The shared copy, when it sits beside the project, is checked too: it may have grown.
const SHARED = join(ROOT, '..', 'shared', 'solver-examples.yaml');
const HELD_OUT = join(ROOT, 'test', 'core', 'solver', 'held-out.yaml');
const HELD_OUT_SCOPE = join(ROOT, 'test', 'core', 'solver', 'held-out-scope.yaml');

function check(examples: Example[]) {
  it.each(examples.map((e) => [e.text, e.accept] as const))('%s', (text, accept) => {
    const s = solve(text);
    expect(accept).toContain(s.service);
    expect(s.trace.at(-1)?.outcome).toBe('fired');
  });
}

describe('public examples', () => check(load(PUBLIC)));

describe.runIf(existsSync(SHARED))('public examples (shared copy)', () => check(existsSync(SHARED) ? load(SHARED) : []));

describe('held-out scenarios in varied wording', () => {
  const examples = load(HELD_OUT);
  it('has at least 40 of them', () => expect(examples.length).toBeGreaterThanOrEqual(40));
  check(examples);
});

describe('held-out questions about neighbouring services', () => {
  const questions = parse(readFileSync(HELD_OUT_SCOPE, 'utf8')) as { text: string; area: string }[];
  it.each(questions.map((q) => [q.text.split('\n')[0]!, q] as const))('%s', (_, { text, area }) => {
    const s = solve(text);
    expect(s.service).toBeNull();
    expect(s.choices).toEqual([]);
    expect(s.outOfScope && sameArea(s.outOfScope.about, area), `named ${s.outOfScope?.about}`).toBe(true);
  });
});
