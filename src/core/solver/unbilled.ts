import { billedItems, namesItem, type BilledItem } from './billing.js';
import { wordsOf, type FactIndex } from './fact-index.js';
import { normalize } from './text.js';
import type { ServiceId } from './types.js';

/*
 * A charge the facts do not bill: an API type said to be billed only for some things while the
 * facts bill it for another too ("billed only for open connections" against messages plus
 * connection minutes), or a fee by the hour, day or month, or a fixed one, that no billed item
 * is (the facts bill use, with no minimum fees; only a cache is billed by the hour); or a fee by the
 * amount of data for what the facts bill by the hour.
 */

/** "billed only for …", "the bill of an API is based only on …", "charged solely per …". */
const ONLY_FOR = /\b(?:bill(?:ed|ing|s)?|charged?|charges|priced|pay|pays)\b(?: \w+){0,6}? (?:only|solely|just|exclusively) (?:for|per|by|on)\b|\b(?:only|solely|just|exclusively) (?:bill(?:ed)?|charged?|priced) (?:for|per|by|on)\b/;
/** "an hourly fee", "a fixed monthly fee", "billed per hour for each stage". */
const TIME_FEE = /\b(?:hourly|daily|monthly|yearly|fixed|flat)\b(?: \w+){0,2} (?:fees?|charges?)\b|\b(?:bill(?:ed)?|charged?|priced) (?:per|by the|each|every|an?) (?:hour|day|month|year)\b/;

/** "billed per GB of data cached": a fee by the amount of data. */
const SIZE_FEE = /\b(?:bill(?:ed)?|charged?|priced) (?:per|by the|for each|for every) (?:gb|gigabyte|mb|megabyte|kb|kilobyte|tb)\b/;

export interface Unbilled {
  why: string;
}

/** The charge an option claims that the facts do not bill the API types it is said of for, if any. */
export function unbilledCharge(index: FactIndex, optionText: string, types: readonly ServiceId[]): Unbilled | undefined {
  const norm = normalize(optionText);
  const own = wordsOf(optionText);
  const billedTo = (item: BilledItem) => types.length === 0 || types.some((t) => item.types.includes(t));
  if (ONLY_FOR.test(norm)) {
    const other = billedItems(index).find((item) => billedTo(item) && item.types.length < 3 && !namesItem(item, own));
    if (other) return { why: `${other.fact} bills ${other.types.join(', ')} for ${[...other.stems].join(' ')} too` };
  }
  if (SIZE_FEE.test(norm)) {
    const hourly = billedItems(index).find((item) => billedTo(item) && item.stems.has('hour') && [...item.stems].every((stem) => stem === 'hour' || own.has(stem)));
    if (hourly) return { why: `${hourly.fact} bills it by the hour, not by the amount of data` };
  }
  if (TIME_FEE.test(norm) && !billedItems(index).some((item) => billedTo(item) && namesItem(item, own))) return { why: 'no statement bills it by time or as a fixed fee: the facts bill use, with no minimum fees' };
  return undefined;
}
