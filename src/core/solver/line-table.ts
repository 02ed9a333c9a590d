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

/**
 * The lines of a table by key: each value is the rest of its line, after the first tab. Read in
 * place, without an array of lines: a one-off solve reads the terms' table whole, and every string
 * it allocates is young memory to collect.
 */
export function readLineTable(table: string): Map<string, string> {
  const byKey = new Map<string, string>();
  for (let start = 0; start <= table.length; ) {
    const next = table.indexOf('\n', start);
    const end = next === -1 ? table.length : next;
    const tab = table.indexOf('\t', start);
    if (tab !== -1 && tab < end) byKey.set(table.slice(start, tab), table.slice(tab + 1, end));
    else byKey.set(table.slice(start, Math.max(start, end - 1)), table.slice(start, end));
    start = end + 1;
  }
  return byKey;
}
