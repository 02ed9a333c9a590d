/*
 * A build-time table shipped as lines of text, `key<TAB>value`: splitting lines allocates less and
 * is quicker than parsing the same table as JSON (about a millisecond of a one-off solve for the terms'
 * table; nothing measurable for the smaller table of what patterns need, which stays JSON).
 */

/** One line of a table; a key or value holding a tab or line break cannot be written. */
export function tableLine(key: string, value: string): string {
  if (/[\t\n]/.test(key) || value.includes('\n')) throw new Error(`a table line cannot hold a tab or a line break in its key, nor a line break: ${JSON.stringify(key)}`);
  return `${key}\t${value}`;
}

/** The lines of a table by key: each value is the rest of its line, after the first tab. */
export function readLineTable(table: string): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const line of table.split('\n')) {
    const tab = line.indexOf('\t');
    byKey.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return byKey;
}
