import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../src/core/solver/areas.js';
import { CONCEPTS } from '../../../src/core/solver/concepts.js';
import { readLineTable, tableLine } from '../../../src/core/solver/line-table.js';
import { termTable } from '../../../src/core/solver/stems.js';

/** The build ships the solver's term table as lines of text; read back, it must say what the solver works out itself. */
describe('the solver term table as lines', () => {
  it('hold one line per built-in term: its guard and its stemmed form', () => {
    const terms = [...CONCEPTS.flatMap((c) => c.terms ?? []), ...AREAS.flatMap((a) => [...a.names, ...a.needs, ...(a.hard ?? [])])];
    const table = readLineTable(termTable(terms));
    expect(table.size).toBe(new Set(terms).size);
    expect(table.get('rest api/apis .. in/on/with/of/from/using .. api_gateway')).toBe('rest\trest api .. in/on/with/of/from/use .. api_gateway');
  });

  it('refuse a key that would break its line', () => {
    expect(() => tableLine('a\tb', 'x')).toThrow();
    expect(() => tableLine('a\nb', 'x')).toThrow();
    expect(tableLine('a b', 'x\ty')).toBe('a b\tx\ty');
  });
});
