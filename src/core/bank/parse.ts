import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { domainOfTask, type Task } from '../exam-guide/domains.js';
import { statedChoiceCount } from './count.js';
import { positionOf, toPosition, type Position } from './positions.js';
import { hasControlCharacters, sanitizeText } from './sanitize.js';
import { BankShellSchema, FactsFileSchema, LenientQuestionSchema, QuestionSchema, type QuestionInput } from './schema.js';
import type { BankFile, Fact, Problem, Question } from './types.js';
import { append } from '../append.js';

/** Where a question's id and fact ids stand in the source, for rules that span banks. */
export interface QuestionLocation {
  id: Position;
  facts: Position[];
}

export interface ParsedBank {
  bank?: BankFile;
  locations: QuestionLocation[];
  problems: Problem[];
}

interface LoadedYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

/** Parses YAML, turning every syntax error (and alias bombs) into problems. Never throws. */
function readYaml(text: string, file: string, problems: Problem[]): LoadedYaml | undefined {
  const lines = new LineCounter();
  let doc: Document;
  try {
    // Keys are checked for repeats below: the parser's own check compares each key with every
    // earlier one, and a map of a few hundred thousand keys took minutes.
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    problems.push({ file, line: 1, col: 1, rule: 'yaml-syntax', message: `cannot parse YAML: ${describe(error)}` });
    return undefined;
  }
  const syntax = [...doc.errors.map((error) => ({ at: error.pos[0], message: firstLine(error.message) })), ...repeatedKeys(doc)].sort((a, b) => a.at - b.at);
  for (const error of syntax) problems.push({ file, ...toPosition(lines, error.at), rule: 'yaml-syntax', message: error.message });
  // A tag the YAML schema does not know (!!js/function, !custom) would silently become a string.
  const unknownTags = doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  for (const warning of unknownTags) {
    const { line, col } = toPosition(lines, warning.pos[0]);
    problems.push({ file, line, col, rule: 'yaml-tag', message: `unknown YAML tag ${text.slice(warning.pos[0], warning.pos[1]).trim()}: banks use plain YAML values, without tags` });
  }
  if (syntax.length > 0 || unknownTags.length > 0) return undefined;
  if (doc.contents === null) {
    problems.push({ file, line: 1, col: 1, rule: 'empty-file', message: 'the file is empty: a bank needs a title and a list of questions' });
    return undefined;
  }
  try {
    return { doc, lines, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    problems.push({ file, line: 1, col: 1, rule: 'yaml-aliases', message: `refused: ${describe(error)}` });
    return undefined;
  }
}

/** Keys that appear twice in one map, as the YAML parser words it; each map is checked once, with a set. */
function repeatedKeys(doc: Document): { at: number; message: string }[] {
  const found: { at: number; message: string }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) found.push({ at: key.range?.[0] ?? 0, message: 'Map keys must be unique' });
        seen.add(key.value);
      }
    },
  });
  return found;
}

function schemaProblems(issues: z.core.$ZodIssue[], yaml: LoadedYaml, file: string): Problem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        ...positionOf(yaml.doc, yaml.lines, path, key),
        rule: 'unknown-field',
        message: `unknown field "${key}"${where(path)}`,
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
    return [
      {
        file,
        ...positionOf(yaml.doc, yaml.lines, path),
        rule: missing ? 'missing-field' : 'schema',
        message: missing ? `missing field "${String(path.at(-1))}"${where(path.slice(0, -1))}` : `${issue.message}${where(path)}`,
      },
    ];
  });
}

function prefixed(issues: z.core.$ZodIssue[], prefix: (string | number)[]): z.core.$ZodIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

function where(path: readonly (string | number)[]): string {
  if (path.length === 0) return '';
  return ` at ${path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').replace(/^\./, '')}`;
}

/** Parses and checks one bank file's text. Pure: the caller reads the file. */
export function parseBank(text: string, file: string): ParsedBank {
  const problems: Problem[] = [];
  const yaml = readYaml(text, file, problems);
  if (!yaml) return { locations: [], problems };
  // The envelope first, then each question on its own, so one bad question never hides the rest.
  const result = BankShellSchema.safeParse(yaml.value);
  if (!result.success) {
    append(problems, schemaProblems(result.error.issues, yaml, file));
    return { locations: [], problems };
  }
  const questions: Question[] = [];
  const locations: QuestionLocation[] = [];
  if (result.data.questions.length === 0) {
    problems.push({ file, ...positionOf(yaml.doc, yaml.lines, ['questions']), rule: 'empty-bank', message: 'the bank has no questions: add at least one' });
  }
  // Control characters are removed when loading; lint still tells the author where they were.
  const controls = (base: (string | number)[], value: unknown, id?: string) => {
    for (const [path, text] of textFields(value, id ? [] : base)) {
      if (!hasControlCharacters(text)) continue;
      const at = positionOf(yaml.doc, yaml.lines, id ? [...base, ...path] : path);
      problems.push({ file, ...at, rule: 'control-characters', message: `${id ? `${id}: ` : ''}terminal control characters removed from ${where(path).slice(' at '.length)}` });
    }
  };
  controls(['title'], result.data.title);
  controls(['description'], result.data.description);
  result.data.questions.forEach((raw, index) => {
    const checked = QuestionSchema.safeParse(raw);
    if (!checked.success) append(problems, schemaProblems(prefixed(checked.error.issues, ['questions', index]), yaml, file));
    // A question whose only fault is an unknown field is still checked against the other rules.
    const lenient = checked.success ? checked : LenientQuestionSchema.safeParse(raw);
    if (!lenient.success) return;
    const input = lenient.data;
    const before = problems.length;
    const at = (...rest: (string | number)[]) => positionOf(yaml.doc, yaml.lines, ['questions', index, ...rest]);
    checkQuestion(input, at, (pos, rule, message) => problems.push({ file, ...pos, rule, message: `${input.id}: ${message}` }));
    if (problems.length > before || !checked.success) return;
    controls(['questions', index], input, input.id);
    questions.push(toQuestion(input, file));
    locations.push({ id: at('id'), facts: (input.facts ?? []).map((_, i) => at('facts', i)) });
  });
  return { bank: { path: file, title: sanitizeText(result.data.title), questions }, locations, problems };
}

/** Every string in a value (any field, however deep) with its path. */
function textFields(value: unknown, path: (string | number)[]): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => textFields(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  return [];
}

type Report = (at: Position, rule: string, message: string) => void;

/** The rules one question must satisfy on its own. */
function checkQuestion(q: QuestionInput, at: (...path: (string | number)[]) => Position, report: Report): void {
  const correct = q.choices.filter((choice) => choice.correct === true).length;
  const stated = statedChoiceCount(q.stem);
  if (q.type === 'single') {
    if (correct !== 1) report(at('choices'), 'single-answer-count', `a single-answer question needs exactly one correct choice, found ${correct}`);
    if (stated !== undefined) report(at('stem'), 'single-states-count', `the stem asks to choose ${stated} but the question is type single`);
  } else {
    if (correct < 2) report(at('choices'), 'multi-answer-count', `a multiple-response question needs at least two correct choices, found ${correct}`);
    if (stated === undefined) report(at('stem'), 'multi-count-not-stated', 'a multiple-response stem must say how many to choose, e.g. "(Choose TWO.)"');
    else if (correct >= 2 && stated !== correct) report(at('stem'), 'multi-count-mismatch', `the stem asks to choose ${stated} but ${correct} choices are marked correct`);
    if (correct >= q.choices.length) report(at('choices'), 'multi-all-correct', 'every choice is marked correct: add wrong options');
  }
  const seen = new Map<string, number>();
  q.choices.forEach((choice, i) => {
    const key = choice.text.trim().toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) report(at('choices', i, 'text'), 'duplicate-choice', `choice ${i + 1} repeats choice ${first + 1}`);
    else seen.set(key, i);
    if (!q.imported && !choice.why?.trim()) report(at('choices', i), 'missing-why', `choice ${i + 1} needs a "why": why it is right or wrong here`);
  });
  if (q.imported) return;
  if (!q.explanation?.trim()) report(at(), 'missing-explanation', 'needs an explanation that teaches the rule');
  if (!q.facts?.length) report(at(), 'missing-facts', 'needs the ids of the facts it tests (facts: [...])');
  if (!q.source) report(at(), 'missing-source', 'needs a source URL');
  if (!q.difficulty) report(at(), 'missing-difficulty', 'needs a difficulty: foundational, exam or beyond-exam');
  if (q.domain && q.task && domainOfTask(q.task as Task) !== q.domain) report(at('task'), 'task-domain-mismatch', `task ${q.task} belongs to ${domainOfTask(q.task as Task)}, not ${q.domain}`);
}

function toQuestion(q: QuestionInput, file: string): Question {
  const clean = (value: string | undefined) => (value === undefined ? undefined : sanitizeText(value).trim());
  const choices = q.choices.map((choice) => ({
    text: sanitizeText(choice.text).trim(),
    correct: choice.correct === true,
    ...(choice.why?.trim() ? { why: clean(choice.why) } : {}),
  }));
  return {
    id: q.id,
    topic: q.topic,
    type: q.type,
    ...(q.angle ? { angle: q.angle } : {}),
    difficulty: q.difficulty ?? 'exam',
    ...(q.domain ? { domain: q.domain } : {}),
    ...(q.task ? { task: q.task as Task } : {}),
    stem: sanitizeText(q.stem).trim(),
    choices,
    answer: choices.flatMap((choice, i) => (choice.correct ? [i] : [])),
    ...(q.explanation?.trim() ? { explanation: clean(q.explanation) } : {}),
    facts: q.facts ?? [],
    ...(q.source ? { source: clean(q.source) } : {}),
    ...(q.imported
      ? {
          imported: {
            file: sanitizeText(q.imported.file),
            line: q.imported.line,
            position: q.imported.position,
            ...(q.imported.explanation ? { explanation: clean(q.imported.explanation) } : {}),
            ...(q.imported.reference ? { reference: clean(q.imported.reference) } : {}),
          },
        }
      : {}),
    bank: file,
  };
}

export interface ParsedFacts {
  facts: Fact[];
  problems: Problem[];
}

export function parseFacts(text: string, file: string): ParsedFacts {
  const problems: Problem[] = [];
  const yaml = readYaml(text, file, problems);
  if (!yaml) return { facts: [], problems };
  const result = FactsFileSchema.safeParse(yaml.value);
  if (!result.success) return { facts: [], problems: [...problems, ...schemaProblems(result.error.issues, yaml, file)] };
  const seen = new Set<string>();
  const facts: Fact[] = [];
  result.data.facts.forEach((fact, index) => {
    if (seen.has(fact.id)) {
      problems.push({ file, ...positionOf(yaml.doc, yaml.lines, ['facts', index, 'id']), rule: 'duplicate-fact', message: `fact ${fact.id} is defined twice` });
      return;
    }
    seen.add(fact.id);
    facts.push({
      id: fact.id,
      topic: fact.topic,
      status: fact.status,
      core: fact.core === true,
      statement: sanitizeText(fact.statement).trim(),
      ...(fact.chapter ? { chapter: sanitizeText(fact.chapter).trim() } : {}),
      source: fact.source,
    });
  });
  return { facts, problems };
}

function describe(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
