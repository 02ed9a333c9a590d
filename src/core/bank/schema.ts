import { z } from 'zod';
import { DOMAINS, TASK_IDS } from '../exam-guide/domains.js';
import { TOPICS } from '../topics.js';
import { TEXT_LIMITS } from './limits.js';

/**
 * The bank format, defined once. questions/schema.json is generated from these schemas
 * (`npm run schema`) so editors validate and complete while people write questions.
 */


const longest = (what: string, max: number) => [max, `${what} is longer than ${max} characters`] as const;
const text = (what: string, max: number) => z.string().trim().min(1, `${what} must not be empty`).max(...longest(what, max));
const optionalText = (what: string, max: number) => z.string().max(...longest(what, max)).optional();

export const ChoiceSchema = z
  .object({
    text: text('choice text', TEXT_LIMITS.choice).describe('The option as the learner sees it. Options are shuffled: never refer to another option by letter.'),
    correct: z.boolean().optional().describe('true on every correct option; omit on wrong ones.'),
    why: optionalText('why', TEXT_LIMITS.why).describe('Why this option is right, or why it is wrong for this stem. Required except on imported questions.'),
  })
  .strict();

export const ImportedSchema = z
  .object({
    file: text('imported.file', TEXT_LIMITS.reference).describe('The Markdown file the question came from.'),
    line: z.number().int().positive().describe('Line of the question in that file.'),
    position: z.number().int().positive().describe('Position of the question in that file (1 = first).'),
    explanation: optionalText('imported.explanation', TEXT_LIMITS.importedExplanation).describe("The source's own explanation, when it had one."),
    reference: optionalText('imported.reference', TEXT_LIMITS.reference).describe("The source's reference link, when it had one."),
  })
  .strict();

export const QuestionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'id must be lower-case letters, digits, dots, dashes or underscores')
      .describe('Stable id: progress is keyed by it. Never reuse or renumber.'),
    topic: z.enum(TOPICS).describe('The chapter topic (general for banks outside the chapter).'),
    type: z.enum(['single', 'multi']).describe('single: exactly one correct option; multi: two or more, and the stem says how many (Choose TWO).'),
    angle: z
      .enum(['definition', 'scenario', 'negative', 'comparison'])
      .optional()
      .describe('How the question asks: a definition, a scenario ("A company needs…"), a negative ("Which is NOT…") or a comparison.'),
    difficulty: z.enum(['foundational', 'exam', 'beyond-exam']).optional().describe('foundational and exam are CLF-C02 level; beyond-exam goes deeper.'),
    domain: z
      .enum(DOMAINS)
      .optional()
      .describe('The CLF-C02 exam domain the question belongs to. Required in the built-in banks; results show a score per domain.'),
    task: z
      .enum(TASK_IDS as [string, ...string[]])
      .optional()
      .describe('The CLF-C02 task statement ("3.5": Identify AWS network services), where one fits; it must belong to the domain.'),
    stem: text('stem', TEXT_LIMITS.stem).describe('The question.'),
    choices: z.array(ChoiceSchema).min(2, 'a question needs at least two choices').max(8, 'at most eight choices'),
    explanation: optionalText('explanation', TEXT_LIMITS.explanation).describe('Teaches the underlying rule in two to four sentences.'),
    facts: z.array(z.string()).optional().describe('Ids from questions/facts.yaml that this question tests.'),
    source: z.string().url('source must be a URL').optional().describe('Where the rule is documented.'),
    imported: ImportedSchema.optional().describe('Set by clf-trainer import: where an imported question came from.'),
  })
  .strict();

export const BankSchema = z
  .object({
    title: text('title', TEXT_LIMITS.title).describe('What this bank covers.'),
    description: optionalText('description', TEXT_LIMITS.explanation),
    questions: z.array(QuestionSchema).min(1, 'a bank needs at least one question'),
  })
  .strict();

/** The same question shape, ignoring unknown fields (so other rules can still be checked). */
export const LenientQuestionSchema = QuestionSchema.strip();

/** The bank envelope alone; the loader validates each question separately. */
export const BankShellSchema = BankSchema.extend({ questions: z.array(z.unknown()) });

export const FactSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'fact id must be lower-case letters, digits, dots or dashes'),
    topic: z.enum(TOPICS),
    status: z.enum(['verified', 'corrected']),
    core: z.boolean().optional().describe('A fact behind the chapter takeaways: needs at least three questions.'),
    statement: text('statement', TEXT_LIMITS.explanation),
    chapter: z.string().optional().describe('For corrected facts: what the chapter claims.'),
    source: z.string().url('source must be a URL'),
  })
  .strict();

export const FactsFileSchema = z.object({ facts: z.array(FactSchema) }).strict();

export type BankInput = z.infer<typeof BankSchema>;
export type QuestionInput = z.infer<typeof QuestionSchema>;
export type FactInput = z.infer<typeof FactSchema>;
