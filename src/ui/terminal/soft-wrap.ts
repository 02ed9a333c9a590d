/**
 * Long web addresses, whole. Ink draws every line as a row of its own, so an address wider than
 * the window is laid out as pieces, one a row (see urlLines). Each piece but the last ends with
 * JOIN_MARK; on the way to the terminal the marks, the line breaks after them and the margin
 * before the next piece are taken out, so the terminal receives the address as one line and
 * wraps it itself: it then copies and opens as one address. Ink counts rows by line breaks, so
 * blank rows are added after the address for every row the terminal saves (its wrap uses the
 * whole width, margins included), and the frame keeps the height Ink thinks it has.
 */

/** Ends a piece of an address that goes on at the start of the next row (an OSC 8 with no address: it opens and closes nothing). */
export const JOIN_MARK = '\u001b]8;clf-join;\u001b\\';

/** OSC 8 hyperlinks: open one around `text`, pointing at `url` (terminals that have them make it clickable). */
export function hyperlink(text: string, url: string): string {
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b\[[0-9;?]*[A-Za-z]/g;

/** Columns a row of output takes (escape sequences take none; addresses and margins are plain ASCII). */
function visibleWidth(text: string): number {
  return [...text.replace(ESCAPES, '')].length;
}

/** Pure: one frame of Ink's output with every marked address joined into one line, for a terminal `columns` wide. */
export function joinWrappedRows(frame: string, columns: number): string {
  if (!frame.includes(JOIN_MARK)) return frame;
  const rows = frame.split('\n');
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    if (!row.includes(JOIN_MARK)) {
      out.push(row);
      continue;
    }
    let joined = 1;
    while (row.includes(JOIN_MARK) && i + 1 < rows.length) {
      // What follows the mark on its row (style resets) stays; the next row's margin goes.
      const [head, tail] = splitOnce(row, JOIN_MARK);
      row = head + tail + rows[++i]!.replace(/^ +/, '');
      joined++;
    }
    row = row.split(JOIN_MARK).join('');
    const needed = Math.max(1, Math.ceil(visibleWidth(row) / Math.max(1, columns)));
    out.push(row, ...Array.from({ length: Math.max(0, joined - needed) }, () => ''));
  }
  return out.join('\n');
}

function splitOnce(text: string, mark: string): [string, string] {
  const at = text.indexOf(mark);
  return [text.slice(0, at), text.slice(at + mark.length)];
}

/** The output stream as Ink sees it: every write joined by joinWrappedRows at the stream's width. */
export function joiningStream<S extends NodeJS.WriteStream>(stream: S): S {
  const write = (chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? joinWrappedRows(chunk, stream.columns || 80) : chunk;
    return (stream.write as (...args: unknown[]) => boolean)(text, ...rest);
  };
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'write') return write;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
