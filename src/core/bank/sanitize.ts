/**
 * Bank text is data. These patterns remove everything that could reach the terminal as a
 * command instead of as text: escape sequences (CSI, OSC such as title or clipboard writes,
 * DCS/APC/PM/SOS strings), other C0/C1 control characters, and the bidirectional overrides
 * and isolates that can visually hide or reorder text.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Line endings and tabs in a form every terminal draws the same way. */
function normalizeWhitespace(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\t/g, '  ');
}

export function sanitizeText(value: string): string {
  return normalizeWhitespace(value).replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** True when the text contains anything sanitizeText would remove. */
export function hasControlCharacters(value: string): boolean {
  return sanitizeText(value) !== normalizeWhitespace(value);
}
