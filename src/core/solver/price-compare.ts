import { typesAt, typesNamed } from './api-type-names.js';
import { oncePerIndex, type FactIndex } from './fact-index.js';
import { pricesPer } from './fact-reader.js';
import { normalize } from './text.js';
import type { ServiceId } from './types.js';

/*
 * A statement that one API type costs less (or more) than another, judged by the prices the facts
 * give each: the first price per unit a statement gives for a type (its first tier) is its price.
 */

/** "cheaper than", "a lower price per request than", "costs less … than"; and the other way round. */
const LESS = /\b(?:cheaper|less expensive|lower[- ]priced|(?:costs?|priced|billed|charged?) (?:less|lower)|(?:a )?lower (?:price|cost|rate|charge)s?|less per)\b/;
const MORE = /\b(?:more expensive|pricier|dearer|higher[- ]priced|(?:costs?|priced|billed|charged?) (?:more|higher)|(?:a )?higher (?:price|cost|rate|charge)s?|more per)\b/;

export interface PriceComparison {
  holds: boolean;
  /** The type said to cost less or more: what else the option says is said of it. */
  subject: ServiceId;
  why: string;
}

/** The first price per unit each API type is given, from the statements of the chapter. */
const firstPrices = oncePerIndex((index: FactIndex): Map<ServiceId, { price: number; fact: string }> => {
  const prices = new Map<ServiceId, { price: number; fact: string }>();
  for (const fact of index.facts) {
    for (const p of pricesPer(fact.statement)) {
      const types = typesNamed(normalize(fact.statement.slice(p.start, p.end)));
      if (types.length !== 1 || prices.has(types[0]!)) continue;
      prices.set(types[0]!, { price: p.price / p.per, fact: fact.id });
    }
  }
  return prices;
});

/** Whether the option's comparison of two API types' prices holds, or undefined when it makes none the facts price. */
export function comparePrices(index: FactIndex, optionText: string): PriceComparison | undefined {
  const norm = normalize(optionText);
  const than = /\bthan\b/.exec(norm);
  // (The comparison says its price word before "than": "more features than HTTP APIs, which … cost less" prices nothing.)
  const before = than ? norm.slice(0, than.index) : '';
  const less = LESS.test(before);
  if (!than || less === MORE.test(before)) return undefined;
  const named = typesAt(norm);
  const subject = named.find((t) => t.at < than.index);
  const other = named.find((t) => t.at > than.index);
  if (!subject || !other || subject.type === other.type) return undefined;
  const prices = firstPrices(index);
  const a = prices.get(subject.type);
  const b = prices.get(other.type);
  if (!a || !b || a.price === b.price) return undefined;
  return { holds: less === a.price < b.price, subject: subject.type, why: `${a.fact} and ${b.fact} price ${subject.type} ${a.price < b.price ? 'below' : 'above'} ${other.type}` };
}
