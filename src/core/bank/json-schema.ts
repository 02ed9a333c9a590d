import { z } from 'zod';
import { BankSchema, FactsFileSchema } from './schema.js';

/** JSON Schema text for editors (yaml-language-server), generated from the one zod definition. */
export function bankJsonSchema(): string {
  return render(BankSchema, 'clf-trainer question bank');
}

export function factsJsonSchema(): string {
  return render(FactsFileSchema, 'clf-trainer fact catalogue');
}

function render(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
