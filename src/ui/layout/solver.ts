import type { Question } from '../../core/bank/types.js';
import { answerLines, clueLines, headline, LEARNED_NOTE, rejectedLines, traceRows } from '../../core/solver/format.js';
import { agreeingSolution } from '../../core/solver/question.js';
import type { Solution } from '../../core/solver/types.js';
import type { Section } from './explanation.js';
import { span, type Block, type Span } from './text.js';

const heading = (text: string): Block => ({ spans: [span(text, { bold: true, underline: true })] });

function clueBlocks(s: Solution, requirementsOnly = false): Block[] {
  const lines = clueLines(s, { requirementsOnly });
  if (lines.length === 0) return [{ spans: [span('(no clue recognised)', { dim: true })], indent: 2 }];
  return lines.map((c) => ({
    prefix: [span(c.negated ? '✗ ' : '✓ ', { color: c.negated ? 'red' : 'green', bold: true })],
    spans: c.negated
      ? [span('ruled out by '), span(`"${c.quotes[0]}"`, { color: 'cyan' }), span(': '), span(c.label, { bold: true })]
      : [span(c.label, { bold: true }), span(': '), span(c.quotes.map((q) => `"${q}"`).join(', '), { color: 'cyan' }), ...(c.learned ? [span(` ${LEARNED_NOTE}`, { dim: true })] : [])],
    indent: 2,
  }));
}

const OUTCOME: Record<string, Span> = {
  fired: span('fired', { color: 'green', bold: true }),
  passed: span('passed', { dim: true }),
  blocked: span('blocked', { color: 'yellow', bold: true }),
};

/** The trace as the text output lays it out: numbers and titles in padded columns, outcomes lined up. */
function traceBlocks(s: Solution): Block[] {
  return traceRows(s).flatMap((row) => {
    const lead = [span(row.number, { bold: true }), span(row.title, { bold: row.outcome !== 'passed' })];
    const step: Block = { prefix: lead, spans: [OUTCOME[row.outcome] ?? span(row.outcome), span(`: ${row.reason}`, { dim: row.outcome === 'passed' })], indent: 2 };
    if (!row.clues) return [step];
    return [step, { prefix: [span(' '.repeat(row.number.length + row.title.length))], spans: [span(row.clues, { dim: true })], indent: 2 }];
  });
}

/** Pure: the solver's whole reasoning, as the "Which service?" screen shows it: the answer first. */
export function solutionBlocks(s: Solution): Block[] {
  const answer = answerLines(s);
  const blocks: Block[] = [{ spans: [span(headline(s), { bold: true, color: s.service ? 'green' : 'yellow' })], gap: answer.length ? 0 : 1 }];
  // The chosen options of a multiple-response answer are indented under the letters.
  answer.forEach((line, i) => blocks.push({ spans: [span(line.trimStart(), { bold: true })], indent: line.length - line.trimStart().length, gap: i === answer.length - 1 ? 1 : 0 }));
  blocks.push(heading('Clues in the text'), ...clueBlocks(s), { spans: [] });
  blocks.push(heading('The rule, step by step'), ...traceBlocks(s), { spans: [] });
  blocks.push(heading('Why not the others'), ...rejectedLines(s).map((line) => ({ spans: [span(line)], indent: 2 })), { spans: [] });
  if (s.question) blocks.push({ spans: [span('To settle it: ', { bold: true, color: 'yellow' }), span(s.question)], gap: 1 });
  return blocks;
}

const SOLVED = new WeakMap<Question, Solution | null>();

/**
 * The explanation-screen section for "which service?" questions: the solver's clues and the rule
 * step by step, shown only when the solver reaches the keyed answer.
 */
export function solverSection(question: Question): Section | undefined {
  if (question.topic !== 'decision-rules') return undefined;
  // The explanation redraws on every scroll key: solve each question once.
  if (!SOLVED.has(question)) SOLVED.set(question, agreeingSolution(question) ?? null);
  const s = SOLVED.get(question);
  if (!s || !s.service) return undefined;
  const passed = s.trace.filter((t) => t.outcome === 'passed').map((t) => t.title);
  const decisive = s.trace.filter((t) => t.outcome !== 'passed');
  return {
    title: 'How the decision rule reaches it',
    blocks: [
      { spans: [span(headline(s), { bold: true })] },
      ...clueBlocks(s, true),
      ...(passed.length ? [{ spans: [span('Passed, in order: ', { dim: true }), span(passed.join(' · '), { dim: true })], indent: 2 }] : []),
      ...decisive.map((t) => ({ prefix: [span('→ ', { bold: true })], spans: [span(t.title, { bold: true }), span(' '), OUTCOME[t.outcome] ?? span(t.outcome), span(`: ${t.reason}`)], indent: 2 })),
      { spans: [] },
    ],
  };
}
