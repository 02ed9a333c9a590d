// The solver's facts table (src/core/solver/facts-table.ts), made from questions/facts.yaml by
// scripts/build.mjs: every statement marked verified or corrected, one line each, `id<TAB>statement`,
// as one string the solver splits only when a question needs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const USABLE = new Set(['verified', 'corrected']);

/** The facts table itself: one usable fact a line, `id<TAB>statement`. */
export function factsTableText(root) {
  const { facts } = parse(readFileSync(join(root, 'questions', 'facts.yaml'), 'utf8'));
  return facts
    .filter((f) => USABLE.has(f.status))
    .map((f) => `${f.id}\t${String(f.statement).replace(/\s+/g, ' ').trim()}`)
    .join('\n');
}

/** The text of src/core/solver/facts-table.ts for the facts file of the project at root. */
export function factsTableSource(root) {
  return [
    '// Made by scripts/build.mjs from questions/facts.yaml (verified and corrected statements only): do not edit.',
    '// One fact a line, `id<TAB>statement`; read by fact-index.ts on first use. Inside a function, the text is',
    '// not even compiled into a start that does not need it.',
    `export const factsTable = (): string => ${JSON.stringify(factsTableText(root))};`,
    '',
  ].join('\n');
}
