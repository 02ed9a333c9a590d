import { sanitizeText } from '../core/bank/sanitize.js';
import { parseQuery, search, searchIndex, whereLabel, type SearchHit } from '../core/search.js';
import { TOPIC_LABELS } from '../core/topics.js';
import { UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { filterTopics } from '../core/topics.js';
import { topicFilter } from './options.js';
import { loadRunData, tell } from './run-data.js';

/** Longest stem shown in the list: the start says which question it is. */
const STEM_SHOWN = 160;

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function hitText(hit: SearchHit): string {
  const q = hit.question;
  const lines = [`${q.id}  ${TOPIC_LABELS[q.topic]} · ${q.difficulty}${hit.suspended ? ' · suspended' : ''}`, `  ${oneLine(q.stem, STEM_SHOWN)}`];
  if (hit.where !== 'stem' && hit.where !== 'id') lines.push(`  in ${whereLabel(hit.where)}: "${oneLine(hit.excerpt, STEM_SHOWN)}"`);
  return lines.join('\n');
}

/** `clf-trainer search TEXT…`: the questions whose text holds every word, best first; --json for scripts. */
export const run: CommandRun = async (ctx) => {
  const text = ctx.args.positionals.join(' ');
  // The query comes from the command line: it is echoed as text, never as terminal commands.
  const shown = sanitizeText(text);
  const query = parseQuery(text);
  if (query.unknown.length) throw new UsageError(`search does not understand ${query.unknown.map((u) => `"${sanitizeText(u)}"`).join(', ')}: use words, topic:NAME, is:suspended or -is:suspended`, 'search');
  const data = await loadRunData(ctx);
  tell(ctx, data.warnings);
  const pool = filterTopics(data.library.questions, topicFilter(ctx.args, 'search'));
  const hits = search(searchIndex(pool), text, new Set(data.suspended));
  if (ctx.args.flags.json === true) {
    const results = hits.map((h) => ({ id: h.question.id, topic: h.question.topic, type: h.question.type, difficulty: h.question.difficulty, stem: h.question.stem, matched: h.where, excerpt: h.excerpt, suspended: h.suspended, bank: h.question.bank }));
    ctx.stdout.write(`${JSON.stringify({ query: text, count: hits.length, results }, null, 2)}\n`);
    return 0;
  }
  if (hits.length === 0) {
    ctx.stdout.write(`No question matches "${shown}".\n`);
    return 0;
  }
  ctx.stdout.write(`${hits.map(hitText).join('\n\n')}\n\n${hits.length} question${hits.length === 1 ? '' : 's'} match "${shown}". In the trainer, / searches and opens each with its answer and explanation.\n`);
  return 0;
};
