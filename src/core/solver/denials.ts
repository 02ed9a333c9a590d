import { sharedWeight, wordsOf, type Fact, type FactIndex } from './fact-index.js';
import { typesNamed } from './api-type-names.js';
import { normalize } from './text.js';

/*
 * What the facts deny, read from their own negations ("AWS says not to use API keys for
 * authentication", "customers neither control nor request it", "does not scale to unlimited
 * requests", "targets, not hard ceilings"): each denial is the words after the negation, with the
 * words just before it as what it is said of. An option part that says those words without a
 * negation asserts what the fact denies; one that says them with a negation ("advises against
 * …", "not a value customers request") restates the fact.
 */

export interface Denial {
  fact: Fact;
  /** The denied words and what they are said of, as stems. */
  stems: Set<string>;
  /** The denied words alone. */
  denied: Set<string>;
  /** What the denial is about: the words it is said of, else the first words denied ("API keys" in "not to use API keys for …"). */
  about: Set<string>;
  /** What is denied of it ("authentication or authorization"). */
  claim: Set<string>;
  /** The first words denied are what it is about: an option must say each of them ("API keys", not any "keys"). */
  aboutWhole: boolean;
  /** "X, not Y": the denial sets Y against X, and only an option that says Y itself speaks of it. */
  contrast: boolean;
  text: string;
}

/** A negation in a fact: what follows it is denied. */
const FACT_CUE = /\b(?:not|never|cannot|can't|neither|nor|no|without)\b/;
/** A negation in an option part: what it says is denied rather than claimed. */
const OPTION_CUE = /\b(?:not|never|cannot|can't|isn't|aren't|doesn't|don't|neither|nor|no|against|instead of|rather than|without|outside)\b/;
/** Where one thing said ends, in a fact or an option: punctuation, a contrast, or a second thing to do ("… and keep the keys for the usage plans"). */
const PART_END = /[,;:()]|\.\s|\b(?=but\b|while\b|whereas\b|so\b|which\b|rather than\b|and (?:keep|use|let|leave|add|send|store|attach|require|issue|rely|put|turn|enable|create|write)s?\b)/;

/** Words that tell nothing of what is denied. */
const EMPTY = new Set(['api', 'gateway', 'aw', 'amazon', 'say', 'describ', 'request', 'call']);

/** The denials in the facts. Those about one API type are left to the feature exclusions. */
export function readDenials(index: FactIndex): Denial[] {
  const found: Denial[] = [];
  for (const fact of index.facts) {
    // A statement that names an API type ("They do not support …") is read by the feature exclusions.
    const ofType = typesNamed(normalize(fact.statement)).length > 0;
    const parts = normalize(fact.statement).split(PART_END).map((p) => p.trim());
    parts.forEach((part, i) => {
      const cue = FACT_CUE.exec(part);
      if (!cue || ofType) return;
      const denied = contentOf(part.slice(cue.index + cue[0].length));
      if (denied.size === 0) return;
      // What the denial is said of: the words before the negation, or the part before when it starts with it.
      const before = contentOf(part.slice(0, cue.index));
      const said = before.size > 0 ? before : i > 0 && !FACT_CUE.test(parts[i - 1]!) ? contentOf(parts[i - 1]!) : new Set<string>();
      // Said of nothing before it, the denial is about its first words, up to a preposition ("to use API keys | for authentication").
      const head = HEAD.exec(part.slice(cue.index + cue[0].length));
      const about = said.size > 0 ? said : head ? contentOf(head[1]!, KEEP_API) : new Set<string>();
      const claim = new Set([...denied].filter((s) => !about.has(s)));
      found.push({ fact, stems: new Set([...said, ...denied]), denied, about, claim: claim.size > 0 ? claim : denied, aboutWhole: said.size === 0, contrast: before.size === 0 && said.size > 0, text: part });
    });
  }
  return found;
}

/** The first words denied, up to the first preposition after a word of content. */
const HEAD = /^\s*(?:to (?:use|be) )?((?:[a-z]+ ){0,3}?[a-z]{4,}(?: [a-z]+)?)(?= (?:for|to|as|in|on|with|by|of|from)\b)/;

/** Words for one idea of access, in the facts and the questions: authenticating, authorizing, securing and controlling access to callers. */
const ACCESS_PHRASE = /\b(?:access control|control(?:s|led|ling)? (?:who (?:can|may) )?access(?:es)? to|control(?:s|led|ling)? access)\b/g;
const ACCESS_STEMS = new Set(['authent', 'author', 'secur']);

/** "API" is no word of content, except in what a denial is about: "API keys" are not any keys. */
const KEEP_API = new Set(['api']);

/** "Customers" are clients: their stem must not meet the adjective "custom" ("a custom token"). */
const CUSTOMERS = /\bcustomers?\b/g;

const contentOf = (text: string, keep: ReadonlySet<string> = new Set()) =>
  new Set([...wordsOf(text.replace(ACCESS_PHRASE, ' authorization ').replace(CUSTOMERS, ' clients '))].filter((s) => keep.has(s) || !EMPTY.has(s)).map((s) => (ACCESS_STEMS.has(s) ? 'author' : s)));

/** The least share of a denial's words an option part must say to speak of it. */
const COVER = 0.5;
/** What is denied of the thing must be said by at least one part in this many (by rarity). */
const CLAIM_SHARE = 2;
/** The least rarity of a denied word the part must say: a common word alone says nothing of the denial. */
const RARE = 1.5;

export interface DenialReading {
  denial: Denial;
  /** True when the option part says what the fact denies; false when it denies it too. */
  asserts: boolean;
  cover: number;
}

/**
 * The denial an option speaks of most, read part by part; whether it asserts or restates it. An
 * option offered for a purpose (the question's "to authenticate the callers") claims that purpose
 * too: what is denied of the thing may come from the purpose, the thing itself must be the option's.
 */
export function readDenial(index: FactIndex, denials: readonly Denial[], optionText: string, purpose = ''): DenialReading | undefined {
  let best: DenialReading | undefined;
  // What the question says is not needed is no purpose ("needs no API keys, caching or validation"); a way of doing it that is
  // ruled out leaves the purpose ("without writing any authorization code").
  const purposeStems = contentOf(normalize(purpose).replace(new RegExp(`${OPTION_CUE.source}(?:\\s+[a-z]+ing\\b|[^.?!;]*)`, 'g'), ' '));
  const text = normalize(optionText).replace(UNBOUNDED, 'unlimited');
  const said = contentOf(text);
  for (const part of text.split(PART_END)) {
    const own = contentOf(part, KEEP_API);
    if (own.size === 0) continue;
    for (const denial of denials) {
      // An option that says what it does of the denied ("… and keep the keys for the usage plans") is offered for that, not for what is asked.
      const stems = denial.contrast || [...denial.claim].some((s) => said.has(s)) ? own : new Set([...own, ...purposeStems]);
      if (![...denial.denied].some((s) => stems.has(s) && (index.rarity.get(s) ?? 0) >= RARE)) continue;
      // It must say what the denial is about and what is denied of it.
      // (Of what it is about, at least half by rarity: "caching" alone is not "edge caching".)
      const saysAbout = denial.aboutWhole ? [...denial.about].every((s) => own.has(s)) : sharedWeight(index, denial.about, own) * 2 >= sharedWeight(index, denial.about, denial.about);
      if (denial.about.size === 0 || !saysAbout || sharedWeight(index, denial.about, own) === 0) continue;
      // (And of what is denied of it, a fair share by rarity: "PrivateLink charges" are not "data transfer out charges".)
      const claimed = new Set([...denial.claim].filter((s) => !denial.about.has(s)));
      if (![...claimed].some((s) => stems.has(s)) || sharedWeight(index, claimed, stems) * CLAIM_SHARE < sharedWeight(index, claimed, claimed)) continue;
      const whole = sharedWeight(index, denial.stems, denial.stems);
      const cover = whole === 0 ? 0 : sharedWeight(index, denial.stems, stems) / whole;
      if (cover < COVER || (best && best.cover >= cover)) continue;
      best = { denial, asserts: !negates(part, denial), cover };
    }
  }
  return best;
}

/** "Without any limit", "with no ceiling": unlimited, said without a negation of its own. */
const UNBOUNDED = /\b(?:without (?:any )?|with no )(?:limits?|ceilings?|caps?|bounds?)(?: at all)?\b|\blimitless(?:ly)?\b|\binfinitely\b/g;

/** A negation in the part that comes before what it says of the denial: one after it ("scales to unlimited requests with no quotas") denies something else. */
function negates(part: string, denial: Denial): boolean {
  const cue = OPTION_CUE.exec(part);
  if (!cue) return false;
  const before = contentOf(part.slice(0, cue.index));
  return ![...denial.claim].some((s) => before.has(s) && !denial.about.has(s));
}
