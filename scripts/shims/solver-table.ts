import { readFileSync } from 'node:fs';

/**
 * One of the solver's build-time tables (dist/solver-tables/), read when the solver first needs it;
 * undefined when it cannot be read, and the solver works out each entry instead.
 */
export function readSolverTable(file: URL): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
