import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { formatSolution, solutionJson } from '../core/solver/format.js';
import type { solve } from '../core/solver/solve.js';
import { cacheDir, dataDir } from '../store/paths.js';
import { compileCached } from './code-cache.js';

/** The solver's functions `solve` runs. */
export interface SolverParts {
  solve: typeof solve;
  formatSolution: typeof formatSolution;
  solutionJson: typeof solutionJson;
}

export interface Solver extends SolverParts {
  /** Stores the code compiled so far for the next start: called once the answer is out, it holds the solving code too. Never throws. */
  remember(): void;
}

/**
 * The solver from the build's own script for it (dist/solver-script.js) through V8's code cache:
 * compiling the solver is most of a one-off solve. From its modules when there is no such
 * script (running from source) or it is damaged.
 */
export async function loadSolver(env: NodeJS.ProcessEnv): Promise<Solver> {
  try {
    // Built, this module is a chunk in dist/chunks/.
    const script = compileCached<SolverParts>(fileURLToPath(new URL('../solver-script.js', import.meta.url)), join(cacheDir(dataDir(env)), 'code', 'solver'));
    if (script) return { ...(await script.load()), remember: () => script.save() };
  } catch {
    // A damaged install's script: the solver's own modules do the same work.
  }
  const [{ solve }, { formatSolution, solutionJson }] = await Promise.all([import('../core/solver/solve.js'), import('../core/solver/format.js')]);
  return { solve, formatSolution, solutionJson, remember: () => {} };
}
