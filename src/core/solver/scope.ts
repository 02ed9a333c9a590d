import { AREAS, type Area } from './areas.js';
import { backgroundSpans, companyNoun, describesSomeone, namesAPart, startsWithCompany } from './background.js';
import { namesTheCaller } from './caller.js';
import { dataAlreadyHeld } from './data-home.js';
import { findNegation } from './negation.js';
import { functionsOwnJob } from './own-job.js';
import { keptAsItIs, PROPOSED, setAsideAt } from './set-aside.js';
import { clauseOf } from './sentences.js';
import { matchTerm, prepareTerm, stemText, type CompiledTerm } from './stems.js';
import { normalize, quote } from './text.js';

export type AreaStrength = 'name' | 'need' | 'hard';

/** A place where the text names a neighbouring service or states a need only it meets. */
export interface AreaHit {
  area: string;
  strength: AreaStrength;
  quote: string;
  start: number;
  /** Found by the trained clause model, not a written term: it counts half. */
  learned?: boolean;
}

let compiled: { area: Area; terms: { term: CompiledTerm; strength: AreaStrength }[] }[] | undefined;

const COMPILED = () =>
  (compiled ??= AREAS.map((area) => ({
    area,
    terms: [
      ...area.names.map((t) => ({ term: prepareTerm(t), strength: 'name' as const })),
      ...area.needs.map((t) => ({ term: prepareTerm(t), strength: 'need' as const })),
      ...(area.hard ?? []).map((t) => ({ term: prepareTerm(t), strength: 'hard' as const })),
    ],
  })));

/** A service, or the thing asked for, doing the suggesting ("Which AWS service analyzes usage and recommends…", "a tool that suggests…"): its own job, not a proposal. */
const SERVICE_SUGGESTS = /\b(?:service|services|tool|tools|feature|features|offering|capability|which|that)\s+(?:(?:automatically|also|then|can|continuously|proactively)\s+)?$/;
const ASKED_SERVICE = /\b(?:which|what)\s+(?:[a-z0-9-]+\s+){0,3}?(?:service|tool|feature|offering)s?\b/;
const PROPOSED_ALL = new RegExp(PROPOSED.source, 'g');

/** Whether the clause carries someone's proposal: a word of proposing whose subject is not the service asked for. */
function proposes(clause: string): boolean {
  return [...clause.matchAll(PROPOSED_ALL)].some((m) => {
    const before = clause.slice(0, m.index);
    return !SERVICE_SUGGESTS.test(before) && !ASKED_SERVICE.test(before);
  });
}

/** A turn to another speaker's need: "One developer suggests X, but the finance lead wants Y". */
const CONTRAST = /,?\s+but\s+|;\s*|,\s*(?:while|whereas|however|yet)\s+/g;

/** The clause of the sentence around a position, between turns of contrast. */
const clauseAround = (norm: string, at: number) => clauseOf(norm, at, CONTRAST);

export function findAreas(text: string): AreaHit[] {
  const norm = normalize(text);
  const stemmed = stemText(norm);
  const hits: AreaHit[] = [];
  const background = backgroundSpans(norm, text);
  const company = companyNoun(norm);
  for (const { area, terms } of COMPILED()) {
    for (const { term, strength } of terms) {
      for (const span of matchTerm(term, stemmed)) {
        if (findNegation(norm, span.start, span.end)) continue;
        // Who the company or team is ("a video-transcoding team") is context, not the question.
        if (describesSomeone(background, span)) continue;
        // Nor is the noun it goes by ("the chain's developer has one Lambda function" chains no functions).
        if (strength === 'need' && startsWithCompany(norm, span, company)) continue;
        // Nor what one of its own parts is called by its job ("its matchmaking servers call the API").
        if (strength === 'need' && namesAPart(norm, span)) continue;
        // Nor where the caller runs ("runs a nightly script on an EC2 instance … the script must run the function").
        if (strength === 'need' && namesTheCaller(norm, span)) continue;
        // What someone else proposes ("A colleague suggests a DNS-based approach") is a distractor, not the question.
        if (proposes(clauseAround(norm, span.start))) continue;
        // What the text turns down or puts outside its project ("…, but that API is not part of this project") is background.
        if (setAsideAt(norm, span.start)) continue;
        // Nor what must stay as it is ("keeping the same DNS records"): a constraint on the change, not a need for that service.
        if (keptAsItIs(norm, span.start)) continue;
        // What a Lambda function of the scenario already does ("records the gift and emails a receipt") is the setting, not the question.
        if (strength === 'need' && functionsOwnJob(norm, span)) continue;
        // Where the data already lives ("claims held in an Aurora PostgreSQL database") is a data source of the design, not a need for that store.
        if (strength === 'need' && dataAlreadyHeld(norm, span)) continue;
        hits.push({ area: area.id, strength, quote: quote(text, span.start, span.end), start: span.start });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const RANK: Record<AreaStrength, number> = { name: 1, need: 2, hard: 3 };

/** How many separate places of the text the clues stand on: clues that overlap ("UDP" in "UDP traffic") are one place. */
export function distinctPlaces(hits: readonly AreaHit[]): number {
  const spans = hits.map((h) => [h.start, h.start + h.quote.length] as const).sort((a, b) => a[0] - b[0]);
  let places = 0;
  let end = -1;
  for (const [from, to] of spans) {
    if (from >= end) places++;
    end = Math.max(end, to);
  }
  return places;
}

export interface ScopeFinding {
  area: string;
  about: string;
  strength: AreaStrength;
  quotes: string[];
  /** How many different needs of the area the text states (one the trained model found counts half). */
  needs: number;
  /** At least one need is written out in the area's own terms. */
  written: boolean;
  /** The text names the service itself: then it is more likely a given part of the design than the question. */
  namedInText: boolean;
}

const endOf = (h: AreaHit) => h.start + h.quote.length;

/** A clue inside a stronger clue of its own area is that clue again: "UDP traffic" as a need beside "UDP traffic" as a hard need, or a name inside a need. */
function within(hit: AreaHit, hits: readonly AreaHit[]): boolean {
  return hits.some((o) => o.area === hit.area && RANK[o.strength] > RANK[hit.strength] && o.start <= hit.start && endOf(o) >= endOf(hit));
}

/**
 * The neighbouring area the text is most about: the one with the most, and the strongest,
 * clues; an area that one of the answer options names wins a tie of evidence, and in a tie
 * of scores the area whose clues cover more separate places of the text wins.
 */
export function mainArea(hits: AreaHit[], named: ReadonlySet<string> = new Set()): ScopeFinding | undefined {
  const byArea = new Map<string, AreaHit[]>();
  for (const hit of hits) byArea.set(hit.area, [...(byArea.get(hit.area) ?? []), hit]);
  let best: ScopeFinding | undefined;
  let bestScore = 0;
  let bestPlaces = 0;
  for (const [id, list] of byArea) {
    const strongest = Math.max(...list.map((h) => RANK[h.strength]));
    const stated = [...new Map(list.filter((h) => h.strength !== 'name').map((h) => [h.quote, h])).values()];
    const needs = stated.reduce((sum, h) => sum + (h.learned ? 0.5 : 1), 0);
    const written = stated.some((h) => !h.learned);
    // (Only the score counts a clue inside a stronger one once: the needs stated stay as many as the text's wordings.)
    const score = list.filter((h) => !within(h, list)).reduce((sum, h) => sum + RANK[h.strength], 0) + (named.has(id) && needs > 0 ? 3 : 0);
    const places = distinctPlaces(list);
    if (score > bestScore || (score === bestScore && places > bestPlaces)) {
      bestScore = score;
      bestPlaces = places;
      const area = AREAS.find((a) => a.id === id)!;
      const strength = (Object.keys(RANK) as AreaStrength[]).find((s) => RANK[s] === strongest)!;
      best = { area: id, about: area.about, strength, quotes: [...new Set(list.map((h) => h.quote))], needs, written, namedInText: list.some((h) => h.strength === 'name') };
    }
  }
  return best;
}

/** The areas an answer option offers: by the service's name, or by stating what only that service does ("a message queue that holds each order"). */
export function areasNamed(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => findAreas(t).map((h) => h.area)));
}

export const areaOf = (id: string): Area | undefined => AREAS.find((a) => a.id === id);
export const areaAbout = (id: string): string => areaOf(id)?.about ?? id;
