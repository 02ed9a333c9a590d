import { printable } from '../bank/sanitize.js';
import { TEXT_LIMITS } from '../bank/limits.js';
import type { Fact, Question } from '../bank/types.js';
import type { ReviewRecord } from '../progress/records.js';

/** One question flattened for export, in the bank's option order (A, B, C…). */
export interface ExportRow {
  id: string;
  topic: string;
  type: string;
  stem: string;
  /** "A. text" for each option. */
  choices: string[];
  /** Letters of the correct options, "B, E". */
  answer: string;
  /** The correct options with their "why" when they have one. */
  answerDetails: string[];
  explanation: string;
  /** Fact ids, and their statements when the catalogue has them. */
  facts: { id: string; statement?: string }[];
  /** A URL, the imported source's reference, or the file and line it was imported from. */
  source: string;
  /** The options chosen in the latest wrong answer, for missed questions. */
  lastWrongAnswer?: string;
  missedAt?: string;
}

const letter = (i: number) => String.fromCharCode(65 + i);

export function exportRows(questions: readonly Question[], facts: readonly Fact[], missed: readonly ReviewRecord[] = []): ExportRow[] {
  const statements = new Map(facts.map((f) => [f.id, f.statement]));
  const misses = new Map(missed.map((r) => [r.qid, r]));
  return questions.map((q) => {
    const miss = misses.get(q.id);
    const chosen = miss ? miss.chosen.map((text) => labelOf(q, text)).join(', ') : undefined;
    return {
      id: q.id,
      topic: q.topic,
      type: q.type,
      stem: q.stem,
      choices: q.choices.map((c, i) => `${letter(i)}. ${c.text}`),
      answer: q.answer.map(letter).join(', '),
      answerDetails: q.answer.map((i) => {
        const choice = q.choices[i]!;
        return `${letter(i)}. ${choice.text}${choice.why ? ` — ${choice.why}` : ''}`;
      }),
      explanation: q.explanation ?? q.imported?.explanation ?? '',
      facts: q.facts.map((id) => {
        const statement = statements.get(id);
        return statement ? { id, statement } : { id };
      }),
      source: q.source ?? q.imported?.reference ?? (q.imported ? `${q.imported.file}, line ${q.imported.line}` : ''),
      ...(miss ? { lastWrongAnswer: chosen || '(no answer)', missedAt: printable(miss.at, { oneLine: true }) } : {}),
    };
  });
}

/**
 * "B. AWS Lambda" for an option text the learner chose (by text: options are shuffled when
 * shown). A text that is no option comes from a log edited by hand: it passes the print boundary.
 */
function labelOf(q: Question, text: string): string {
  const index = q.choices.findIndex((c) => c.text === text);
  return index === -1 ? printable(text, { oneLine: true, max: TEXT_LIMITS.choice }) : `${letter(index)}. ${text}`;
}
