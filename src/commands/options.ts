import { resolve, sep } from 'node:path';
import { InputError, UsageError } from '../cli/errors.js';
import type { ParsedArgs } from '../cli/types.js';
import { printable } from '../core/bank/sanitize.js';
import type { Library } from '../store/bank-files.js';
import { isTopic, TOPICS, type Topic } from '../core/topics.js';

/** The --bank paths given on the command line. */
export function bankPaths(args: ParsedArgs): string[] {
  return (args.flags.bank as string[] | undefined) ?? [];
}

/** The --topic values, checked. */
export function topicFilter(args: ParsedArgs, command: string): Topic[] {
  const given = (args.flags.topic as string[] | undefined) ?? [];
  for (const topic of given) if (!isTopic(topic)) throw new UsageError(`unknown topic "${topic}"; topics: ${TOPICS.join(', ')}`, command);
  return given as Topic[];
}

/**
 * The --bank policy: a path that gives no usable question is an input error; one with some
 * broken questions loads the rest, with a warning (returned, one line each).
 */
export function checkBankPaths(library: Library, paths: readonly string[], cwd: string): string[] {
  const warnings: string[] = [];
  for (const given of paths) {
    const root = resolve(cwd, given);
    const inside = (file: string) => {
      const path = resolve(cwd, file);
      return path === root || path.startsWith(`${root}${sep}`);
    };
    const problems = library.problems.filter((p) => inside(p.file));
    if (problems.length === 0) continue;
    const first = problems[0]!;
    const where = `${first.file}:${first.line}:${first.col}: ${first.message}`;
    const shown = printable(given, { oneLine: true });
    const more = `run 'clf-trainer lint ${shown}' for ${problems.length === 1 ? 'details' : `all ${problems.length} problems`}`;
    if (!library.questions.some((q) => inside(q.bank))) throw new InputError(`${printable(where, { oneLine: true })} (no usable question in ${shown}; ${more})`);
    warnings.push(`${shown}: questions with problems were skipped, e.g. ${where}; ${more}`);
  }
  return warnings;
}
