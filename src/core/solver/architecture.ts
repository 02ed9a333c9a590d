import { findClues } from './clues.js';
import { concept } from './concepts.js';
import { IDENTITY, servicesNamed } from './options.js';
import type { Option } from './types.js';
import { SERVICES } from './services.js';
import type { Clue, ServiceId, SolvedOption } from './types.js';

/*
 * Options that are whole architectures ("Front end in S3 behind CloudFront; a WebSocket API for
 * bids; a REST API with AWS WAF for payments"). No one service answers such a question: each part
 * of an option is checked on its own, and the option is the answer when its parts together meet
 * every need of the scenario and none of them claims what its service lacks or names a service
 * the scenario rules out; between two such options, the one with less the scenario does not ask
 * for.
 */

/** Parts of an architecture option, written as one clause each. */
const PART_BREAK = /\s*;\s*|,\s*(?:and\s+)?(?=(?:an?|the|aws|amazon)\s)/i;

const partsOf = (option: Option) => option.text.split(PART_BREAK).filter((p) => p.trim().length > 0);

/** Most options are written in parts: the question asks for a whole design. */
export function isArchitectureQuestion(options: readonly Option[]): boolean {
  return options.length > 2 && options.filter((o) => partsOf(o).length > 1).length * 2 > options.length;
}

/** What one part stands for: its services, and what in it counts against it. */
interface PartReading {
  services: ServiceId[];
  faults: string[];
}

function readPart(part: string, ruledOut: readonly Clue[]): PartReading {
  const services = servicesNamed(part);
  const faults: string[] = [];
  const clues = findClues(part);
  for (const c of clues) {
    if (!c.negated && ruledOut.some((r) => r.concept === c.concept)) faults.push(`the scenario rules out ${concept(c.concept).label} — "${ruledOut.find((r) => r.concept === c.concept)!.quote}"`);
  }
  if (services.length === 0) return { services, faults };
  for (const c of clues) {
    const by = concept(c.concept).supportedBy;
    if (!c.negated && !concept(c.concept).context && by && !services.some((s) => by.includes(s))) faults.push(`${SERVICES[services[0]!].short} has no ${concept(c.concept).label.replace(/^an? /, '')}`);
  }
  for (const c of ruledOut.filter((r) => IDENTITY[r.concept] && !clues.some((found) => found.concept === r.concept))) {
    if (services.every((s) => IDENTITY[c.concept]!.includes(s))) faults.push(`the scenario rules out ${SERVICES[services[0]!].short} — "${c.quote}"`);
  }
  return { services, faults };
}

/** Offered by exactly the same services: one capability in other words (a two-way connection, server push). */
function sameCapability(a: string, b: string): boolean {
  const [x, y] = [concept(a).supportedBy ?? [], concept(b).supportedBy ?? []];
  return a === b || (x.length === y.length && x.every((s) => y.includes(s)));
}

/** Points for each need the parts meet, against each they leave open, and against each fault of a part. */
const MET = 2;
const OPEN = 6;
const FAULT = 8;
const EXTRA = 2;

export interface ArchitectureReading {
  score: number;
  open: string[];
  faults: string[];
  /** What the option offers that the scenario does not ask for. */
  extras: string[];
}

/** Reads each option part by part against the scenario's needs. */
export function readArchitectures(options: readonly Option[], clues: readonly Clue[]): Map<string, ArchitectureReading> {
  const needs = [...new Set(clues.filter((c) => !c.negated && !concept(c.concept).context && concept(c.concept).supportedBy).map((c) => c.concept))];
  const ruledOut = clues.filter((c) => c.negated);
  return new Map(
    options.map((o) => {
      const parts = partsOf(o).map((p) => readPart(p, ruledOut));
      const services = new Set(parts.flatMap((p) => p.services));
      const offered = new Set(findClues(o.text).filter((c) => !c.negated).map((c) => c.concept));
      const open = needs.filter((id) => !offered.has(id) && !concept(id).supportedBy!.some((s) => services.has(s)));
      const faults = parts.flatMap((p) => p.faults);
      // A service's own name ("CloudFront", "API Gateway") is no extra feature: the parts' services were weighed above.
      const extras = [...offered].filter((id) => !IDENTITY[id] && !concept(id).context && concept(id).supportedBy && !needs.some((need) => sameCapability(need, id))).map((id) => concept(id).label);
      const score = MET * (needs.length - open.length) - OPEN * open.length - FAULT * faults.length - EXTRA * extras.length;
      return [o.letter, { score, open: open.map((id) => concept(id).label), faults, extras }];
    }),
  );
}

/** The architecture that meets every need without a fault, with the least extra; none when no option does, or two tie. */
export function chooseArchitecture(options: readonly Option[], clues: readonly Clue[]): { choices: string[]; scored: SolvedOption[]; margin: number; readings: Map<string, ArchitectureReading> } {
  const readings = readArchitectures(options, clues);
  const scored = options.map((o): SolvedOption => ({ ...o, services: servicesNamed(o.text), score: readings.get(o.letter)!.score }));
  const extras = (o: Option) => readings.get(o.letter)!.extras.length;
  const sound = options.filter((o) => readings.get(o.letter)!.open.length === 0 && readings.get(o.letter)!.faults.length === 0).sort((a, b) => extras(a) - extras(b));
  const [best, second] = sound;
  if (!best || (second && extras(second) === extras(best))) return { choices: [], scored, margin: 0, readings };
  const score = readings.get(best.letter)!.score;
  const next = Math.max(...options.filter((o) => o !== best).map((o) => readings.get(o.letter)!.score));
  return { choices: [best.letter], scored, margin: score - next, readings };
}
