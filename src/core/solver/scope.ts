import { AREAS, type Area } from './areas.js';
import { findNegation } from './negation.js';
import { compileTerm, findTerm, stemText } from './stems.js';
import { normalize, quote } from './text.js';

export type AreaStrength = 'name' | 'need' | 'hard';

/** A place where the text names a neighbouring service or states a need only it meets. */
export interface AreaHit {
  area: string;
  strength: AreaStrength;
  quote: string;
  start: number;
}

let compiled: { area: Area; terms: { regex: RegExp; strength: AreaStrength }[] }[] | undefined;

const COMPILED = () =>
  (compiled ??= AREAS.map((area) => ({
    area,
    terms: [
      ...area.names.map((t) => ({ regex: compileTerm(t), strength: 'name' as const })),
      ...area.needs.map((t) => ({ regex: compileTerm(t), strength: 'need' as const })),
      ...(area.hard ?? []).map((t) => ({ regex: compileTerm(t), strength: 'hard' as const })),
    ],
  })));

/** Every neighbouring-service clue in the text that is not ruled out ("no VPN", "without a queue"). */
export function findAreas(text: string): AreaHit[] {
  const norm = normalize(text);
  const stemmed = stemText(norm);
  const hits: AreaHit[] = [];
  for (const { area, terms } of COMPILED()) {
    for (const { regex, strength } of terms) {
      for (const span of findTerm(regex, stemmed)) {
        if (findNegation(norm, span.start, span.end)) continue;
        hits.push({ area: area.id, strength, quote: quote(text, span.start, span.end), start: span.start });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const RANK: Record<AreaStrength, number> = { name: 1, need: 2, hard: 3 };

export interface ScopeFinding {
  area: string;
  about: string;
  strength: AreaStrength;
  quotes: string[];
}

/** The neighbouring area the text is most about, by its strongest clue, then by how many it has. */
export function mainArea(hits: AreaHit[]): ScopeFinding | undefined {
  const byArea = new Map<string, AreaHit[]>();
  for (const hit of hits) byArea.set(hit.area, [...(byArea.get(hit.area) ?? []), hit]);
  let best: ScopeFinding | undefined;
  let bestScore = 0;
  for (const [id, list] of byArea) {
    const strongest = Math.max(...list.map((h) => RANK[h.strength]));
    const score = strongest * 10 + list.length;
    if (score > bestScore) {
      bestScore = score;
      const area = AREAS.find((a) => a.id === id)!;
      const strength = (Object.keys(RANK) as AreaStrength[]).find((s) => RANK[s] === strongest)!;
      best = { area: id, about: area.about, strength, quotes: [...new Set(list.map((h) => h.quote))] };
    }
  }
  return best;
}

export const areaAbout = (id: string): string => AREAS.find((a) => a.id === id)?.about ?? id;
