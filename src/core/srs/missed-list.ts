import { printable } from '../bank/sanitize.js';
import { TEXT_LIMITS } from '../bank/limits.js';
import type { Question } from '../bank/types.js';
import { historyMissed, type ReviewHistory } from './history.js';

export interface MissedItem {
  id: string;
  topic: string;
  stem: string;
  /** Texts of the options chosen in the latest answer. */
  yourAnswer: string[];
  correctAnswer: string[];
  /** ISO time and where the latest (wrong) answer was given. */
  at: string;
  source: string;
}

export interface MissedList {
  missed: MissedItem[];
  /** Missed questions that are no longer in any loaded bank (their history is kept). */
  notLoaded: string[];
}

/** Pure: the missed questions with the learner's last answer and the right one. */
export function missedList(questions: readonly Question[], history: ReviewHistory): MissedList {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const missed: MissedItem[] = [];
  const notLoaded: string[] = [];
  for (const review of historyMissed(history)) {
    const q = byId.get(review.qid);
    if (!q) {
      notLoaded.push(review.qid);
      continue;
    }
    missed.push({
      id: q.id,
      topic: q.topic,
      stem: q.stem,
      // From the progress log, which may have been edited by hand: shown as text only.
      // No longer than an option can be: a hand edit cannot make the list slow or endless.
      yourAnswer: review.chosen.map((text) => printable(text, { max: TEXT_LIMITS.choice })),
      correctAnswer: q.answer.map((i) => q.choices[i]!.text),
      at: review.at,
      source: review.source,
    });
  }
  return { missed, notLoaded };
}

/**
 * Pure: the list as text for `clf-trainer review --list`. Every field passes the print boundary:
 * ids and times come from the review log, which may have been edited by hand or restored.
 */
export function formatMissedList(list: MissedList): string {
  const line = (text: string, max?: number) => printable(text, { oneLine: true, ...(max ? { max } : {}) });
  if (list.missed.length === 0 && list.notLoaded.length === 0) return 'No missed questions. Well done.\n';
  const out: string[] = [`${list.missed.length} missed question${list.missed.length === 1 ? '' : 's'}:`, ''];
  list.missed.forEach((m, i) => {
    out.push(`${i + 1}. [${line(m.id)}] ${line(m.stem)}`);
    out.push(`   Your answer:  ${line(m.yourAnswer.join(' + ')) || '(none)'}`);
    out.push(`   Right answer: ${line(m.correctAnswer.join(' + '))}`);
    out.push(`   Missed ${line(m.at).slice(0, 16).replace('T', ' ')} UTC in ${m.source === 'exam' ? 'a mock exam' : line(m.source)}`, '');
  });
  if (list.notLoaded.length) out.push(`${list.notLoaded.length} more no longer in any loaded bank: ${list.notLoaded.map((id) => line(id, 80)).join(', ')}`, '');
  out.push("Run 'clf-trainer review' to go over them.");
  return `${out.join('\n')}\n`;
}
