import type { CommandRun } from '../cli/types.js';
import { filterTopics } from '../core/topics.js';
import { topicFilter } from './options.js';
import type { StudyParams } from '../app/study.js';
import { runInteractive } from './interactive.js';

export const run: CommandRun = (ctx) => {
  const topics = topicFilter(ctx.args, 'study');
  const newPerDay = ctx.args.flags.new as number | undefined;
  const params: StudyParams = { ...(topics.length ? { topics } : {}), ...(newPerDay ? { newPerDay } : {}) };
  return runInteractive(ctx, 'clf-trainer study', "in scripts use 'clf-trainer review --list --json'", { id: 'study', params }, (questions) => filterTopics(questions, topics));
};
