import { GRID_FILTERS, gridItems, type GridFilter, type ReviewPass } from '../../app/exam-room.js';
import { DIFFICULTY_SHORT } from '../../core/bank/levels.js';
import { answerStatus, examCounts, type ExamCounts } from '../../core/exam/reducer.js';
import { RESULT_FILTERS, filterResults, type ExamResult, type QuestionResult, type ResultFilter } from '../../core/exam/results.js';
import { PASS_SCALED, SCALED_NOTE } from '../../core/exam/score.js';
import { formatClock, formatDuration } from '../../core/exam/timing.js';
import type { AnswerStatus, ExamState } from '../../core/exam/types.js';
import { sectionLabel } from '../../core/exam-guide/sections.js';
import { TOPIC_LABELS } from '../../core/topics.js';
import { layoutBlocks, span, textWidth, truncate, type Block, type Line, type Span } from '../layout/text.js';

/** Pure layouts of the exam screens: everything here is text as data, tested without a terminal. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const STATUS_MARK: Record<AnswerStatus, string> = { answered: '✓', incomplete: '◐', unanswered: '·' };
export const FLAG_MARK = '⚑';

/** The header's right side: "12 answered · 1 incomplete · 3 flagged". */
export function countsText(counts: ExamCounts): string {
  return [`${counts.answered} answered`, ...(counts.incomplete ? [`${counts.incomplete} incomplete`] : []), `${counts.flagged} flagged`].join(' · ');
}

// ── navigator ────────────────────────────────────────────────────────────────

const CELL = 8;

export interface NavigatorLayout {
  lines: Line[];
  /** Questions per grid row (↑↓ move by this much). */
  perRow: number;
  /** Line range of the cursor's row. */
  focus: [number, number];
}

/** Questions a row of the review grid holds at this width. */
export function gridPerRow(width: number): number {
  return Math.max(1, Math.floor(width / CELL));
}

/** Beside the clock during a pass: "reviewing flagged 2 of 4". */
export function passText(pass: ReviewPass, current: number): string {
  const at = pass.items.indexOf(current);
  return `reviewing ${pass.filter}${at >= 0 ? ` ${at + 1} of ${pass.items.length}` : ''}`;
}

/** The review screen's filter tabs: "[all 20]  flagged 3  incomplete 5  unanswered 4". */
export function gridFilterTabs(state: ExamState, active: GridFilter): Line {
  const line: Span[] = [];
  GRID_FILTERS.forEach((f, i) => {
    const text = `${f === active ? '[' : ' '}${f} ${gridItems(state, f).length}${f === active ? ']' : ' '}`;
    if (i) line.push(span(' '));
    line.push(span(text, { bold: f === active, inverse: f === active }));
  });
  return line;
}

/**
 * The review screen: the questions the filter shows as cells "12 ✓⚑", the cursor inverse, the
 * current one underlined.
 */
export function navigatorLayout(state: ExamState, cursor: number, width: number, filter: GridFilter = 'all'): NavigatorLayout {
  const perRow = gridPerRow(width);
  const counts = examCounts(state);
  const shown = gridItems(state, filter);
  const lines: Line[] = layoutBlocks(
    [
      { spans: [span(filter === 'all' ? 'Review: pick a question and press enter to go to it' : `Review ${filter}: enter goes to a question, then → and enter step through only these`, { bold: true })] },
      { spans: [span(`${counts.answered} answered · ${counts.incomplete} incomplete · ${counts.unanswered} unanswered · ${counts.flagged} flagged for review`)] },
      { spans: [span('✓ answered   ◐ incomplete   · unanswered   ⚑ flagged', { dim: true })] },
    ],
    width,
  );
  lines.push(...layoutBlocks([{ spans: gridFilterTabs(state, filter) }], width), []);
  const top = lines.length;
  if (shown.length === 0) lines.push([span(`No ${filter} questions. a shows them all.`, { dim: true })]);
  for (let start = 0; start < shown.length; start += perRow) {
    const line: Line = [];
    for (const i of shown.slice(start, start + perRow)) {
      const status = answerStatus(state, i);
      const flagged = state.flagged[i] === true;
      const text = `${String(i + 1).padStart(3)} ${STATUS_MARK[status]}${flagged ? FLAG_MARK : ' '} `;
      line.push(span(text.padEnd(CELL), { inverse: i === cursor, underline: i === state.current && i !== cursor, bold: i === cursor, color: flagged ? 'yellow' : status === 'answered' ? undefined : 'gray' }));
    }
    lines.push(line);
  }
  const row = top + Math.floor(Math.max(0, shown.indexOf(cursor)) / perRow);
  return { lines, perRow, focus: [row, row + 1] };
}

// ── submit confirmation ──────────────────────────────────────────────────────

/** "4, 7, 12" (question numbers, 1-based), the first `max` of them. */
function numbers(indices: readonly number[], max = 12): string {
  const shown = indices.slice(0, max).map((i) => String(i + 1));
  return indices.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The submit question: what is still open, by number, so it can be found on the review screen. */
export function submitBlocks(state: ExamState): Block[] {
  const counts = examCounts(state);
  const total = state.items.length;
  const open = counts.unanswered + counts.incomplete;
  const which = (filter: 'unanswered' | 'flagged') => gridItems(state, filter);
  const tooFew = state.items.flatMap((_, i) => (answerStatus(state, i) === 'incomplete' ? [i] : []));
  const lines: Block[] = [{ spans: [span('Submit the exam?', { bold: true })], gap: 1 }];
  if (open === 0 && counts.flagged === 0) lines.push({ spans: [span(`All ${total} questions are answered and none is flagged for review.`)] });
  else {
    if (counts.unanswered) lines.push({ prefix: [span('• ')], spans: [span(`${plural(counts.unanswered, 'question')} unanswered`, { bold: true, color: 'yellow' }), span(`: ${numbers(which('unanswered'))}`)] });
    if (counts.incomplete) lines.push({ prefix: [span('• ')], spans: [span(`${counts.incomplete} with too few options chosen`, { bold: true, color: 'yellow' }), span(`: ${numbers(tooFew)}`)] });
    if (counts.flagged) lines.push({ prefix: [span('• ')], spans: [span(`${plural(counts.flagged, 'question')} flagged for review`, { bold: true, color: 'yellow' }), span(`: ${numbers(which('flagged'))}`)] });
    if (open) lines.push({ spans: [] }, { spans: [span('Unanswered and incomplete questions count as wrong.')] });
  }
  lines.push({ spans: [] }, { spans: [span('y / enter', { bold: true }), span('  submit and see your results')] }, { spans: [span('n / esc', { bold: true }), span('    keep working (g: the review screen, with filters)')] });
  return lines;
}

// ── before the exam ──────────────────────────────────────────────────────────

export interface IntroModel {
  questions: number;
  asked: number;
  durationMs: number;
  seed: string;
  topics: readonly string[];
  strict?: boolean;
}

export function introBlocks(m: IntroModel): Block[] {
  const pace = Math.round(m.durationMs / 1000 / Math.max(1, m.questions));
  const blocks: Block[] = [
    { spans: [span(`${plural(m.questions, 'question')} in ${formatDuration(m.durationMs)}${m.strict ? ' · strict' : ''}`, { bold: true }), span(` (about ${pace} s a question) · seed ${m.seed}`, { dim: true })] },
    { spans: [span(m.topics.length ? `Topics: ${m.topics.join(', ')}` : 'All topics, spread evenly', { dim: true })], gap: 1 },
  ];
  if (m.questions < m.asked) blocks.push({ spans: [span(`Only ${plural(m.questions, 'question')} match, so the exam has ${m.questions}.`, { color: 'yellow' })], gap: 1 });
  const rules = [
    'The clock starts when you press enter. At 0:00 the exam submits itself.',
    'No feedback until you submit. Change any answer until then.',
    'Multiple response is all-or-nothing; an unanswered question counts as wrong.',
    'a–f, or ↑↓ and space, choose · enter next · m mark for review · ←/→ or p/n move · g review screen · s submit · ? every key',
    m.strict
      ? 'Strict, as at a test centre: the clock keeps running if you leave (q) or the trainer closes, and the exam submits itself at 0:00 all the same.'
      : 'Every answer is saved as you go: if the trainer stops, run clf-trainer exam to resume; the clock stops while you are away.',
  ];
  for (const rule of rules) blocks.push({ prefix: [span('• ')], spans: [span(rule)] });
  blocks.push({ spans: [] }, { spans: [span('Press enter to start.', { bold: true })] });
  return blocks;
}

export interface ResumeModel {
  state: ExamState;
  /** Question ids of the exam missing from the loaded banks. */
  missing: readonly string[];
  /** Set when another trainer has this exam open ("another clf-trainer (process 12)"). */
  lockedBy?: string;
  /** That trainer cannot be checked from here, so the exam may be taken over; `confirming`: asking now. */
  canTakeOver?: boolean;
  confirming?: boolean;
  /** The learner asked to abandon it: ask before doing it. */
  confirmAbandon?: boolean;
  /** Time left now: a strict exam's clock kept running while the trainer was closed. */
  remainingMs: number;
}

export function resumeBlocks({ state, missing, lockedBy, canTakeOver, confirming, confirmAbandon, remainingMs }: ResumeModel): Block[] {
  const counts = examCounts(state);
  const started = new Date(state.startedAt).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const blocks: Block[] = [
    { spans: [span('You have an unfinished mock exam', { bold: true, color: 'yellow' })], gap: 1 },
    { spans: [span(`Started ${started} · ${plural(state.items.length, 'question')} · ${countsText(counts)} · ${formatClock(remainingMs)} left`)], gap: state.strict ? 0 : 1 },
    ...(state.strict ? [{ spans: [span('Strict exam: its clock kept running while you were away, and keeps running.', { color: 'yellow' as const })], gap: 1 }] : []),
  ];
  if (lockedBy && confirming) {
    blocks.push(
      { spans: [span(`Take the exam over from ${lockedBy}?`, { bold: true, color: 'yellow' })], gap: 1 },
      { spans: [span('Do this only if that trainer is no longer running: if it still is, both would save answers into this exam and mix them up.')], gap: 1 },
      { prefix: [span('y          ', { bold: true })], spans: [span('take it over (then resume or abandon it here)')] },
      { prefix: [span('n / esc    ', { bold: true })], spans: [span('leave it with that trainer')] },
    );
    return blocks;
  }
  if (lockedBy && canTakeOver) {
    blocks.push(
      { spans: [span(`It is open in ${lockedBy}, which cannot be checked from here.`, { color: 'yellow' })], gap: 1 },
      { spans: [span('If that trainer is no longer running (a stopped container, a computer renamed since), take the exam over with t; otherwise finish it there.')], gap: 1 },
      { prefix: [span('t          ', { bold: true })], spans: [span('take it over (asks first)')] },
      { prefix: [span('q / esc    ', { bold: true })], spans: [span('back')] },
    );
    return blocks;
  }
  if (lockedBy) {
    blocks.push(
      { spans: [span(`It is open in ${lockedBy}: finish it there, or close that one and come back.`, { color: 'yellow' })], gap: 1 },
      { prefix: [span('q / esc    ', { bold: true })], spans: [span('back')] },
    );
    return blocks;
  }
  if (confirmAbandon) {
    const counts = examCounts(state);
    blocks.push(
      { spans: [span('Abandon this exam?', { bold: true, color: 'yellow' })], gap: 1 },
      { spans: [span(`It ends now, unscored, with ${plural(counts.answered, 'answer')}; it stays in your history as abandoned and its answers do not count towards your progress.`)], gap: 1 },
      { prefix: [span('y          ', { bold: true })], spans: [span('abandon it')] },
      { prefix: [span('n / esc    ', { bold: true })], spans: [span('keep it')] },
    );
    return blocks;
  }
  if (missing.length) {
    blocks.push({ spans: [span(`${plural(missing.length, 'question')} of it ${missing.length === 1 ? 'is' : 'are'} not in the loaded banks (${truncate(missing.join(', '), 60)}): start the trainer with the bank it came from (--bank PATH) to resume it.`, { color: 'red' })], gap: 1 });
  } else {
    blocks.push({ prefix: [span('r / enter  ', { bold: true })], spans: [span(`resume it, with its answers and flags, the clock at ${formatClock(remainingMs)}`)] });
  }
  blocks.push(
    { prefix: [span('x          ', { bold: true })], spans: [span('abandon it and start a new exam (it stays in your history as abandoned)')] },
    { prefix: [span('q / esc    ', { bold: true })], spans: [span('back, keeping it for later')] },
  );
  return blocks;
}

// ── results ──────────────────────────────────────────────────────────────────

export function bar(correct: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((correct / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

export function verdictWords(result: ExamResult): string {
  return result.passed ? '✓ PASS' : '✗ FAIL';
}

/** Rows of "label  correct/total  bar  percent", labels in one column; a row may carry a mark ("weakest"). */
function scoreRows(rows: readonly { label: string; correct: number; total: number; mark?: string }[], width: number): Line[] {
  const markWidth = Math.max(0, ...rows.map((r) => (r.mark ? textWidth(r.mark) + 2 : 0)));
  // A row is the label, 16 columns of counts and percent, the bar and the mark: narrow windows shorten the bar before the label.
  const labelWidth = Math.min(Math.max(...rows.map((r) => textWidth(r.label))), Math.max(8, width - 16 - 8 - markWidth));
  const barWidth = Math.max(8, Math.min(16, width - 16 - labelWidth - markWidth));
  return rows.map((r) => {
    const pct = Math.round((r.correct / r.total) * 100);
    const label = truncate(r.label, labelWidth);
    return [
      span(`  ${label}${' '.repeat(labelWidth - textWidth(label))}  ${`${r.correct}/${r.total}`.padStart(5)}  `),
      span(bar(r.correct, r.total, barWidth), { color: pct >= 70 ? 'green' : pct >= 50 ? 'yellow' : 'red' }),
      span(` ${String(pct).padStart(3)}%`),
      ...(r.mark ? [span(`  ${r.mark}`, { color: 'red', bold: true })] : []),
    ];
  });
}

/**
 * Summary of the result: score, estimate and what it covers, time, bars per exam domain (the
 * real score report's sections) and per topic, slowest questions. Tables are lines, so they keep
 * their columns.
 */
export function summaryLines(result: ExamResult, width: number): Line[] {
  const head: Block[] = [];
  if (result.endReason === 'timeout') head.push({ spans: [span('Time is up: the exam was submitted automatically.', { color: 'yellow', bold: true })], gap: 1 });
  head.push(
    {
      spans: [
        span(verdictWords(result), { bold: true, color: result.passed ? 'green' : 'red' }),
        span(`   ${result.percent}% correct (${result.correct} of ${result.total})`, { bold: true }),
      ],
    },
    { spans: [span(`Estimated scaled score: ${result.scaled} of 1000 (pass line ${PASS_SCALED})`, { bold: true }), span(` — ${SCALED_NOTE}`, { dim: true })] },
    { spans: [span(`${result.scope.note} A pass here is not a pass of CLF-C02.`, { color: 'yellow' })] },
    { spans: [span(`Time used ${formatDuration(result.usedMs)} of ${formatDuration(result.durationMs)} · ${formatDuration(result.averageMs)} a question on average`)], gap: 1 },
    { spans: [span('By exam domain', { bold: true, underline: true }), span('  as the real score report groups it', { dim: true })] },
  );
  const lines = layoutBlocks(head, width);
  lines.push(...scoreRows(result.domains.map((d) => ({ label: sectionLabel(d.domain), correct: d.correct, total: d.total })), width));
  lines.push([], [span('By topic', { bold: true, underline: true })]);
  lines.push(...scoreRows(result.topics.map((t) => ({ label: TOPIC_LABELS[t.topic], correct: t.correct, total: t.total, ...(t.topic === result.weakest ? { mark: 'weakest' } : {}) })), width));
  if (result.slowest.length) {
    lines.push([], [span('Slowest questions', { bold: true, underline: true })]);
    const times = result.slowest.map((r) => formatDuration(r.ms));
    const timeWidth = Math.max(...times.map((t) => t.length));
    result.slowest.forEach((r, i) => {
      const head = `  #${String(r.index + 1).padEnd(3)} ${times[i]!.padStart(timeWidth)}  ${r.correct ? '✓' : '✗'}  `;
      lines.push([span(head, { color: r.correct ? 'green' : 'red' }), span(truncate(firstLine(r.question.stem), Math.max(5, width - textWidth(head))))]);
    });
  }
  return lines;
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';

export function filterLabel(filter: ResultFilter): string {
  return filter === 'all' ? 'all' : filter;
}

/** The filter tabs: "[all 65]  incorrect 14  flagged 3  unanswered 2". */
export function filterTabs(results: readonly QuestionResult[], active: ResultFilter): Line {
  const line: Span[] = [];
  RESULT_FILTERS.forEach((f, i) => {
    const text = `${f === active ? '[' : ' '}${filterLabel(f)} ${filterResults(results, f).length}${f === active ? ']' : ' '}`;
    if (i) line.push(span(' '));
    line.push(span(text, { bold: f === active, inverse: f === active }));
  });
  return line;
}

/** One row of the results list (the menu marks the highlighted one): number, verdict in a mark and a word, flag, level, stem. */
export function resultRow(r: QuestionResult, selected: boolean, width: number): Line {
  // A question never on screen is wrong in the score, but it was not answered: not "blank", "unseen".
  const verdict = (!r.seen ? '· unseen' : r.status === 'unanswered' ? '– blank' : r.correct ? '✓ right' : '✗ wrong').padEnd(8);
  const level = DIFFICULTY_SHORT[r.question.difficulty].padEnd(6);
  const head = `${String(r.index + 1).padStart(3)}  ${verdict}  ${r.flagged ? FLAG_MARK : ' '}  ${level}  `;
  return [
    span(head, { bold: selected, color: r.status === 'unanswered' ? 'yellow' : r.correct ? 'green' : 'red' }),
    span(truncate(firstLine(r.question.stem), Math.max(5, width - textWidth(head))), { bold: selected, inverse: selected }),
  ];
}

/** The text printed after leaving the screen, so the result stays in the scrollback. */
export function farewellText(result: ExamResult): string {
  const weakest = result.weakest ? ` · weakest: ${TOPIC_LABELS[result.weakest]}` : '';
  return `Mock exam (${result.scope.short}): ${result.percent}% (${result.correct}/${result.total}) · estimated ${result.scaled}/1000 · ${result.passed ? 'PASS' : 'FAIL'}${weakest}`;
}
