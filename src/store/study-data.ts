import { join, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../cli/errors.js';
import type { ParsedArgs } from '../cli/registry.js';
import type { Question } from '../core/bank/types.js';
import { isTopic, TOPICS, type Topic } from '../core/topics.js';
import { loadLibrary, type Library } from './bank-files.js';
import { makeScheduler } from '../core/srs/scheduler.js';
import { loadReviewHistory, type LoadedHistory } from './history-snapshot.js';
import { cacheDir, dataDir } from './paths.js';
import { loadSettings, type LoadedSettings } from './settings.js';

export interface StudyData extends LoadedSettings {
  dir: string;
  library: Library;
}

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

export function filterTopics(questions: readonly Question[], topics: readonly Topic[]): Question[] {
  return topics.length ? questions.filter((q) => topics.includes(q.topic)) : [...questions];
}

/**
 * Everything a study or review command needs: the data folder, the questions (built-in banks,
 * the user's bank folder, --bank paths) and the settings. A --bank path that gives no usable
 * question is an input error; one with some broken questions loads the rest with a warning.
 */
export async function loadStudyData(ctx: { env: NodeJS.ProcessEnv; cwd: string; args: ParsedArgs }): Promise<StudyData> {
  const dir = dataDir(ctx.env);
  const paths = bankPaths(ctx.args);
  const library = await loadLibrary({ paths, userDir: join(dir, 'banks'), cwd: ctx.cwd, cacheDir: cacheDir(dir) });
  const loaded = settingsWithWarnings(dir);
  for (const given of paths) {
    const root = resolve(ctx.cwd, given);
    const inside = (file: string) => {
      const path = resolve(ctx.cwd, file);
      return path === root || path.startsWith(`${root}${sep}`);
    };
    const problems = library.problems.filter((p) => inside(p.file));
    if (problems.length === 0) continue;
    const first = problems[0]!;
    const where = `${first.file}:${first.line}:${first.col}: ${first.message}`;
    const more = `run 'clf-trainer lint ${given}' for ${problems.length === 1 ? 'details' : `all ${problems.length} problems`}`;
    if (!library.questions.some((q) => inside(q.bank))) throw new InputError(`${where} (no usable question in ${given}; ${more})`);
    loaded.warnings.push(`${given}: questions with problems were skipped, e.g. ${where}; ${more}`);
  }
  return { dir, library, settings: loaded.settings, ...(loaded.warnings.length ? { warning: loaded.warnings.join('\nclf-trainer: ') } : {}) };
}

function settingsWithWarnings(dir: string): { settings: LoadedSettings['settings']; warnings: string[] } {
  const { settings, warning } = loadSettings(dir);
  return { settings, warnings: warning ? [warning] : [] };
}

/**
 * The review history under the learner's settings (fast: see loadReviewHistory), with what was
 * found damaged in the log written to stderr, one line each.
 */
export function studyHistory(data: StudyData, ctx: { now: () => Date; stderr: { write(text: string): unknown } }): LoadedHistory {
  const loaded = loadReviewHistory(data.dir, makeScheduler({ retention: data.settings.retention }), ctx.now());
  for (const notice of loaded.notices) ctx.stderr.write(`clf-trainer: ${notice}\n`);
  return loaded;
}
