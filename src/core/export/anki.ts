import type { ExportRow } from './rows.js';

/**
 * Anki's text import: one note per line, fields separated by tabs, with the header lines Anki
 * reads to preset the separator, HTML, the columns and the tags column. Fields are HTML, so
 * text is escaped, line breaks become <br>, and a field never contains a raw tab, newline or
 * quote that could split or quote it.
 */
export const ANKI_HEADER = ['#separator:tab', '#html:true', '#columns:Front\tBack\tTags', '#tags column:3'];

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped text with its line breaks as <br>; tabs become spaces. */
export function ankiText(text: string): string {
  return escapeHtml(text.replace(/\t/g, ' ')).replace(/\r\n|\r|\n/g, '<br>');
}

function front(row: ExportRow): string {
  return `${ankiText(row.stem)}<br><br>${row.choices.map(ankiText).join('<br>')}`;
}

function back(row: ExportRow): string {
  const parts = [`<b>Answer: ${ankiText(row.answer)}</b><br>${row.answerDetails.map(ankiText).join('<br>')}`];
  if (row.explanation) parts.push(ankiText(row.explanation));
  if (row.facts.length) parts.push(`Facts:<br>${row.facts.map((f) => ankiText(f.statement ? `• ${f.statement} (${f.id})` : `• ${f.id}`)).join('<br>')}`);
  if (row.lastWrongAnswer) parts.push(`Your last wrong answer: ${ankiText(row.lastWrongAnswer)}`);
  if (row.source) parts.push(/^https?:\/\/\S+$/.test(row.source) ? `Source: <a href="${escapeHtml(row.source)}">${escapeHtml(row.source)}</a>` : `Source: ${ankiText(row.source)}`);
  return parts.join('<br><br>');
}

/** Tags cannot hold spaces: a hierarchical tag per topic, plus one for missed questions. */
function tags(row: ExportRow): string {
  return [`clf-trainer::${row.topic}`, ...(row.lastWrongAnswer ? ['clf-trainer::missed'] : [])].join(' ');
}

/** Anki skips a line starting with "#" as a comment: a note's first character is never a bare "#". */
function notComment(line: string): string {
  return line.startsWith('#') ? `&#35;${line.slice(1)}` : line;
}

export function toAnki(rows: readonly ExportRow[]): string {
  return `${[...ANKI_HEADER, ...rows.map((row) => notComment([front(row), back(row), tags(row)].join('\t')))].join('\n')}\n`;
}
