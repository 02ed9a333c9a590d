import type { StatsReport } from '../../core/stats/report.js';
import type { RecallTally } from '../../core/stats/topics.js';
import { layoutBlocks, span, textWidth, truncate, type Block, type Color, type Line, type Span } from './text.js';

/**
 * Pure: the stats screen as lines of at most `width` columns. Every number shown comes from
 * the report as it is (the same object `clf-trainer stats --json` prints).
 */

const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** Heat levels: no reviews, 1–4, 5–14, 15–29, 30 or more. */
export const HEAT = [
  { min: 0, glyph: '·' },
  { min: 1, glyph: '░' },
  { min: 5, glyph: '▒' },
  { min: 15, glyph: '▓' },
  { min: 30, glyph: '█' },
] as const;
const WEEKDAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const heading = (text: string): Line => [span(text, { bold: true, underline: true })];

function wrap(spans: Span[], width: number, extra: Omit<Block, 'spans'> = {}): Line[] {
  return layoutBlocks([{ spans, ...extra }], width);
}

/** A horizontal bar of `cells` cells, `percent` full, in eighths. */
export function bar(percent: number, cells: number): string {
  const eighths = Math.round((Math.min(100, Math.max(0, percent)) / 100) * cells * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  const partial = part ? ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][part]! : '';
  return `${'█'.repeat(full)}${partial}${'░'.repeat(Math.max(0, cells - full - (partial ? 1 : 0)))}`;
}

/** Column glyphs of a vertical bar chart `rows` high, bottom row last. */
export function columnGlyphs(value: number, max: number, rows: number): string[] {
  const eighths = max > 0 ? Math.round((value / max) * rows * 8) : 0;
  const shown = value > 0 ? Math.max(1, eighths) : 0;
  return Array.from({ length: rows }, (_, i) => {
    const level = rows - 1 - i;
    return EIGHTHS[Math.min(8, Math.max(0, shown - level * 8))]!;
  });
}

export function heatGlyph(reviews: number): string {
  let glyph: string = HEAT[0].glyph;
  for (const level of HEAT) if (reviews >= level.min) glyph = level.glyph;
  return glyph;
}

function readinessLines(r: StatsReport['readiness'], width: number): Line[] {
  const lines: Line[] = [heading(`Readiness: ${r.scope.short}`)];
  if (r.scaled === null) {
    lines.push(...wrap([span('No estimate yet. ', { bold: true }), span(r.note)], width));
  } else {
    const passing = r.scaled >= r.passLine;
    const verdict = passing ? `✓ at or above the ${r.passLine} line` : `✗ below the ${r.passLine} line`;
    lines.push(
      ...wrap(
        [
          span(`Estimated score ≈ ${r.scaled} / 1000`, { bold: true, color: passing ? 'green' : 'yellow' }),
          span(` · ${verdict} · ${r.percent}% expected correct · confidence ${r.confidence}`),
        ],
        width,
      ),
    );
    const cells = Math.max(10, Math.min(50, width - 12));
    const gauge = bar(((r.scaled - 100) / 900) * 100, cells);
    const mark = Math.round(((r.passLine - 100) / 900) * cells);
    lines.push([span(' 100 '), span(gauge.slice(0, mark), { color: passing ? 'green' : 'yellow' }), span('│', { bold: true }), span(gauge.slice(mark + 1), { color: passing ? 'green' : 'yellow' }), span(' 1000')]);
    lines.push(...wrap([span(r.note)], width));
  }
  lines.push(...wrap([span(r.scope.note, { color: 'yellow' })], width));
  lines.push(...wrap([span(`Method: ${r.method}`, { dim: true })], width));
  return lines;
}

/**
 * A table of groups (topics, exam domains): seen/total, a bar of what you would recall now,
 * recall, lapses. When the labels do not fit beside the numbers (a narrow window), each label
 * gets its own line, whole, with the numbers under it.
 */
function recallLines(title: string, note: string, rows: readonly RecallTally[], width: number): Line[] {
  const lines: Line[] = [heading(title), ...wrap([span(note, { dim: true })], width)];
  // One label width for every such table, so topics and domains line up.
  const labelWidth = Math.min(32, width - 46);
  const stacked = rows.some((r) => textWidth(r.label) > labelWidth);
  const cells = Math.max(8, Math.min(20, width - (stacked ? 2 : labelWidth + 1) - 38));
  for (const t of rows) {
    const counts = `${t.seen}/${t.total}`.padStart(7);
    const recall = `recall ${t.recallPercent === null ? '   —' : `${String(t.recallPercent).padStart(3)}%`}`;
    const color: Color | undefined = t.recallPercent === null ? undefined : t.recallPercent >= 85 ? 'green' : t.recallPercent >= 70 ? 'yellow' : 'red';
    if (stacked) lines.push([span(t.label)]);
    lines.push([
      span(stacked ? `  ${counts} ` : `${t.label.padEnd(labelWidth)} ${counts} `),
      span(bar(t.strengthPercent, cells), { color: 'cyan' }),
      span(` ${String(t.strengthPercent).padStart(3)}% · `),
      span(recall, color ? { color } : {}),
      span(` · ${plural(t.lapses, 'lapse')}`),
    ]);
  }
  return lines;
}

function topicLines(report: StatsReport, width: number): Line[] {
  return recallLines('Topics', 'bar: share of the topic you would recall now · recall: average over the questions seen', report.topics, width);
}

function domainLines(report: StatsReport, width: number): Line[] {
  const weights = report.domains.flatMap((d) => (d.examWeightPercent === undefined ? [] : [`domain ${d.label.split('.')[0]} is ${d.examWeightPercent}%`]));
  const note = `the same by CLF-C02 exam domain, as the real score report groups results${weights.length ? ` (of the real exam, ${weights.join(', ')})` : ''}`;
  return recallLines('Exam domains', note, report.domains, width);
}

function forecastLines(report: StatsReport, width: number): Line[] {
  const days = report.forecast;
  const total = days.reduce((n, d) => n + d.due, 0);
  const lines: Line[] = [heading('Due in the next 14 days'), [span(`${total} reviews due · today ${days[0]?.due ?? 0} (overdue included)`, { dim: true })]];
  const col = width >= days.length * 4 ? 4 : 3;
  const max = Math.max(1, ...days.map((d) => d.due));
  const glyphs = days.map((d) => columnGlyphs(d.due, max, 4));
  for (let row = 0; row < 4; row++) lines.push([span(glyphs.map((g) => ` ${g[row]!.repeat(col - 2)} `.slice(0, col)).join(''), { color: 'cyan' })]);
  lines.push([span(days.map((d) => fit(String(d.due), col)).join(''))]);
  lines.push([span(days.map((d, i) => fit(i === 0 ? 'now' : WEEKDAYS[new Date(`${d.date}T12:00:00`).getDay()]!, col)).join(''), { dim: true })]);
  return lines;
}

/** Centre-ish a label in a column, cut when it cannot fit. */
function fit(text: string, col: number): string {
  const cut = text.length > col - 1 ? (col - 1 >= 2 ? `${text.slice(0, col - 2)}+` : '+') : text;
  return ` ${cut}`.padEnd(col);
}

function activityLines(report: StatsReport, width: number): Line[] {
  const a = report.activity;
  const lines: Line[] = [heading(`Activity, last ${a.weeks} weeks`)];
  // Columns are weeks (Monday first), rows are weekdays; days after today stay blank.
  const weeks: (number | undefined)[][] = [];
  a.days.forEach((d, i) => {
    const week = Math.floor(i / 7);
    (weeks[week] ??= [])[i % 7] = d.reviews;
  });
  const names = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
  for (let row = 0; row < 7; row++) {
    const cells = weeks.map((w) => (w[row] === undefined ? '  ' : `${heatGlyph(w[row]!)} `)).join('');
    lines.push([span(`${names[row]} `, { dim: true }), span(cells, { color: 'green' })]);
  }
  lines.push([span(`   less ${HEAT.map((h) => h.glyph).join(' ')} more  (0, 1–4, 5–14, 15–29, 30+ reviews a day)`, { dim: true })]);
  const streak = a.streak ? `${plural(a.streak, 'day')} in a row${a.reviewedToday ? ', today included' : ' (study today to keep it)'}` : 'none yet';
  lines.push(...wrap([span('Streak: ', { bold: true }), span(`${streak} · ${plural(a.reviews, 'review')} on ${plural(a.activeDays, 'day')} in ${a.weeks} weeks`)], width));
  const r = report.retention;
  lines.push(
    ...wrap(
      r.percent === null
        ? [span(`True retention (${r.days} days): `, { bold: true }), span('no reviews of already-learned questions yet')]
        : [span(`True retention (${r.days} days): `, { bold: true }), span(`${r.percent}%`, { bold: true }), span(` · ${r.correct} of ${plural(r.reviews, 'review')} of already-learned questions answered right`)],
      width,
    ),
  );
  const future = report.totals.futureReviews;
  if (future > 0) {
    const what = `${plural(future, 'answer')} in your log ${future === 1 ? 'is' : 'are'} dated later than now (a clock that was set ahead); ${future === 1 ? 'it counts' : 'they count'} as given now.`;
    lines.push(...wrap([span(`⚠ ${what}`, { color: 'yellow' })], width));
  }
  return lines;
}

/** Scores 100–1000 as three bands of 300 with the pass line drawn between the top two. */
export function sparkRows(scores: readonly number[], passLine: number): string[] {
  const eighths = scores.map((s) => Math.round(((Math.min(1000, Math.max(100, s)) - 100) / 900) * 24));
  const lineAt = Math.round(((passLine - 100) / 900) * 24);
  const band = (e: number, level: number) => EIGHTHS[Math.min(8, Math.max(0, e - level * 8))]!;
  return [
    eighths.map((e) => band(e, 2)).join(''),
    eighths.map((e) => (e > lineAt ? '█' : '─')).join(''),
    eighths.map((e) => band(e, 1)).join(''),
    eighths.map((e) => band(e, 0)).join(''),
  ];
}

function examLines(report: StatsReport, width: number): Line[] {
  const e = report.exams;
  const lines: Line[] = [heading('Mock exams')];
  if (e.attempts.length === 0) {
    lines.push(...wrap([span(`None scored yet${e.abandoned ? ` (${plural(e.abandoned, 'abandoned attempt')})` : ''}. 'clf-trainer exam --quick' takes 20 questions at the exam's pace.`)], width));
    return lines;
  }
  const last = e.attempts.at(-1)!;
  lines.push(
    ...wrap(
      [
        span(`${plural(e.attempts.length, 'scored attempt')}${e.abandoned ? ` (${e.abandoned} abandoned)` : ''} · last `),
        span(`${e.last}`, { bold: true, color: last.passed ? 'green' : 'red' }),
        span(last.passed ? ' ✓ pass' : ' ✗ below 700'),
        span(` · best ${e.best}`),
      ],
      width,
    ),
  );
  const shown = e.attempts.slice(-Math.max(1, width - 8)).map((a) => a.scaled);
  const [top, line, middle, bottom] = sparkRows(shown, e.passLine);
  lines.push([span('1000 ┤', { dim: true }), span(top!, { color: 'cyan' })]);
  lines.push([span(` ${e.passLine} ┼`, { bold: true }), span(line!, { bold: true })]);
  lines.push([span('     │', { dim: true }), span(middle!, { color: 'cyan' })]);
  lines.push([span(' 100 ┤', { dim: true }), span(bottom!, { color: 'cyan' })]);
  lines.push([span(`      oldest → newest${shown.length < e.attempts.length ? ` (last ${shown.length})` : ''}; ─ marks the ${e.passLine} pass line`, { dim: true })]);
  return lines;
}

function leechLines(report: StatsReport, width: number): Line[] {
  const lines: Line[] = [heading(`Leeches: missed 4 or more times (${report.leeches.length})`)];
  if (report.leeches.length === 0) {
    lines.push([span('None. No question has been missed 4 times.')]);
    return lines;
  }
  for (const l of report.leeches) {
    lines.push(...wrap([span(`${l.misses}× `, { bold: true, color: 'red' }), span(`${l.id} `, { dim: true }), span(l.stem)], width, { prefix: [span('✗ ', { color: 'red' })] }));
    for (const f of l.facts) lines.push(...wrap([span(f.statement ?? '(not in the fact catalogue)'), span(` (${f.id})`, { dim: true })], width, { indent: 2, prefix: [span('read: ', { dim: true })] }));
    if (l.facts.length === 0) lines.push(...wrap([span('no facts listed for this question', { dim: true })], width, { indent: 2 }));
  }
  return lines;
}

function suspendedLines(report: StatsReport, width: number): Line[] {
  const lines: Line[] = [heading(`Suspended: out of study, review and exams (${report.suspended.length})`)];
  for (const q of report.suspended) lines.push(...wrap([span(`${q.id} `, { dim: true }), span(q.stem)], width, { prefix: [span('⊘ ', { dim: true })] }));
  lines.push(...wrap([span('Search is:suspended (/ on the home screen) to open one and unsuspend it with !.', { dim: true })], width));
  return lines;
}

export function statsLines(report: StatsReport, width: number): Line[] {
  const sections = [readinessLines(report.readiness, width), domainLines(report, width), topicLines(report, width), forecastLines(report, width), activityLines(report, width), examLines(report, width), leechLines(report, width)];
  // Listed once there is one: a learner who never suspends anything has no use for the section.
  if (report.suspended.length) sections.push(suspendedLines(report, width));
  const out: Line[] = [];
  sections.forEach((section, i) => {
    if (i > 0) out.push([]);
    out.push(...section.map((line) => clip(line, width)));
  });
  return out;
}

/** Keeps fixed-layout lines (charts) within the width on narrow windows. */
function clip(line: Line, width: number): Line {
  let used = 0;
  const out: Line = [];
  for (const s of line) {
    const w = textWidth(s.text);
    if (used + w <= width) {
      out.push(s);
      used += w;
      continue;
    }
    out.push({ ...s, text: truncate(s.text, width - used) });
    break;
  }
  return out;
}
