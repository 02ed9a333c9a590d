import { concept } from './concepts.js';
import { SERVICES } from './services.js';
import type { Outcome, ServiceId, Solution } from './types.js';

/** The `--json` shape: what the solver decided and why, without internal offsets. */
export function solutionJson(s: Solution) {
  return {
    service: s.service,
    name: s.name,
    clues: s.clues.map(({ concept, label, quote, negated, learned }) => ({ concept, label, quote, negated, ...(learned ? { learned } : {}) })),
    trace: s.trace,
    rejected: s.rejected,
    confidence: s.confidence,
    question: s.question,
    outOfScope: s.outOfScope,
    ...(s.options.length ? { options: s.options.map(({ letter, text, services, score }) => ({ letter, text, services, score })), pick: s.pick, choices: s.choices } : {}),
    choice: s.choice,
    ...(s.guess ? { guess: s.guess } : {}),
  };
}

export interface ClueLine {
  negated: boolean;
  label: string;
  quotes: string[];
  /** Every quote was recognised by the trained clause model, none by a written pattern. */
  learned: boolean;
}

export const LEARNED_NOTE = '(recognised by the trained model)';

/**
 * Clues for reading: wanted ones grouped by concept, then what the text rules out, one line per
 * phrase. `requirementsOnly` leaves out clues that only say what the scenario is about.
 */
export function clueLines(s: Solution, { requirementsOnly = false } = {}): ClueLine[] {
  const wanted = new Map<string, ClueLine>();
  const excluded = new Map<string, ClueLine>();
  for (const c of s.clues) {
    if (requirementsOnly && concept(c.concept).context) continue;
    if (c.negated) {
      const line = excluded.get(c.quote) ?? { negated: true, label: '', quotes: [c.quote], learned: false };
      if (!line.label.split('; ').includes(c.label)) line.label = line.label ? `${line.label}; ${c.label}` : c.label;
      excluded.set(c.quote, line);
      continue;
    }
    const line = wanted.get(c.concept) ?? { negated: false, label: c.label, quotes: [], learned: true };
    if (!line.quotes.includes(c.quote)) line.quotes.push(c.quote);
    line.learned &&= c.learned === true;
    wanted.set(c.concept, line);
  }
  return [...wanted.values(), ...excluded.values()];
}

export function headline(s: Solution): string {
  if (s.outOfScope) return `Outside the decision rule: this is about ${s.outOfScope.about}`;
  if (!s.service) return 'No recommendation: the text does not say enough.';
  const doubt = s.question ? ', not settled' : '';
  return `${s.name ?? SERVICES[s.service].name}  (${s.service}, confidence ${s.confidence.toFixed(2)}${doubt})`;
}

export const rejectedLines = (s: Solution): string[] =>
  (Object.entries(s.rejected) as [ServiceId, string][]).map(([id, reason]) => `not ${SERVICES[id].short}: ${reason}`);

/** One step of the trace as a row of a table: the number and title columns padded, so outcomes line up. */
export interface TraceRow {
  number: string;
  /** The step's title padded to the widest title, with the gap before the outcome. */
  title: string;
  outcome: Outcome;
  reason: string;
  /** "clues: …" for a step that fired or was blocked, unless its reason already quotes them. */
  clues: string | null;
}

export function traceRows(s: Solution): TraceRow[] {
  const width = Math.max(0, ...s.trace.map((t) => t.title.length));
  return s.trace.map((t, i) => ({
    number: `${String(i + 1).padStart(2)}. `,
    title: `${t.title.padEnd(width)}  `,
    outcome: t.outcome,
    reason: t.reason,
    clues: t.outcome !== 'passed' && t.clues.some((q) => !t.reason.includes(`"${q}"`)) ? `clues: ${t.clues.map((q) => `"${q}"`).join(', ')}` : null,
  }));
}

/** The answer to an exam question: the letters first, then each chosen option; or why there is none. */
export function answerLines(s: Solution): string[] {
  if (s.options.length === 0) return [];
  if (s.choices.length === 0) {
    if (s.outOfScope) return ['Answer: none chosen: the question is outside the decision rule'];
    return [s.service ? 'Answer: none of the options states the recommendation' : 'Answer: none chosen: the text does not settle it'];
  }
  const chosen = s.choices.map((letter) => s.options.find((o) => o.letter === letter)!);
  if (s.pick === 1) return [`Answer: ${chosen[0]!.letter}. ${chosen[0]!.text}`, ...guessLines(s)];
  return [`Answer: ${s.choices.join(', ')}${s.guess ? guessedOf(s) : ''}`, ...chosen.map((o) => `  ${o.letter}. ${o.text}`), ...guessLines(s)];
}

/** Which letters of a filled answer are settled and which a best guess: " (A settled; C, D a best guess)". */
function guessedOf(s: Solution): string {
  const guessed = s.guess!.letters;
  const settled = s.choices.filter((l) => !guessed.includes(l));
  return ` (${settled.length ? `${settled.join(', ')} settled; ` : ''}${[...guessed].sort().join(', ')} a best guess)`;
}

/** Under the answer, what a best guess rests on. */
const guessLines = (s: Solution): string[] => (s.guess ? [`  Best guess${s.guess.tie ? ' (a tie)' : ''}, not settled: ${s.guess.basis}`] : []);

/** The human-readable report of `clf-trainer solve`: the answer first, then the reasoning. */
export function formatSolution(s: Solution): string {
  const out: string[] = [headline(s)];
  const answer = answerLines(s);
  if (answer.length) out.push(...answer);
  out.push('');
  const clues = clueLines(s);
  out.push('Clues in the text');
  if (clues.length === 0) out.push('  (none recognised)');
  for (const c of clues) out.push(c.negated ? `  ✗ ruled out by "${c.quotes[0]}": ${c.label}` : `  ✓ ${c.label}: ${c.quotes.map((q) => `"${q}"`).join(', ')}${c.learned ? ` ${LEARNED_NOTE}` : ''}`);
  out.push('', 'The rule, step by step');
  for (const row of traceRows(s)) {
    out.push(`  ${row.number}${row.title}${row.outcome}: ${row.reason}`);
    if (row.clues) out.push(`  ${' '.repeat(row.number.length + row.title.length)}${row.clues}`);
  }
  out.push('', 'Why not the others');
  for (const line of rejectedLines(s)) out.push(`  ${line}`);
  if (s.question) out.push('', `To settle it: ${s.question}`);
  return `${out.join('\n')}\n`;
}
