import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../src/core/solver/concepts.js';
import { NAME_PATTERNS } from '../../../src/core/solver/options.js';
import { compilePattern, findAll } from '../../../src/core/solver/pattern.js';
import { requiredText } from '../../../src/core/solver/required.js';
import { normalize } from '../../../src/core/solver/text.js';
import { ROOT } from '../../e2e/terminal.js';

/** Every text the solver may meet here: the bank questions (stems, options, explanations) and its own scenarios. */
function corpus(): string[] {
  const texts: string[] = [];
  const dir = join(ROOT, 'questions');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml') && n !== 'facts.yaml')) {
    const bank = parse(readFileSync(join(dir, name), 'utf8')) as { questions: { stem: string; explanation?: string; choices: { text: string; why?: string }[] }[] };
    for (const q of bank.questions) texts.push(q.stem, q.explanation ?? '', ...q.choices.flatMap((c) => [c.text, c.why ?? '']), `${q.stem}\n${q.choices.map((c) => c.text).join('\n')}`);
  }
  for (const name of ['held-out.yaml']) texts.push(...(parse(readFileSync(join(ROOT, 'test', 'core', 'solver', name), 'utf8')) as { text: string }[]).map((s) => s.text));
  return texts.filter(Boolean).map(normalize);
}

describe('what a pattern cannot match without', () => {
  it.each([
    ['apis?(?! keys?)(?! gateway)', ['api']],
    ['(a|the|its|one) (aws )?lambda function(?!s)', ['function']],
    ['(each|every|per) client', ['client']],
    ['(limit|cap)[a-z]* (the )?usage', ['usage']],
    ['(usage plans?|quotas?) .. per', ['usage', 'quota']],
    ['(cach[a-z]*|cdn)', ['cach', 'cdn']],
    ['web\\s*sockets?', ['socket']],
    ['(the )?(big )?', undefined],
    ['[a-z]+ (s|es)?', undefined],
  ])('%s needs one of %j', (pattern, expected) => {
    expect(requiredText(pattern)).toEqual(expected);
  });

  it('is right for every concept pattern: a text holding none of the words is never matched', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(1000);
    const { matched, skipped } = checkSkipped(
      CONCEPTS.flatMap((concept) => concept.patterns.map((pattern) => [concept.id, pattern] as const)),
      texts,
    );
    // The check means something: patterns do match, and most are skipped for most texts.
    expect(matched).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(0.8 * texts.length * CONCEPTS.reduce((n, c) => n + c.patterns.length, 0));
  }, 120_000);

  it('is right for every service-name pattern: a text holding none of the words names no such service', () => {
    const texts = corpus();
    const { matched, skipped } = checkSkipped(
      NAME_PATTERNS.map(([pattern, named]) => [named, pattern] as const),
      texts,
    );
    expect(matched).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(0.5 * texts.length * NAME_PATTERNS.length);
  }, 120_000);
});

/**
 * Runs each labelled pattern over the texts, expecting no match in a text that holds none of the
 * pattern's required words; counts the matches and the texts the requirement would let it skip.
 */
function checkSkipped(patterns: ReadonlyArray<readonly [string, string]>, texts: string[]) {
  let skipped = 0;
  let matched = 0;
  for (const [label, pattern] of patterns) {
    const needs = requiredText(pattern);
    const regex = compilePattern(pattern);
    for (const text of texts) {
      const found = findAll(regex, text).length > 0;
      if (found) matched++;
      if (needs && !needs.some((word) => text.includes(word))) {
        skipped++;
        expect(found, `${label}: "${pattern}" matched a text without ${JSON.stringify(needs)}:\n${text}`).toBe(false);
      }
    }
  }
  return { matched, skipped };
}
