/*
 * Quantities written in a text, each reduced to one measure and one base unit, so that any two
 * ways of writing the same amount compare equal: "3,600 seconds", "60 minutes" and "one hour" are
 * all 3600 s; "1,048,576 bytes" and "1 MB" are both 1 MiB; "$3.50" is 3.5 dollars; "HTTP 429" and
 * "429 Too Many Requests" are the status 429; "333 million" is a count.
 */

export type Measure = 'time' | 'size' | 'money' | 'percent' | 'status' | 'count';

export interface Quantity {
  measure: Measure;
  /** In the base unit: seconds, bytes, dollars, percent, the status code, or the number itself. */
  value: number;
  /** Where it is written in the text, number and unit. */
  start: number;
  end: number;
  /** For time and size, the base units in one of the unit written. */
  unit?: number;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** Seconds or bytes per unit; sizes count in powers of 1,024, as the service's quotas do (1 MB = 1,048,576 bytes). */
const UNITS: Record<string, [Measure, number]> = {
  ms: ['time', 0.001], millisecond: ['time', 0.001], milliseconds: ['time', 0.001],
  s: ['time', 1], sec: ['time', 1], secs: ['time', 1], second: ['time', 1], seconds: ['time', 1],
  min: ['time', 60], mins: ['time', 60], minute: ['time', 60], minutes: ['time', 60],
  h: ['time', 3600], hr: ['time', 3600], hrs: ['time', 3600], hour: ['time', 3600], hours: ['time', 3600],
  day: ['time', 86_400], days: ['time', 86_400], week: ['time', 604_800], weeks: ['time', 604_800],
  month: ['time', 2_592_000], months: ['time', 2_592_000], year: ['time', 31_536_000], years: ['time', 31_536_000],
  b: ['size', 1], byte: ['size', 1], bytes: ['size', 1],
  kb: ['size', 1024], kib: ['size', 1024], kilobyte: ['size', 1024], kilobytes: ['size', 1024],
  mb: ['size', 1024 ** 2], mib: ['size', 1024 ** 2], megabyte: ['size', 1024 ** 2], megabytes: ['size', 1024 ** 2],
  gb: ['size', 1024 ** 3], gib: ['size', 1024 ** 3], gigabyte: ['size', 1024 ** 3], gigabytes: ['size', 1024 ** 3],
  tb: ['size', 1024 ** 4], terabyte: ['size', 1024 ** 4], terabytes: ['size', 1024 ** 4],
  '%': ['percent', 1], percent: ['percent', 1], per_cent: ['percent', 1],
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 };

const WORDS = Object.keys(NUMBER_WORDS).join('|');
const UNIT_NAMES = Object.keys(UNITS)
  .filter((u) => u !== '%' && u !== 'per_cent')
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * A number (digits with thousands commas and decimals, or a number word), an optional scale
 * ("million") and an optional unit, which may be joined to the number ("29s", "10MB"). A dollar
 * sign before it makes money. A number word counts only with a unit: "one" alone is no quantity.
 */
const QUANTITY = new RegExp(
  String.raw`(\$\s?)?(?:\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(${WORDS})\b)(?:[\s-]+(thousand|million|billion|trillion)\b|(?<=\d)\s?(k|m|mn|bn)(?![\w$]))?(?:(%)|[\s-]*(?<![a-z])(${UNIT_NAMES})(?![-']?\w)|\s+(per\s+cent|percent)\b)?`,
  'gi',
);

/** What makes a bare three-digit number an HTTP status: the word before it, or the status phrase after it. */
const STATUS_BEFORE = /\b(?:http|status|code|error|errors|returns?|returning|receives?|receiving|gets?|responds?\s+with|response)\s*$/i;
const STATUS_AFTER = /^\s*(?:too many|service unavailable|bad (?:request|gateway)|forbidden|unauthori[sz]ed|not found|internal server|gateway timeout|request timeout|payload too large|conflict|ok\b|created|accepted|no content|moved|found|(?:error|status|response)(?: codes?)?\b)/i;

/** Every quantity written in the text, in order. */
export function quantitiesIn(text: string): Quantity[] {
  const found: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const [whole, dollar, digits, word, scaleWord, scaleShort, percentSign, unit, percentWord] = m;
    const scale = scaleWord ?? scaleShort;
    if (!whole.trim()) {
      QUANTITY.lastIndex++;
      continue;
    }
    const unitName = (percentSign ?? (percentWord ? 'percent' : unit))?.toLowerCase();
    // Digits inside a name ("eu-west-1", "a1b2", "5XXError", "v2") are no amount.
    if (digits && !dollar && (/[a-z0-9-]$/i.test(text.slice(0, m.index)) || (!unitName && /^[a-z]/i.test(text.slice(m.index + whole.length))))) continue;
    // A number word alone is a word ("one of the APIs"), unless it counts what the service meters ("three messages"); "a"/"an" count only before a unit of time ("an hour").
    if (word && ((!unitName && !METERED_AFTER.test(text.slice(m.index + whole.length))) || ((word.toLowerCase() === 'a' || word.toLowerCase() === 'an') && ((unitName ? UNITS[unitName]?.[0] : undefined) !== 'time' || RATE_BEFORE.test(text.slice(0, m.index)))))) continue;
    // A single-letter unit other than seconds and hours is read only when joined to its digits: "2 b" is no size.
    if (unit && unit.length === 1 && !/^[sh]$/i.test(unit) && !/\d$/.test(text.slice(0, m.index + whole.length - unit.length))) continue;
    const number = (digits ? Number(digits.replace(/,/g, '')) : NUMBER_WORDS[word!.toLowerCase()]!) * (scale ? SCALES[scale.toLowerCase()]! : 1);
    const start = m.index + (dollar ? 0 : whole.length - whole.trimStart().length);
    const end = m.index + whole.trimEnd().length;
    if (dollar) found.push({ measure: 'money', value: number, start, end });
    else if (unitName && UNITS[unitName]) found.push({ measure: UNITS[unitName][0], value: number * UNITS[unitName][1], start, end, unit: UNITS[unitName][1] });
    else if (unitName === 'percent') found.push({ measure: 'percent', value: number, start, end });
    else if (digits && !scale && isStatus(text, m.index, end, digits)) found.push({ measure: 'status', value: number, start, end });
    else if ((digits && !isYear(digits, scale) && !isDay(text, m.index, end) && !isVersion(text, m.index)) || word) found.push({ measure: 'count', value: number, start, end });
  }
  for (const m of text.matchAll(BARE_SCALE)) found.push({ measure: 'count', value: SCALES[m[1]!.toLowerCase()]!, start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
  return sharedUnits(text, found.sort((a, b) => a.start - b.start));
}

/** A scale with no number before it counts one of it: "the first trillion requests", "beyond billion-call volumes". */
const BARE_SCALE = /\b(?:first|next|over|above|beyond)\s+(thousand|million|billion|trillion)\b/gi;

/** Between numbers of one range or list, the last of which alone carries the unit: "from 0 to 3,600 seconds", "0.5, 1.6 and 6.1 GB". */
const JOINED = /^\s*(?:,|,?\s*(?:to|and|or)|-|\u2013)\s*$/i;

/** Each bare number of a range or list (digits alone, no scale) takes the unit written after its last number. */
function sharedUnits(text: string, found: Quantity[]): Quantity[] {
  for (let i = found.length - 2; i >= 0; i--) {
    const q = found[i]!;
    const next = found[i + 1]!;
    if (q.measure === 'count' && /^[\d,.]+$/.test(text.slice(q.start, q.end)) && next.unit !== undefined && JOINED.test(text.slice(q.end, next.start))) found[i] = { ...q, measure: next.measure, value: q.value * next.unit, unit: next.unit };
  }
  return found;
}

function isStatus(text: string, start: number, end: number, digits: string): boolean {
  if (!/^[1-5]\d\d$/.test(digits)) return false;
  return STATUS_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || STATUS_AFTER.test(text.slice(end, end + 24));
}

/** A year is a date, not an amount ("in 2024"). */
const isYear = (digits: string, scale: string | undefined) => !scale && /^(?:19|20)\d\d$/.test(digits);

/** A version is a name, not an amount ("JSON Schema draft 4", "Signature Version 4", "version 2 of the API"). */
const isVersion = (text: string, start: number) => VERSION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
const VERSION_BEFORE = /\b(?:draft|version|revision)\s*$/i;

/** What the service meters and bills by the piece: a number word before it is a count ("three messages"). */
const METERED_AFTER = /^\s+(?:messages?|requests?|calls?|connections?)\b/i;

/** "a month" after an amount is a rate ("333 million a month", "per request a day"), not a month. */
const RATE_BEFORE = /(?:\d|million|billion|thousand|requests?|calls?|messages?|(?:connection )?minutes|per)\s*$/i;

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTHS})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\s+$`, 'i');

/** A day of a date is no amount ("15 July 2025", "June 4"). */
const isDay = (text: string, start: number, end: number) => MONTH_AFTER.test(text.slice(end, end + 12)) || MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start));

/** Whether two quantities state the same amount of the same measure. */
export function sameAmount(a: Pick<Quantity, 'measure' | 'value'>, b: Pick<Quantity, 'measure' | 'value'>): boolean {
  return a.measure === b.measure && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

/**
 * The sizes a text gives with a count are the premise of that count, not claims of their own
 * ("a 40 KB message is metered as two messages"): the pieces are computed for them. Unless the
 * case states the size itself: then the text's sizes are its claims ("three, as it is metered in 512 KB increments").
 */
export const premiseSizes = (written: readonly Quantity[], caseAmounts: readonly Quantity[]): Quantity[] =>
  written.some((w) => w.measure === 'count') && !caseAmounts.some((g) => g.measure === 'size') ? written.filter((w) => w.measure === 'size') : [];
