import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema, factsJsonSchema } from '../../../src/core/bank/json-schema.js';
import { ROOT } from '../../e2e/terminal.js';

describe('generated JSON schemas', () => {
  it('questions/schema.json is current (run `npm run schema` after changing the zod schema)', () => {
    expect(readFileSync(join(ROOT, 'questions', 'schema.json'), 'utf8')).toBe(bankJsonSchema());
  });

  it('questions/facts.schema.json is current', () => {
    expect(readFileSync(join(ROOT, 'questions', 'facts.schema.json'), 'utf8')).toBe(factsJsonSchema());
  });

  it('lists the question fields editors should complete', () => {
    const schema = JSON.parse(bankJsonSchema()) as { properties: { questions: { items: { properties: Record<string, unknown>; required: string[] } } } };
    const item = schema.properties.questions.items;
    expect(Object.keys(item.properties)).toEqual(expect.arrayContaining(['id', 'topic', 'type', 'stem', 'choices', 'explanation', 'facts', 'source', 'difficulty']));
    expect(item.required).toEqual(expect.arrayContaining(['id', 'topic', 'type', 'stem', 'choices']));
  });
});
