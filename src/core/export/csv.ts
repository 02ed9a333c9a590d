import type { ExportRow } from './rows.js';

export const CSV_COLUMNS = ['id', 'topic', 'type', 'stem', 'choices', 'answer', 'explanation', 'facts', 'source', 'last_wrong_answer', 'missed_at'] as const;

/**
 * A cell a spreadsheet would read as a formula (it starts with = + - @, a tab or a CR) gets a
 * leading apostrophe, as OWASP advises against CSV injection: bank text is untrusted, and
 * "=HYPERLINK(…)" must stay text when the file is opened in Excel, LibreOffice or Sheets.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. Never a formula. */
export function csvField(value: string): string {
  const cell = inertCell(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A CSV file with a header row, CRLF line ends (as RFC 4180 and spreadsheets expect). */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const cells = [
      row.id,
      row.topic,
      row.type,
      row.stem,
      row.choices.join('\n'),
      row.answer,
      row.explanation,
      row.facts.map((f) => f.id).join(' '),
      row.source,
      row.lastWrongAnswer ?? '',
      row.missedAt ?? '',
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
