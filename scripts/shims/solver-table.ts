// Through require(), not an import: in a script bundle an import of a Node module is esbuild's
// copy of every export into a getter first (over a hundred for node:fs) at every start.
const { readFileSync } = require('node:fs') as typeof import('node:fs');

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
