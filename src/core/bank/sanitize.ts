/**
 * Text from files is data. These patterns remove everything that could reach the terminal as a
 * command instead of as text: escape sequences (CSI, OSC such as title or clipboard writes,
 * DCS/APC/PM/SOS strings, in their 7-bit and 8-bit forms), other C0/C1 control characters, and the bidirectional overrides,
 * isolates and marks that can visually hide or reorder text. An unterminated OSC or DCS string
 * ends at the line break: it never swallows the lines after it.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b\n]*(?:\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]|[\u0090\u0098\u009d-\u009f][^\u0007\u001b\u009c\n]*(?:\u0007|\u009c|\u001b\\)?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters JSON.stringify leaves as they are that a terminal would act on or reorder. */
// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Line breaks, including the Unicode ones some terminals draw as a new line. */
const LINE_BREAK = /[\n\u2028\u2029]/;

/**
 * The lines joined by single spaces, the spaces and tabs around each break dropped (by slicing:
 * a pattern for "blanks, break, blanks" tries every start in a long run of blanks).
 */
function oneLineOf(text: string): string {
  const parts = text.split(LINE_BREAK);
  if (parts.length === 1) return text;
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  return parts
    .map((part, i) => {
      let start = 0;
      let end = part.length;
      if (i > 0) while (start < end && blank(part[start])) start++;
      if (i < parts.length - 1) while (end > start && blank(part[end - 1])) end--;
      return part.slice(start, end);
    })
    .join(' ');
}

/** Line endings and tabs in a form every terminal draws the same way. */
function normalizeWhitespace(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\t/g, '  ');
}

export function sanitizeText(value: string): string {
  return normalizeWhitespace(value).replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** What sanitizeText never leaves in its result (tabs and CR become spaces and newlines). */
// eslint-disable-next-line no-control-regex
const UNSANITIZED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** True for text that could have come out of sanitizeText (a fast check, for text read back from a cache). */
export function isSanitized(value: string): boolean {
  return !UNSANITIZED.test(value);
}

/** True when the text contains anything sanitizeText would remove. */
export function hasControlCharacters(value: string): boolean {
  return sanitizeText(value) !== normalizeWhitespace(value);
}

export interface PrintOptions {
  /** Line breaks become spaces: for a name, an id or a time inside a line of output. */
  oneLine?: boolean;
  /** At most this many characters (code points), the last one then "…". */
  max?: number;
}

/**
 * The one way text that came from a file (a bank, an import, a backup, the review log, a
 * journal, the settings, a file name) reaches stdout, stderr or the screen. It is made safe
 * first and cut afterwards, so a cut can never leave half an escape sequence behind.
 */
export function printable(value: unknown, { oneLine = false, max }: PrintOptions = {}): string {
  let text = sanitizeText(typeof value === 'string' ? value : String(value));
  if (oneLine) text = oneLineOf(text);
  return max === undefined ? text : cut(text, max);
}

/** The first `max` code points (never half a surrogate pair), the last one "…" when some were left out. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let count = 0;
  let end = 0;
  let kept = 0;
  for (const char of text) {
    if (count === max - 1) kept = end;
    if (count === max) return `${text.slice(0, kept).trimEnd()}…`;
    count++;
    end += char.length;
  }
  return text;
}

/**
 * JSON for the terminal: exactly the data (a JSON parser reads the same strings back), with the
 * characters JSON leaves raw but a terminal would act on (C1 controls, bidirectional controls,
 * Unicode line separators) written as \u escapes. C0 controls, ESC included, JSON escapes itself.
 */
export function printableJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
