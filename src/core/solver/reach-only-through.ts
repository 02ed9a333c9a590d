import { oncePerIndex, type FactIndex } from './fact-index.js';
import { DENIAL_WORDS } from './negation.js';
import { normalize } from './text.js';

/*
 * What the facts say is reachable only one way ("Private REST APIs are reachable only through an
 * interface VPC endpoint", ep.private): a statement that has such an API reached from the public
 * internet is false, whatever key, token or credentials the caller is said to bring.
 */

/** "private rest apis are reachable only through …": the kind of API, and the one way in. */
const ONLY_THROUGH = /\b(\w+)(?: rest| http| web ?socket)? apis? (?:are|is) (?:reachable|accessible|callable) only (?:through|via|from) ([^(;.,]+)/g;
/** Reached from the public internet, said (not denied). */
const FROM_INTERNET = /\b(?:from|over|on|across|via|through) the (?:public )?internet\b|\bpublic(?:ly)? (?:reachable|accessible|callable|available)\b|\binternet (?:facing|users|clients|callers)\b/;
const DENIED_BEFORE = new RegExp(String.raw`\b(?:${DENIAL_WORDS}|nor|only)\b[^,;.]*$`);

export interface ReachOnlyThrough {
  fact: string;
  way: string;
}

/** Each one way in the facts give, with a pattern for the kind of API it is for; read once per index. */
const waysIn = oncePerIndex((index: FactIndex) =>
  index.facts.flatMap((fact) => [...normalize(fact.statement).matchAll(ONLY_THROUGH)].map((m) => ({ fact: fact.id, way: m[2]!.trim(), named: new RegExp(`\\b${m[1]!}(?: rest| http| web ?socket)? (?:apis?|endpoints?)\\b`) }))),
);

/** The fact an option contradicts by having an API of such a kind reached from the internet, if any. */
export function reachedAnotherWay(index: FactIndex, optionText: string): ReachOnlyThrough | undefined {
  const norm = normalize(optionText);
  const internet = FROM_INTERNET.exec(norm);
  if (!internet || DENIED_BEFORE.test(norm.slice(0, internet.index))) return undefined;
  for (const w of waysIn(index)) {
    if (!w.named.test(norm)) continue;
    // (An option that takes the one way in, "from the internet through a VPN into the VPC's endpoint", says no other.)
    if (/\b(?:vpc endpoint|direct connect|vpn)\b/.test(norm)) continue;
    return { fact: w.fact, way: w.way };
  }
  return undefined;
}
