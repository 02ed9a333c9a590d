import { InputError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { isStudyLevel } from '../core/bank/levels.js';
import { filterTopics } from '../core/topics.js';
import { topicFilter } from './options.js';
import { sessionQuestions, type StudyParams } from '../app/study.js';
import { runInteractive } from './interactive.js';

export const run: CommandRun = (ctx) => {
  const topics = topicFilter(ctx.args, 'study');
  const extraNew = ctx.args.flags.new as number | undefined;
  const level = isStudyLevel(ctx.args.flags.level) ? ctx.args.flags.level : undefined;
  const params: StudyParams = { ...(topics.length ? { topics } : {}), ...(extraNew !== undefined ? { extraNew } : {}), ...(level ? { level } : {}) };
  return runInteractive(ctx, 'clf-trainer study', "in scripts use 'clf-trainer review --list --json'", { id: 'study', params }, (questions, settings) => {
    const inTopics = filterTopics(questions, topics);
    const at = level ?? settings.level;
    if (inTopics.length > 0 && sessionQuestions(inTopics, 'study', at).length === 0) {
      const which = at === 'foundational' ? 'foundational' : 'foundational or exam';
      throw new InputError(`no ${which} questions to study${topics.length ? ` in ${topics.join(', ')}` : ''} (level ${at}): '--level all' studies every level`);
    }
    return inTopics;
  });
};
