import { findClues } from './clues.js';
import { concept } from './concepts.js';
import { compilePattern, findAll } from './pattern.js';
import { API_GATEWAY_TYPES } from './services.js';
import { normalize } from './text.js';
import type { ServiceId, Solution, SolvedOption } from './types.js';

export interface Option {
  letter: string;
  text: string;
}

/** "A. text", "A) text", "(A) text", one per line, optionally bulleted; letters must run A, B, C… */
const OPTION_LINE = /^\s*(?:[-*•]\s*)?(?:\(([A-Ha-h])\)|([A-Ha-h])[.)])\s+(\S.*)$/;

/** Separates the scenario from its lettered options. Without at least two options in order, all is scenario. */
export function splitOptions(text: string): { scenario: string; options: Option[] } {
  const lines = text.split(/\r?\n/);
  const options: Option[] = [];
  const rest: string[] = [];
  for (const line of lines) {
    const m = OPTION_LINE.exec(line);
    const letter = (m?.[1] ?? m?.[2])?.toUpperCase();
    const expected = String.fromCharCode(65 + options.length);
    if (m && letter === expected) options.push({ letter, text: m[3]!.trim() });
    else rest.push(line);
  }
  if (options.length < 2) return { scenario: text, options: [] };
  return { scenario: rest.join('\n').trim(), options };
}

type Named = ServiceId | 'api-gateway' | 's3' | 'other';

/** Service names as options write them, most specific first; each name consumes its words. */
const NAMES: readonly { pattern: RegExp; named: Named }[] = (
  [
    [String.raw`(network|gateway|classic) load balanc[a-z]*|nlbs?|glbs?`, 'other'],
    [String.raw`(amazon )?(api gateway )?rest apis?|rest api gateway|api gateway (with |using )?(a )?rest( api)?`, 'apigw-rest'],
    [String.raw`(amazon )?(api gateway )?http apis?|api gateway (with |using )?(an )?http( api)?`, 'apigw-http'],
    [String.raw`(amazon )?(api gateway )?web\s*socket apis?|api gateway (with |using )?(a )?web\s*socket( api)?`, 'apigw-websocket'],
    [String.raw`(application|elastic) load balanc[a-z]*|albs?|load balanc[a-z]*`, 'alb'],
    [String.raw`(amazon )?cloud\s*front|cdn`, 'cloudfront'],
    [String.raw`(amazon )?s3( bucket| static website hosting| website)?`, 's3'],
    [String.raw`(aws )?app\s*sync|graph\s*ql`, 'appsync'],
    [String.raw`(lambda )?function urls?|lambda urls?`, 'lambda-url'],
    [String.raw`invok[a-z]* .. directly|direct(ly)? invo[a-z]*|(aws )?sdks?|aws cli|invoke api|invoke\s*function`, 'lambda-invoke'],
    [String.raw`(amazon )?api gateway`, 'api-gateway'],
    [
      String.raw`route 53|global accelerator|elastic beanstalk|amplify|ec2|sqs|sns|eventbridge|kinesis|direct connect|step functions|cloudwatch|cloudtrail|shield|vpc peering|transit gateway|lightsail|app runner|iot core|elasticache`,
      'other',
    ],
  ] as const
).map(([source, named]) => ({ pattern: compilePattern(source), named }));

/** The services an option names, and its text with those names blanked out (what remains are features). */
function namesIn(text: string): { names: Set<Named>; rest: string } {
  let norm = normalize(text);
  const names = new Set<Named>();
  for (const { pattern, named } of NAMES) {
    for (const span of findAll(pattern, norm)) {
      names.add(named);
      norm = norm.slice(0, span.start) + ' '.repeat(span.end - span.start) + norm.slice(span.end);
    }
  }
  return { names, rest: norm };
}

/** Concepts that, in an option, only restate what it is, not what it can do. */
const RESTATES = new Set(['apigw-explicit', 'single-function', 'multi-function']);
const isFeature = (id: string) => !concept(id).context && !RESTATES.has(id);

function servicesOf(names: Set<Named>): ServiceId[] {
  const ids = new Set<ServiceId>();
  for (const n of names) {
    if (n === 'api-gateway') API_GATEWAY_TYPES.forEach((t) => ids.add(t));
    else if (n === 's3') ids.add('s3-cloudfront');
    else if (n !== 'other') ids.add(n);
  }
  if (names.has('s3') && names.has('cloudfront')) ids.delete('cloudfront');
  return [...ids];
}

/** How well an option states the recommendation: by service name and by the deciding feature. */
function scoreOption(option: Option, solved: Pick<Solution, 'service' | 'clues'>, deciding: Set<string>): { score: number; services: ServiceId[] } {
  const winner = solved.service;
  const { names, rest } = namesIn(option.text);
  const services = servicesOf(names);
  if (!winner) return { score: 0, services };
  let score = 0;
  const typed = [...names].filter((n): n is ServiceId => n !== 'api-gateway' && n !== 's3' && n !== 'other');
  const s3AndCloudFront = names.has('s3') && names.has('cloudfront');
  if (winner === 's3-cloudfront') score += s3AndCloudFront ? 10 : names.has('s3') ? 6 : names.has('cloudfront') ? 5 : 0;
  else if (winner === 'cloudfront' && names.has('cloudfront')) score += s3AndCloudFront ? 8 : 10;
  else if (typed.includes(winner)) score += 10;
  else if (names.has('api-gateway') && API_GATEWAY_TYPES.includes(winner) && !typed.some((t) => API_GATEWAY_TYPES.includes(t))) score += 6;
  const compatible = (t: ServiceId) => t === winner || (winner === 's3-cloudfront' && t === 'cloudfront') || (winner === 'cloudfront' && names.has('s3'));
  score -= 3 * typed.filter((t) => !compatible(t)).length;

  const scenarioPositive = new Set(solved.clues.filter((c) => !c.negated).map((c) => c.concept));
  const scenarioNegated = new Set(solved.clues.filter((c) => c.negated).map((c) => c.concept));
  const features = [...new Set(findClues(rest).filter((c) => !c.negated && isFeature(c.concept)).map((c) => c.concept))];
  let implied: ServiceId[] | undefined;
  for (const id of features) {
    const c = concept(id);
    const supported = c.supportedBy;
    const meets = [id, ...(c.answers ?? [])];
    if (meets.some((m) => deciding.has(m))) score += 4;
    else if (meets.some((m) => scenarioPositive.has(m))) score += 2;
    else if (scenarioNegated.has(id)) score -= 5;
    else if (supported && !supported.includes(winner)) score -= 4;
    else score -= 1;
    // An option that cannot meet a need of the scenario is wrong ("edge-optimized" when the timeout must be raised).
    if ((c.excludes ?? []).some((x) => scenarioPositive.has(x))) score -= 6;
    // An option that names a service and a feature that service lacks is false ("an HTTP API with usage plans").
    if (supported && services.length > 0 && !services.some((s) => supported.includes(s))) score -= 8;
    if (supported) implied = (implied ?? [...supported]).filter((s) => supported.includes(s));
  }
  if (services.length === 0 && !names.has('other') && implied?.includes(winner)) score += 5;
  return { score, services: services.length ? services : (implied ?? []) };
}

const MULTI = /\b(?:choose|select|pick)\s+(?:two|three|2|3)\b/i;

/** Picks the option that matches the recommendation; null when none does or two match equally. */
export function chooseOption(
  solved: Pick<Solution, 'service' | 'clues'> & { deciding: readonly string[] },
  options: Option[],
  scenario: string,
): { choice: string | null; scored: SolvedOption[] } {
  const deciding = new Set(solved.deciding);
  const scored = options.map((o) => ({ ...o, ...scoreOption(o, solved, deciding) }));
  if (scored.length === 0 || !solved.service) return { choice: null, scored };
  const best = Math.max(...scored.map((o) => o.score));
  const top = scored.filter((o) => o.score === best);
  if (best < 5) return { choice: null, scored };
  if (top.length > 1 && !MULTI.test(scenario)) return { choice: null, scored };
  return { choice: top[0]!.letter, scored };
}
