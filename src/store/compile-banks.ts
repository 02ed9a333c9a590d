import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBank, parseFacts } from '../core/bank/parse.js';
import type { Problem } from '../core/bank/types.js';
import { bankEntry, cacheKey, factsEntry, isEntry, type CacheEntry } from './bank-cache.js';
import { collectBankPaths, FACTS_FILE, readBankText } from './bank-files.js';

/**
 * The built-in banks parsed and checked at build time (dist/builtin-banks.json), so a normal
 * start reads JSON instead of parsing YAML and validating it. Entries are keyed by the hash of
 * each file's text: a bank edited after the build is simply parsed again.
 */
export function compileBuiltinBanks(questionsDir: string, loader: string): string {
  const problems: Problem[] = [];
  const entries: Record<string, CacheEntry> = {};
  const add = (path: string, kind: 'bank' | 'facts') => {
    const text = readBankText(path, path, problems);
    if (text === undefined) return;
    const entry = kind === 'facts' ? factsEntry(parseFacts(text, path)) : bankEntry(parseBank(text, path));
    // Checked here, once: a start trusts the compiled entries' shape.
    if (!isEntry(JSON.parse(JSON.stringify(entry)), kind)) throw new Error(`${path}: the compiled entry does not have the shape a start relies on`);
    entries[cacheKey(kind, readFileSync(path), loader)] = entry;
  };
  add(join(questionsDir, FACTS_FILE), 'facts');
  for (const path of collectBankPaths([questionsDir], problems, questionsDir)) add(path, 'bank');
  return `${JSON.stringify({ loader, entries })}\n`;
}
