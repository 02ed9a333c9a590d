import { afterEach, describe, expect, it, vi } from 'vitest';
import { AREAS } from '../../../src/core/solver/areas.js';
import { CONCEPTS } from '../../../src/core/solver/concepts.js';
import { readLineTable } from '../../../src/core/solver/line-table.js';
import { compileTerm, prepareTerm, termTable } from '../../../src/core/solver/stems.js';

const TERMS = [...CONCEPTS.flatMap((c) => c.terms ?? []), ...AREAS.flatMap((a) => [...a.names, ...a.needs, ...(a.hard ?? [])])];

/** The plain reading of a line table: split into lines, each cut at its first tab. */
function linesOf(table: string): Map<string, string> {
  return new Map(table.split('\n').map((line) => [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)]));
}

afterEach(() => {
  delete (globalThis as { __CLF_SOLVER_TERMS__?: () => string }).__CLF_SOLVER_TERMS__;
  vi.resetModules();
});

describe('the solver term table read in place', () => {
  it('reads every line as splitting the table into lines would, odd tables included', () => {
    for (const table of [termTable(TERMS), '', 'a\tb', 'a\tb\n', 'a\tb\n\nc\td\te', 'no tab\nk\tv', 'k\tv\nlast']) {
      expect([...readLineTable(table)]).toEqual([...linesOf(table)]);
    }
  });

  it('gives the built solver the same prepared and compiled terms as working each term out', async () => {
    // One made-up line shows that the table is what is read.
    (globalThis as { __CLF_SOLVER_TERMS__?: () => string }).__CLF_SOLVER_TERMS__ = () => `${termTable(TERMS)}\nmade up\tzzz/yyy\tmake up`;
    vi.resetModules();
    const fromTable = await import('../../../src/core/solver/stems.js');
    expect(fromTable.prepareTerm('made up').guard).toEqual(['zzz', 'yyy']);
    for (const term of TERMS) {
      expect(fromTable.prepareTerm(term)).toEqual(prepareTerm(term));
      expect(fromTable.compileTerm(term).source).toBe(compileTerm(term).source);
    }
  });
});
