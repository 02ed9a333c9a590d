import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/store/bank-cache.js';
import { ROOT } from '../e2e/terminal.js';

/**
 * What a normal start costs: the built-in banks come parsed and checked from the build
 * (dist/builtin-banks.json), so the YAML parser and the schema library are not even loaded
 * unless a bank changed or a new one appears.
 */

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

const meta = () => JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;

/** Every input module loaded by the static imports of these outputs. */
function staticInputs(m: Meta, starts: string[]): string[] {
  const seen = new Set<string>();
  const todo = [...starts];
  while (todo.length) {
    const out = todo.pop()!;
    if (seen.has(out) || !m.outputs[out]) continue;
    seen.add(out);
    for (const imp of m.outputs[out].imports) if (imp.kind === 'import-statement') todo.push(imp.path);
  }
  return [...seen].flatMap((out) => Object.keys(m.outputs[out]!.inputs));
}

const outputOf = (m: Meta, source: string) => Object.keys(m.outputs).find((out) => source in m.outputs[out]!.inputs);

describe('a normal start', () => {
  it.each(['study', 'exam', 'review', 'stats', 'home'])('of %s loads neither the YAML parser nor the schema library', (command) => {
    const m = meta();
    const starts = ['dist/cli.js', outputOf(m, `src/commands/${command}.ts`), outputOf(m, 'src/ui/run.tsx'), outputOf(m, 'src/app/real-services.ts')].filter((x): x is string => !!x);
    const inputs = staticInputs(m, starts);
    expect(inputs).toContain(`src/commands/${command}.ts`);
    expect(inputs.filter((input) => /node_modules\/(yaml|zod)\//.test(input))).toEqual([]);
    expect(inputs).not.toContain('src/core/bank/parse.ts');
  });

  it('finds every built-in bank, as it is now, already parsed in dist/builtin-banks.json', () => {
    const compiled = JSON.parse(readFileSync(join(ROOT, 'dist', 'builtin-banks.json'), 'utf8')) as { loader: string; entries: Record<string, unknown> };
    const dir = join(ROOT, 'questions');
    const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const key = cacheKey(name === 'facts.yaml' ? 'facts' : 'bank', readFileSync(join(dir, name)), compiled.loader);
      expect(compiled.entries[key], `${name} is not in the build: run npm run build`).toBeDefined();
    }
  });
});
