import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/terminal.js';

/** Every source file of the program (not its tests or scripts). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

// A package name: lower case or a scope, no spaces (so prose such as `from "1 Again 10m"` is not one).
const importRe = /(?:from\s+|import\s*\(\s*|import\s+)['"]([@a-z][^'"\s]*)['"]/g;

/** The packages the program imports: `ink`, `@scope/name`, … (node: built-ins left out). */
function importedPackages(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(join(ROOT, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(importRe)) {
      const spec = match[1]!;
      if (spec.startsWith('node:')) continue;
      found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return found;
}

describe('dependencies', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

  it('imports every package listed in dependencies', () => {
    const imported = importedPackages();
    expect(Object.keys(manifest.dependencies).filter((name) => !imported.has(name))).toEqual([]);
  });

  it('lists every package the program imports', () => {
    const listed = new Set(Object.keys(manifest.dependencies));
    expect([...importedPackages()].filter((name) => !listed.has(name))).toEqual([]);
  });
});
