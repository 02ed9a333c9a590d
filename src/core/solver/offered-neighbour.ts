import { answerCount, namesIn, servicesNamed } from './options.js';
import { areaOf, findAreas, type AreaHit, type ScopeFinding } from './scope.js';

/**
 * The neighbouring area an answer option offers on its own: it names an outside service, and
 * nothing else it names is a service of the rule or a part of a design ("AWS Certificate
 * Manager", not "an HTTP API with an SQS integration" or "NGINX on an Auto Scaling group").
 */
function offeredBy(option: string): string[] {
  const names = findAreas(option).filter((h) => h.strength === 'name');
  const rest = names.reduce((t, h) => t.split(h.quote).join(' '), option);
  if ([...namesIn(rest).names].some((n) => n !== 'other')) return [];
  return [...new Set(names.map((h) => h.area))];
}

/**
 * When the chapter service the rule would choose rests on no strong need of its own, a one-answer
 * question whose options offer an outside service, and whose stem names none of the rule's
 * services, is taken to ask for that service when the stem states something of its job (a clue
 * written or learned, even one too weak to take the question out of the rule alone): the stem's
 * words that looked like a chapter need ("HTTPS", "requests") are the setting of the neighbour's
 * job. An outside service the stem says nothing about is only a distractor beside a need of the
 * rule, however weak, and the rule answers.
 */
export function offeredNeighbour(stem: string, optionTexts: readonly string[], stemHits: readonly AreaHit[], ruleSilent: boolean): ScopeFinding | undefined {
  if (answerCount(stem) !== 1 || servicesNamed(stem).length > 0) return undefined;
  const offered = [...new Set(optionTexts.flatMap(offeredBy))];
  const backed = offered.filter((id) => stemHits.some((h) => h.area === id));
  // When the stem states no need of the rule at all, the one outside service offered is the only thing it can be asking for.
  const chosen = backed.length === 1 ? backed[0] : backed.length === 0 && ruleSilent && offered.length === 1 ? offered[0] : undefined;
  const area = chosen ? areaOf(chosen) : undefined;
  if (!area) return undefined;
  const option = optionTexts.find((t) => offeredBy(t).includes(area.id))!;
  return { area: area.id, about: area.about, strength: 'name', quotes: [option.trim()], needs: 0, written: false, namedInText: false };
}
