import { typesNamed } from './api-type-names.js';
import { oncePerIndex, wordsOf, type FactIndex } from './fact-index.js';
import { API_GATEWAY_TYPES } from './services.js';
import { normalize } from './text.js';
import type { ServiceId } from './types.js';

/*
 * What the facts say each API type is billed for ("REST and HTTP APIs charge for API calls
 * received plus data transferred out", "Caching is billed per hour"), read once from the
 * statements: an option that names one of those items, for a type billed for it, states a charge
 * that holds.
 */

export interface BilledItem {
  fact: string;
  /** The item's word stems ("messag", "sent", "receiv"). */
  stems: Set<string>;
  /** The API types billed for it: every type when the statement names none. */
  types: readonly ServiceId[];
}

/** "REST and HTTP APIs charge for A plus B", "WebSocket APIs are billed for X and Y": the items, up to the clause's end. */
const CHARGED_FOR = /\b((?:(?:rest|http|web ?socket)(?: and | or |, )?)+) apis? (?:charge|are charged|are billed|bill|pay) for ([^;(.:]+)/g;
/** "Caching is billed per hour", "Data transfer out is charged separately": the thing billed is the subject. */
const BILLED_SUBJECT = /(?:^|[.;:(]\s*)([a-z][a-z ]{2,60}?) (?:is|are) (?:billed|charged) (per hour|by the hour|hourly|separately|per [a-z]+)/g;
/** What is billed inside an aside ("REST caching is extra, hourly"). */
const EXTRA = /\b((?:rest|http|web ?socket) )?([a-z]+) is extra, (hourly)\b/g;

const GENERIC = new Set(['api', 'amazon', 'gateway', 'separ', 'per', 'the']);

const stemsOf = (text: string) => new Set([...wordsOf(text.replace(/\b(?:rest|http|web ?socket)\b/g, ' '))].filter((s) => !GENERIC.has(s)));

export const billedItems = oncePerIndex((index: FactIndex): BilledItem[] => {
  const items: BilledItem[] = [];
  for (const fact of index.facts) {
    const text = normalize(fact.statement);
    for (const m of text.matchAll(CHARGED_FOR)) {
      const types = typesNamed(m[1]!);
      for (const part of m[2]!.split(/\bplus\b|,/)) if (stemsOf(part).size > 0) items.push({ fact: fact.id, stems: stemsOf(part), types });
    }
    for (const m of text.matchAll(BILLED_SUBJECT)) {
      const named = typesNamed(m[1]!);
      const stems = stemsOf(`${m[1]!} ${/hour/.test(m[2]!) ? 'hour' : ''}`);
      if (stems.size > 0) items.push({ fact: fact.id, stems, types: named.length ? named : API_GATEWAY_TYPES });
    }
    for (const m of text.matchAll(EXTRA)) {
      const named = m[1] ? typesNamed(m[1]) : [];
      items.push({ fact: fact.id, stems: stemsOf(`${m[2]!} hour`), types: named.length ? named : API_GATEWAY_TYPES });
    }
  }
  return items;
});

/** Whether a text speaks of what something costs. */
export const speaksOfBilling = (norm: string) => /\b(?:bill|billed|billing|charge[sd]?|charging|cost|costs|pric\w*|pay|pays|paid|fees?)\b/.test(norm);

/** The billed item an option names (each of a short item's words, most of a longer one's), for the types it is said of. */
export function billedItemNamed(index: FactIndex, optionText: string, types: readonly ServiceId[]): BilledItem | undefined {
  const own = wordsOf(optionText);
  return billedItems(index).find((item) => (types.length === 0 || types.every((t) => item.types.includes(t))) && namesItem(item, own));
}

/** Whether an option's word stems name a billed item: each of a short item's words, most of a longer one's. */
export function namesItem(item: BilledItem, own: ReadonlySet<string>): boolean {
  const held = [...item.stems].filter((s) => own.has(s)).length;
  return item.stems.size <= 2 ? held === item.stems.size : held * 3 >= item.stems.size * 2;
}
