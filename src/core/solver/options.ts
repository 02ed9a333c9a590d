import { claimsIn } from './claims.js';
import { findClues } from './clues.js';
import { concept } from './concepts.js';
import { judgeProposal } from './fact-check.js';
import { guarded, matchGuarded, type Guarded } from './guarded.js';
import { needsCustomTokenCheck, offersCognitoAuthorizer, tokensFromElsewhere } from './token-issuer.js';
import { authBeyondFunctionUrl } from './function-url-auth.js';
import { statesLack } from './lacks.js';
import { areasNamed, findAreas } from './scope.js';
import { API_GATEWAY_TYPES } from './services.js';
import { normalize, wordCount } from './text.js';
import type { Option, ServiceId, Solution, SolvedOption, TraceEntry } from './types.js';

/** "A. text", "A) text", "(A) text", one per line, optionally bulleted; letters must run A, B, C… */
const OPTION_LINE = /^\s*(?:[-*•]\s*)?(?:\(([A-Ha-h])\)|([A-Ha-h])[.)])\s+(\S.*)$/;

/** A line that tells how many to pick ("(Choose TWO.)"): part of the question even when it follows the options. */
const PICK_LINE = /^\s*\(?\s*(?:choose|select|pick|mark)\b/i;

/** An option marker inside a line ("… faster? A. Amazon S3 B. Amazon CloudFront"): capitals only, after a space. */
const INLINE_MARKER = /(?:^|\s)(?:\(([A-H])\)|([A-H])[.)])\s+(?=\S)/g;

/** Text before options written on one line must end as a question does ("?", ":", "(Choose TWO.)"). */
const ENDS_AS_QUESTION = /[?:)]\s*$/;

const letterAt = (index: number) => String.fromCharCode(65 + index);

/**
 * Separates the scenario from its lettered options. Without at least two options in order, all is scenario.
 * An option wrapped onto further lines (pasted from a page) keeps its continuation; options pasted on one line
 * after the question are found too.
 */
export function splitOptions(text: string): { scenario: string; options: Option[] } {
  const options: Option[] = [];
  const rest: string[] = [];
  let continuing = false;
  for (const line of text.split(/\r?\n/)) {
    const m = OPTION_LINE.exec(line);
    const letter = (m?.[1] ?? m?.[2])?.toUpperCase();
    if (m && letter === letterAt(options.length)) {
      options.push({ letter, text: m[3]!.trim() });
      continuing = true;
    } else if (continuing && line.trim() && !PICK_LINE.test(line) && !line.trim().endsWith('?')) {
      const last = options[options.length - 1]!;
      last.text = `${last.text} ${line.trim()}`;
    } else {
      rest.push(line);
      continuing = false;
    }
  }
  if (options.length >= 2) return { scenario: rest.join('\n').trim(), options };
  return inlineOptions(text) ?? { scenario: text, options: [] };
}

/** Options written on one line after the question: "Which …? A. one B. two C. three". */
function inlineOptions(text: string): { scenario: string; options: Option[] } | undefined {
  const markers = [...text.matchAll(INLINE_MARKER)].map((m) => ({ letter: m[1] ?? m[2]!, start: m.index, end: m.index + m[0].length }));
  for (let first = markers.findIndex((m) => m.letter === 'A'); first >= 0; first = markers.findIndex((m, i) => i > first && m.letter === 'A')) {
    const run = [markers[first]!];
    for (const m of markers.slice(first + 1)) if (m.letter === letterAt(run.length)) run.push(m);
    const scenario = text.slice(0, run[0]!.start).trim();
    if (run.length < 2 || !ENDS_AS_QUESTION.test(scenario)) continue;
    const options = run.map((m, i) => ({ letter: m.letter, text: text.slice(m.end, run[i + 1]?.start ?? text.length).trim() }));
    if (options.every((o) => o.text)) return { scenario, options };
  }
  return undefined;
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };
const MULTI = /(?:choose|select|pick|mark|identify)\s+(?:the\s+)?(two|three|four|2|3|4)\b|\bwhich\s+(two|three|2|3)\b|\b(two|three)\s+(?:correct\s+)?(?:answers|options|choices|responses)\b/i;

const SUBJECT = [
  /\b(?:does|do|can|could|would|will)\s+((?:\S+\s+){1,6}?)(?:natively\s+|itself\s+|by itself\s+)?(?:provide|support|offer|have|include|give|perform|handle|integrate|connect)s?\b/i,
  /\b(?:can|could)\s+((?:an?|the)\s+(?:\S+\s+){0,5}?\S+)\s+do\s*[?,.(]/i,
  /\b(?:only|just)\s+(?:by|with|when|if)\s+(?:choosing|using|picking|selecting|building)\s+((?:\S+\s+){0,5}?\S+)\s*(?:[?,.]|$)/i,
  /\b(?:require|requires|need|needs)\s+((?:an?|the)\s+(?:\S+\s+){0,4}?\S+)\s*[?,.]/i,
  /\b(?:which|what)\s+(?:\S+\s+){0,3}?(?:features?|capabilit(?:y|ies)|mechanisms?|methods|options|types?|authori[sz]ers?)\s+((?:an?|the)\s+(?:\S+\s+){0,6}?\S+?)\s+(?:natively\s+)?(?:supports?|offers?|provides?|has|have|includes?)\b/i,
  /\b(?:features?|capabilit(?:y|ies)|abilities|route keys?|routes|mechanisms?|endpoint types?|integration types?|authori[sz]ers?|authori[sz]ation (?:types?|options|mechanisms?))\s+(?:of|in|for|on)\s+((?:\S+\s+){0,5}?\S+)\s*[?,.]/i,
  /\b(?:available|supported|offered|provided|possible|included)\s+(?:in|by|for|with|on)\s+((?:an?|the)\s+(?:\S+\s+){0,5}?\S+)\s*[?,.(]/i,
  /\b(?:situations?|cases?|scenarios?|use cases?|requirements?|workloads?)\s+(?:fit|fits|suit|suits|call for|are suited to|are a good fit for|favou?r)\s+((?:an?|the)?\s*(?:\S+\s+){0,5}?\S+)\s*[?,.(]/i,
  /\bmeans?\s+(?:that\s+)?((?:an?|the)\s+(?:\S+\s+){0,4}?\S+)\s+(?:is|are)\s+(?:needed|required|necessary)\b/i,
  /\b(?:make|makes)\s+((?:\S+\s+){0,6}?\S+)\s+(?:attractive|better|preferable|cheaper|a better|the better|necessary|required|mandatory|needed|essential|unavoidable|the only choice)\b/i,
  /\bstatements?\s+(?:about|regarding|on|describing|concerning)\s+((?:\S+\s+){0,6}?\S+)\s+(?:are|is)\b/i,
  /\b(?:true|correct|accurate)\s+(?:of|about|for)\s+((?:\S+\s+){0,6}?\S+)\s*[?,.(]/i,
  /\bconfigure\s+(?:on|for|in|with)\s+((?:an?|the|its)\s+(?:\S+\s+){0,5}?\S+)\s*[?,.(]/i,
  /\b(?:push|pushes|drive|drives|lead|leads|move|moves)\s+(?:\S+\s+){0,3}?to\s+((?:an?|the)?\s*(?:\S+\s+){0,4}?\S+)\s+instead\b/i,
  /\b(?:calls?\s+for|rule\s+out\s+(?:\S+\s+){1,6}?and\s+call\s+for)\s+((?:an?|the)\s+(?:\S+\s+){0,5}?\S+)\s*[?,.(]/i,
  /\b(?:staying|stay|stays|remain|remaining|keeping|keep)\s+(?:on|with)\s+((?:an?|the|its|their)\s+(?:\S+\s+){0,5}?\S+)\s*[?,.(]/i,
  /\b(?:matched|suited|fitted|a good fit|the best fit|best served by)\s+(?:to|for|by)?\s*((?:an?|the)\s+(?:\S+\s+){0,6}?\S+)\s*[?,.(]/i,
  /\b(?:point|points|lead|leads|favou?r|favou?rs|calls? for|suggests?|justify|justifies)\s+(?:to\s+)?((?:an?|the)\s+(?:\S+\s+){0,5}?\S+)\s+(?:rather than|instead of|over)\b/i,
  /\b(?:describes?|explains?)\s+((?:\S+\s+){0,7}?\S+)\s*[.?]/i,
  /\b(?:force|forces|require|requires|oblige|obliges|make|makes)\s+(?:\S+\s+){0,3}?(?:to\s+)?(?:use|choose|pick|adopt|switch to|move to)\s+((?:an?|the)\s+(?:\S+\s+){0,4}?\S+)\s*(?:instead|[?,.])/i,
];

/**
 * The one service a question asks about, when it asks what that service itself offers ("Which
 * TWO capabilities does an Application Load Balancer provide natively?", "… can be met only by
 * choosing a REST API?"); then the options are its features, not candidate services.
 */
export interface Subject {
  service: ServiceId;
  /** The question asks what the service lacks ("NOT available in HTTP APIs"). */
  absent: boolean;
}

export function questionSubject(question: string, scenario = ''): Subject | undefined {
  // The one API type the case names, if it names one only ("… chat runs on an API Gateway WebSocket API").
  const caseTypes = [...namesIn(scenario).names].filter((n): n is ServiceId => API_GATEWAY_TYPES.includes(n as ServiceId));
  const typedIn = (words: string) => {
    const { names } = namesIn(words);
    const typed = [...names].filter((n): n is ServiceId => CHAPTER.has(n));
    // "API Gateway" in general: the one type the case uses, else its fullest type stands for it.
    if (typed.length === 0 && names.has('api-gateway')) return caseTypes.length === 1 ? caseTypes[0]! : 'apigw-rest';
    return typed.length === 1 ? typed[0] : undefined;
  };
  for (const text of [question, scenario]) {
    for (const pattern of ABSENT) {
      const m = pattern.exec(text);
      const absent = m ? typedIn(m[1]!) : undefined;
      if (absent) return { service: absent, absent: true };
    }
  }
  // "Which TWO capabilities favour a REST API because HTTP APIs lack them?": what the type the reason names lacks.
  const lacked = LACKED_BY.exec(question);
  const lackedType = lacked ? typedIn(lacked[1]!) : undefined;
  if (lackedType) return { service: lackedType, absent: true };
  // "Which TWO requirements can be met ONLY by a REST API?": what the other API type lacks.
  // "Which requirements mean it must use a REST API rather than an HTTP API?": what the other type lacks.
  const over = MUST_USE_OVER.exec(question);
  const lacking = over ? typedIn(over[2]!) : undefined;
  if (over && lacking && typedIn(over[1]!)) return { service: lacking, absent: true };
  const only = ONLY_BY.exec(question);
  const alone = only ? typedIn(only[1]!) : undefined;
  if (alone && OTHER_TYPE[alone]) return { service: OTHER_TYPE[alone], absent: true };
  for (const pattern of SUBJECT) {
    const m = pattern.exec(question);
    const subject = m ? typedIn(m[1]!) : undefined;
    if (subject) return { service: subject, absent: false };
  }
  // "… migrating from a REST API to an HTTP API. Which TWO features will the team lose?": what the new type lacks.
  if (LOSES.test(question)) {
    const m = MOVES_TO.exec(scenario);
    const target = m ? typedIn(m[1]!) : undefined;
    if (target) return { service: target, absent: true };
  }
  // "… chose a REST API rather than an ALB. Which TWO capabilities justify that choice?"; "A colleague describes X. Which TWO statements are correct?"
  if (!ASKS_FOR_FEATURES.test(question)) return undefined;
  for (const pattern of [CHOSEN, BUILDING, ...SUBJECT]) {
    const m = pattern.exec(scenario);
    const subject = m ? typedIn(m[1]!) : undefined;
    if (subject) return { service: subject, absent: false };
  }
  return undefined;
}

const ABSENT = [
  /\b(?:can\s*not|cannot|can't|could\s+not|couldn't)\s+be\s+(?:met|provided|supported|offered|done|achieved|satisfied)\s+(?:by|with|in|on|through)\s+((?:an?|the)\s+(?:\S+\s+){0,5}?\S+)\s*[?,.(]/i,
  /\bnot\s+(?:available|supported|offered|possible|provided)\s+(?:in|by|for|with|on)\s+((?:\S+\s+){0,5}?\S+)\s*[?,.(]/i,
  /\b(?:limitations?|disadvantages?|drawbacks?|downsides?|weakness(?:es)?|shortcomings?)\s+(?:of|in|with|for)\s+(?:using\s+)?((?:\S+\s+){0,6}?\S+?)\s*[?,.(]/i,
  /\bstatements?\s+(?:about|regarding|on)\s+((?:\S+\s+){0,6}?\S+)\s+(?:are|is)\s+(?:false|incorrect|not true|wrong)\b/i,
  /\b(?:false|incorrect|not true|wrong)\s+(?:of|about|for)\s+((?:\S+\s+){0,6}?\S+)\s*[?,.(]/i,
  /\bbut\s+not\s+(?:in|by|for|with|on)\s+((?:\S+\s+){0,5}?\S+)\s*[?,.(]/i,
  /\b(?:that|which)\s+((?:an?|the)\s+(?:\S+\s+){0,5}?\S+)\s+(?:cannot|can't|can\s+not|does\s+not|doesn't|do\s+not|don't)\s+(?:provide|support|offer|have|meet|do)\b/i,
  // "Which requirement would a function URL NOT be able to meet?", "… will an HTTP API be unable to satisfy?": what it lacks.
  /\b(?:can|could|would|will|does|do)\s+((?:an?|the)\s+(?:\S+\s+){0,5}?\S+?)\s+(?:not\s+be\s+able\s+to|be\s+unable\s+to|fail\s+to|not)\s+(?:provide|support|offer|have|meet|do|handle|satisfy|fulfil|fulfill|deliver|cover)\b/i,
  // "All of the following can be met with an HTTP API EXCEPT:", "An HTTP API can do all of the following EXCEPT": the one it lacks.
  // The type must follow its preposition directly: "a way to authenticate callers of the REST API EXCEPT" asks about ways, not the type.
  /\b(?:all|each|every one)\s+(?:of\s+)?(?:the following|these|the \w+)\b[^?]*?\b(?:in|by|with|on|for|to|using|through)\s+((?:(?!(?:of|to|for|in|by|with|on)\b)\S+\s+){0,5}?\S+?)\s*,?\s+EXCEPT\b/i,
  /((?:an?|the)\s+(?:\S+\s+){0,5}?\S+?)\s+(?:can|could|does|do|will)\s+(?:\w+\s+)?(?:all|each|every one)\s+(?:of\s+)?(?:the following|these)\b[^?]*\bEXCEPT\b/i,
];
/** A question about which statements hold. */
const STATEMENTS = /\b(?:statements?|true|correct|accurate|valid)\b/i;
/** A reason that names what one type lacks: "because HTTP APIs lack them", "since an HTTP API does not offer them". */
const LACKED_BY = /\b(?:because|since|as|given that)\s+((?:\S+\s+){0,5}?\S+?)\s+(?:lacks?|(?:do|does)\s*(?:not|n't)\s+(?:have|support|offer|provide|include)|(?:cannot|can't|can\s+not)\s+(?:use|provide|offer|do))\s+(?:them|it|these|those|this|that)\b/i;
const MUST_USE_OVER = /\b(?:must|has to|have to|needs? to|forces? (?:it|them|the team) to)\s+(?:use|choose|pick|be|build)\s+((?:an?|the)\s+(?:\S+\s+){0,4}?\S+?)\s+(?:rather than|instead of|over)\s+((?:an?|the)\s+(?:\S+\s+){0,4}?\S+?)\s*[?,.(]/i;
const ONLY_BY = /\b(?:only|exclusively)\s+(?:by|with|in|on|through|using|for)\s+((?:an?|the)\s+(?:\S+\s+){0,4}?\S+?)(?:\s*[?,.(]|\s+(?:and|but|or)\b)/i;
/** The API type a REST-versus-HTTP question sets the named one against. */
const OTHER_TYPE: Partial<Record<ServiceId, ServiceId>> = { 'apigw-rest': 'apigw-http', 'apigw-http': 'apigw-rest' };
const LOSES = /\b(?:lose|loses|lost|give up|gives up|no longer (?:have|has|get|gets|be able))\b/i;
const MOVES_TO = /\b(?:migrat|mov|switch|chang|convert|replac|rebuild)[a-z]*\b[^.?!]*?\bto\s+((?:an?|the)\s+(?:\S+\s+){0,6}?\S+?)(?=\s+(?:to|for|in order|so|because)\b|[.,?!]|$)/i;
const ASKS_FOR_FEATURES = /\b(?:capabilit(?:y|ies)|features?|advantages?|benefits?|justif(?:y|ies)|reasons?|statements?|mechanisms?|settings?|route keys?|authori[sz]ers?)\b/i;
/** "A team building an API Gateway WebSocket API wants …": the service the scenario is working on. */
const BUILDING = /\b(?:building|built|runs?|running|maintains?|maintaining|operates?|operating|securing|creating|designing|developing|configuring)\s+((?:an?|the|its)\s+(?:new\s+)?(?:\S+\s+){0,5}?\S+?)\s+(?:wants?|needs?|that|which|and|for)\b/i;
const CHOSEN = /\b(?:chose|chosen|choose|picked|selected|prefers?|preferred|uses?|using|behind)\s+((?:an?|the|its|their|our)\s+(?:\S+\s+){0,5}?\S+)\s+(?:rather than|instead of|over)\b/i;

const ABSOLUTE = /\b(?:unlimited|any number of|no (?:quotas?|limits?)|only (?:through|by|with|via|in)|themselves|(?:every|all) (?:edge locations?|regions?)|automatically (?:cached|deployed|replicated))\b/i;

/** The scenario confines a change to one part: "that one method", "while the other routes keep their limits". */
const ONE_PART = /\b(?:only|just) (?:that|this|the|one) (?:\S+ ){0,2}?(?:method|route|resource|path|endpoint|client|stage|operation)\b|\bthat one (?:\S+ )?(?:method|route|resource|path|endpoint|client|operation)\b|\b(?:the |all )?other (?:methods|routes|resources|paths|endpoints|clients|apis|stages|operations) (?:keep|stay|remain|should|must|are|continue|unchanged|unaffected)|\bwithout (?:affecting|changing|touching|slowing|limiting|throttling) (?:the |any )?(?:other|rest|remaining)\b/i;
/** An option acting on everything at once: the whole account's quota, every API of the account. */
const EVERY_PART = /\baccount[\s-]*(?:level|wide)\b|\bwhole account\b|\bregion[\s-]*(?:level|wide)\b|\b(?:every|all|each) (?:\S+ )?(?:methods?|routes?|apis?|resources?)(?: (?:in|of|across) the (?:account|region|stage|api))\b/i;

/** Marks the reason of a question about what a service lacks. */
export const LACKS_MARK = 'what it lacks';

/** How many letters the question asks for ("Choose TWO"), never every option. */
export const picksAsked = (scenario: string, options: readonly Option[]) => Math.min(answerCount(scenario), options.length - 1);

/** How many options the question asks for: "(Choose TWO.)", "Select two", "Which THREE …" ; 1 otherwise. */
export function answerCount(scenario: string): number {
  const m = MULTI.exec(scenario);
  const word = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  return word ? (COUNTS[word] ?? 1) : 1;
}

/** A part an option can name: one of the rule's services, or a building block of one. */
type Named = ServiceId | 'api-gateway' | 's3' | 'lambda' | 'self-managed' | 'other' | 'part' | 'place';

/** Service names as options write them, most specific first; each name consumes its words. */
export const NAME_PATTERNS: readonly (readonly [string, Named])[] = [
  // Places and parts that belong to another service's mechanism name no service of their own.
  [String.raw`cloud\s*front(?= (points? of presence|pops?|edge locations?))`, 'place'],
  [String.raw`(lambda|custom) authori[sz]ers?|lambda\s*@\s*edge`, 'part'],
  [String.raw`(network|gateway|classic) load balanc[a-z]*|nlbs?|glbs?`, 'other'],
  // Where requests go ("a VPC link to the internal ALB") is a target, not the service the option offers.
  [String.raw`(internal|private|existing) (application load balanc[a-z]*|albs?|load balanc[a-z]*)`, 'place'],
  [String.raw`(amazon )?(api gateway )?rest apis?|rest api gateway|api gateway (with |using )?(a )?rest( api)?`, 'apigw-rest'],
  [String.raw`(amazon )?(api gateway )?http apis?|api gateway (with |using )?(an )?http( api)?`, 'apigw-http'],
  [String.raw`(amazon )?(api gateway )?web\s*socket apis?|api gateway (with |using )?(a )?web\s*socket( api)?`, 'apigw-websocket'],
  [String.raw`(application|elastic) load balanc[a-z]*|albs?|elb|load balanc[a-z]*`, 'alb'],
  [String.raw`(amazon )?cloud\s*front|cdn`, 'cloudfront'],
  [String.raw`(amazon )?s3( buckets?| static website hosting| website)?|buckets?`, 's3'],
  [String.raw`(aws )?app\s*sync|graph\s*ql`, 'appsync'],
  [String.raw`(lambda )?function urls?|lambda urls?`, 'lambda-url'],
  [String.raw`invok[a-z]* .. directly|direct(ly)? invo[a-z]*|(aws )?sdks?|aws cli|invoke api|invoke\s*function`, 'lambda-invoke'],
  [String.raw`(amazon )?api gateway`, 'api-gateway'],
  [String.raw`(aws )?lambda( functions?)?|serverless functions?`, 'lambda'],
  [String.raw`(amazon )?ec2( instances?)?|(virtual|web|proxy|self managed|own) servers?|nginx|haproxy|kong|(install|run|manage|operate|patch)[a-z]* .. (on|own|servers?|instances?|software)`, 'self-managed'],
  [
    String.raw`route 53|global accelerator|elastic beanstalk|amplify|sqs|sns|eventbridge|kinesis|direct connect|step functions|cloudwatch|cloudtrail|shield|vpc peering|transit gateway|lightsail|app runner|iot core|elasticache|dynamodb|rds|aurora|identity pools?|vpn|inspector|guardduty|macie|aws config|trusted advisor|ecs|eks|fargate|aws batch|outposts|storage gateway|documentdb|redshift|athena|aws glue|emr`,
    'other',
  ],
];

let namePatterns: readonly { pattern: Guarded; named: Named }[] | undefined;

/** The name patterns, built on first use; a text tries only those whose words it holds (guarded.ts). */
const NAMES = (): readonly { pattern: Guarded; named: Named }[] => (namePatterns ??= NAME_PATTERNS.map(([source, named]) => ({ pattern: guarded(source), named })));

/** The services an option names, and its text with those names blanked out (what remains are features). */
export function namesIn(text: string): { names: Set<Named>; others: string[]; rest: string } {
  // Names are looked for in one copy, features in another: a part ("a Lambda authorizer") hides
  // its words from the names after it but stays a feature; a place ("the nearest CloudFront point
  // of presence") names no service and offers no feature of it.
  let forNames = normalize(text);
  let rest = forNames;
  const names = new Set<Named>();
  const others: string[] = [];
  const blank = (t: string, span: { start: number; end: number }) => t.slice(0, span.start) + ' '.repeat(span.end - span.start) + t.slice(span.end);
  for (const { pattern, named } of NAMES()) {
    for (const span of matchGuarded(pattern, forNames)) {
      forNames = blank(forNames, span);
      if (named === 'part') continue;
      if (named === 'place') {
        rest = blank(rest, span);
        continue;
      }
      names.add(named);
      if (named === 'other') others.push(rest.slice(span.start, span.end));
      rest = blank(rest, span);
    }
  }
  return { names, others, rest };
}

/** The rule's services a text names ("API Gateway" in general is each of its types). */
export const servicesNamed = (text: string): ServiceId[] => servicesOf(namesIn(text).names);

/** Concepts that, in an option, only restate what it is, not what it can do. */
const RESTATES = new Set(['apigw-explicit', 'single-function', 'multi-function']);
const isFeature = (id: string) => !concept(id).context && !RESTATES.has(id);

const CHAPTER = new Set<string>(['apigw-rest', 'apigw-http', 'apigw-websocket', 'alb', 'cloudfront', 's3-cloudfront', 'appsync', 'lambda-url', 'lambda-invoke']);

function servicesOf(names: Set<Named>): ServiceId[] {
  const ids = new Set<ServiceId>();
  for (const n of names) {
    if (n === 'api-gateway') API_GATEWAY_TYPES.forEach((t) => ids.add(t));
    else if (n === 's3') ids.add('s3-cloudfront');
    else if (CHAPTER.has(n)) ids.add(n as ServiceId);
  }
  // "A REST API in Amazon API Gateway": the type named is the one meant, not every type.
  if (names.has('api-gateway') && [...names].some((n) => API_GATEWAY_TYPES.includes(n as ServiceId))) API_GATEWAY_TYPES.filter((t) => !names.has(t)).forEach((t) => ids.delete(t));
  if (names.has('s3') && names.has('cloudfront')) ids.delete('cloudfront');
  return [...ids];
}

/** The exam's qualifiers that make extra parts cost more: "LEAST operational overhead", "MOST cost-effective". */
const LEAN = /\b(?:least|lowest|minimal|minimum|less)\s+(?:operational|management|administrative|maintenance)?\s*(?:overhead|effort|work|management|maintenance|administration)\b|\bmost\s+cost[\s-]*effective\b|\b(?:fully\s+)?managed\b|\bserverless\b|\bwithout\s+managing\s+(?:servers|infrastructure)\b/i;

interface Context {
  solved: Pick<Solution, 'service' | 'clues' | 'trace'>;
  /** The question and the sentence before it. */
  asked: string;
  /** The neighbouring services whose names or jobs the scenario states. */
  areas: Set<string>;
  /** How many options the question asks for. */
  pick: number;
  deciding: Set<string>;
  /** Building blocks the answer is made of ("s3" and "cloudfront"; "api-gateway" and "lambda"). */
  parts: Set<Named>;
  lean: boolean;
  /** The scenario, normalised: a service it names is no extra in an option. */
  scenario: string;
  /** What the scenario needs, each with the services and parts that can meet it. */
  needs: Map<string, readonly string[]>;
  /** Beside static pages the rule hands to S3 + CloudFront, the service it reaches for the rest of the stem (server push, an API). */
  besideStatic: ServiceId | undefined;
  /** The question asks what one service offers: every option is one of its features, or not. */
  subject: boolean;
  /** It asks what that service lacks. */
  absent: boolean;
  /** In a question about one service, the others it is set against ("a REST API rather than an HTTP API"). */
  rival: ServiceId[];
  /** The question asks how to authenticate or authorize the callers. */
  asksForAuth: boolean;
  /** It asks outright which mechanisms authenticate them: each real mechanism is an answer. */
  asksHowToAuth: boolean;
  /** Set when the question asks which workloads or situations suit the subject: the rule's answer for an option's own text. */
  workloads: ((text: string) => ServiceId | null) | undefined;
  /** Options that state something the fact sheet says is false: never another way to do the same thing. */
  statesFalse: Set<string>;
  /** The stem says the callers' tokens come from an issuer other than a Cognito user pool. */
  foreignTokens: boolean;
}

const LAMBDA_INVOKERS = ['apigw-rest', 'apigw-http', 'apigw-websocket', 'alb', 'lambda-url', 'lambda-invoke', 'appsync', 'lambda'];
/** What a few context clues need, though they name no capability: Lambda code needs something to invoke it. */
const CONTEXT_NEEDS: Record<string, readonly string[]> = { 'lambda-mention': LAMBDA_INVOKERS, 'api-context': [...API_GATEWAY_TYPES, 'appsync'] };
/** Clues that name a service itself: ruled out ("without using API Gateway"), they rule out the options naming it. */
export const IDENTITY: Record<string, readonly string[]> = {
  'apigw-explicit': API_GATEWAY_TYPES,
  'function-url': ['lambda-url'],
  cdn: ['cloudfront'],
  'load-balance': ['alb'],
  graphql: ['appsync'],
  'direct-invoke': ['lambda-invoke'],
};

function needsOf(solved: Pick<Solution, 'clues'>, alsoStated: readonly string[] = []): Map<string, readonly string[]> {
  const needs = new Map<string, readonly string[]>(alsoStated.map((id) => [id, concept(id).supportedBy ?? []]));
  // What the text also rules out ("… needs API Gateway. Which work without API Gateway?") is no need.
  const ruledOut = new Set(solved.clues.filter((c) => c.negated).map((c) => c.concept));
  for (const c of solved.clues) {
    if (c.negated || ruledOut.has(c.concept)) continue;
    const supported = CONTEXT_NEEDS[c.concept] ?? concept(c.concept).supportedBy;
    if (supported) needs.set(c.concept, supported);
  }
  return needs;
}

/** An option that names this part and little else ("AWS Lambda"), not a feature that mentions it ("Lambda proxy integration"). */
function namesOnly(text: string, part: Named): boolean {
  const { names, rest } = namesIn(text);
  return names.has(part) && (rest.match(/[a-z0-9]+/g) ?? []).length <= 1;
}

/** An endpoint type written as part of an API's name: "a Regional REST API", "Private Amazon API Gateway REST API". */
const TYPE_IN_NAME = /\b(regional|edge[\s-]*optimi[sz]ed|private)\s+((?:amazon\s+)?(?:api\s+gateway\s+)?(?:rest|http|web\s*socket)\s+apis?)\b/i;

/**
 * An option that is only an endpoint type ("Regional", "Edge-optimized") names that endpoint; one
 * that names it inside the API's name ("Regional REST API") names the API with that endpoint.
 */
function asWritten(option: Option): Option {
  if (/^\s*(?:regional|edge[\s-]*optimi[sz]ed|private)\s*\.?\s*$/i.test(option.text)) return { ...option, text: `${option.text.trim().replace(/\.$/, '')} endpoint` };
  return TYPE_IN_NAME.test(option.text) ? { ...option, text: option.text.replace(TYPE_IN_NAME, '$2 with a $1 endpoint') } : option;
}

/** The scenario needs an option meets, by the services and parts it names. */
function covers(bare: Option, ctx: Context): Set<string> {
  const option = asWritten(bare);
  const { names, rest } = namesIn(option.text);
  const parts = new Set<string>([...servicesOf(names), ...(names.has('lambda') ? ['lambda'] : [])]);
  // CloudFront completes S3 + CloudFront: what the pair meets, the option adding CloudFront meets.
  if (parts.has('cloudfront')) parts.add('s3-cloudfront');
  const clues = findClues(rest).filter((c) => !c.negated);
  const offered = clues.filter((c) => isFeature(c.concept)).flatMap((c) => [c.concept, ...(concept(c.concept).answers ?? [])]);
  // "… in front of a Regional API": the option keeps an API behind the service it names.
  const infront = parts.size > 0 && ![...parts].some((p) => API_GATEWAY_TYPES.includes(p as ServiceId)) && /\bin front of\b/i.test(option.text);
  if (infront && clues.some((c) => c.concept === 'api-context' || c.concept === 'regional-endpoint')) API_GATEWAY_TYPES.forEach((t) => parts.add(t));
  return new Set([...ctx.needs].filter(([id, by]) => offered.includes(id) || by.some((s) => parts.has(s))).map(([id]) => id));
}

function partsOf(service: ServiceId, solved: Pick<Solution, 'clues'>, pick: number): Set<Named> {
  const mentions = (id: string) => solved.clues.some((c) => c.concept === id && !c.negated);
  const ruledOut = (id: string) => solved.clues.some((c) => c.concept === id && c.negated);
  const parts = new Set<Named>([service]);
  if (service === 's3-cloudfront') ['s3', 'cloudfront'].forEach((p) => parts.add(p as Named));
  if (API_GATEWAY_TYPES.includes(service)) {
    parts.add('api-gateway');
    if ((mentions('lambda-mention') || pick > 1) && !ruledOut('lambda-mention')) parts.add('lambda');
  }
  if (service === 'lambda-url' || service === 'lambda-invoke') parts.add('lambda');
  if (service === 'alb' && mentions('lambda-mention')) parts.add('lambda');
  return parts;
}

/** A WebSocket API named in the stem: the design it asks about is built on one. */
const WEBSOCKET_API = /\bweb\s*socket apis?\b/i;

/** The links that carry an on-premises network into a VPC (ep.private). */
const PRIVATE_LINKS = ['direct-connect', 'vpn'];
/** Callers in a company's own buildings or network. */
const ON_PREMISES = /\b(?:on[\s-]premises?|on[\s-]prem|data\s?cent(?:er|re)s?|factor(?:y|ies)|plants?|offices?|branch(?:es)?|corporate network|own network)\b/i;
/** The stem is about a private API, and the callers (in the stem or the option) are on premises. */
const fromPremisesToPrivateApi = (ctx: Context, option: string) =>
  ctx.solved.clues.some((c) => c.concept === 'private-endpoint' && !c.negated) && (ON_PREMISES.test(ctx.scenario) || ON_PREMISES.test(option));

/** What CloudFront adds to an S3 bucket: HTTPS on a custom domain, and speed far from the bucket's Region. */
const CLOUDFRONT_ADDS = ['custom-domain', 'global-reach', 'latency-goal', 'edge-cache', 'edge-location'];

/** A real way to authenticate, named beside the keys ("a Cognito authorizer, and keep the keys for the usage plans"). */
const AUTH_MECHANISM = /\b(?:authori[sz]ers?|cognito|iam|sigv4|signature version)\b/i;
/** The people who sign in, named as whom keys are handed to ("an API key for each Cognito user", "each user pool member"): no mechanism. */
const SIGNED_IN_PEOPLE = /\b(?:(?:amazon )?cognito (?:user pool )?|user pool |signed[- ]in |logged[- ]in )(?:users?|members?|accounts?|identit(?:y|ies))\b/i;
/** A real way to authenticate named in the option, beside whatever else it offers. */
const namesAuthMechanism = (text: string) => AUTH_MECHANISM.test(text.replace(new RegExp(SIGNED_IN_PEOPLE.source, 'gi'), ' '));
const SIBLING: Partial<Record<ServiceId, ServiceId>> = { 'apigw-rest': 'apigw-http', 'apigw-http': 'apigw-rest' };
/** A question that asks for the option that does not fit ("Which is NOT appropriate …?", "… EXCEPT"). */
const ASKS_FOR_WRONG = /\b(?:NOT|EXCEPT)\b|\bnot (?:appropriate|suitable|a good fit|recommended|a valid)\b|\b(?:least|in)appropriate\b|\bcannot be used\b/;
/** A question that asks which options to set aside first ("Which TWO should be eliminated?"). */
const ASKS_TO_ELIMINATE = /\b(?:eliminat(?:e|ed)|cross(?:ed)? out|discard(?:ed)?|set aside)\b[^.]*\?/i;

/** CloudFront's guide: signed cookies suit many restricted files (all segments of an HLS video, a members' area) and URLs that must not change. */
const SIGNED_COOKIES_FIT = /\b(?:members'? area|subscribers'? area|whole (?:members'? |subscribers'? )?area|(?:links?|urls?)\b.{0,40}\bunchanged|(?:hundreds|thousands|dozens) of (?:\w+ ){0,3}(?:files|articles|images|pages|videos|segments|documents)|hls|segment files|(?:hundreds|thousands|dozens) of (?:small )?(?:\w+ )?files|many (?:small )?(?:\w+ )?files|urls? (?:inside|in) (?:its|the|their) playlist|(?:urls?|links?) (?:must|should|cannot|can't|may) not change|not (?:want|wish) to (?:change|generate) .{0,40}(?:urls?|links?)|(?:separate|individual) (?:link|url) for every)/;

/** A question that asks which workloads, situations or use cases suit a service. */
const WORKLOADS = /\b(?:workloads?|situations?|use cases?|scenarios?|applications?|designs?|requirements?)\b[^?]*\b(?:matched|suited|suit|suits|fit|fits|served|good fit|best fit|appropriate|ideal|point to|points to|call for|calls for|favou?r)\b/i;

/** What a workload question rules out: "… better served WITHOUT Amazon API Gateway?". */
const WITHOUT = /\b(?:without|not (?:using|use|need|needing)|rather than|instead of)\s+([^?]+)/i;

/** Who may call is access control: "control who can call the API", "restrict which clients may invoke it". */
const CONTROLS_WHO_CALLS = String.raw`\b(?:control|controls|controlling|restrict|restricts|restricting|limit|limits|limiting|decide|decides)\b[^.?!]*\b(?:who|which (?:callers?|clients?|users?|principals?|apps?|applications?)) (?:can|may|is allowed to|are allowed to)\b[^.?!]*\b(?:call|calls|access|invoke|use|reach)\b|\b(?:control|restrict)\w* access to\b`;
/** Knowing who calls is authenticating, in other words: "establish who the caller is", "verify each client's identity". */
const WHO_CALLS = String.raw`\b(?:establish|verify|confirm|check|prove|determine|know|tell|validate)(?:s|es|ed|ing)?\b[^.?!]{0,30}?\b(?:who (?:the |each |every |a )?(?:callers?|clients?|users?|requesters?|senders?) (?:is|are)\b|who is (?:calling|making)\b|(?:the )?identit(?:y|ies) of\b|(?:callers?|clients?|users?|requesters?)(?:'s?)? identit(?:y|ies)\b)`;
/** A question that asks how callers prove who they are. */
const ASKS_FOR_AUTH = new RegExp(String.raw`\b(?:authenticat[a-z]*|authori[sz](?:e|es|ing|ation)|secure|credentials?|prove|identify the caller)\b|\btokens?\b[^.?!]*\b(?:checked|verified|validated)\b|${CONTROLS_WHO_CALLS}`, 'i');
/** The same, asked outright: "which mechanisms can authenticate …", "Which TWO are ways to control who can call the API?", or
 * wanted in the sentence the question stands on ("… replace them with mechanisms that establish who the caller is"). */
const ASKS_HOW_TO_AUTH = new RegExp(String.raw`\b(?:which|what|how)\b[^.?!]*(?:\bauthenticat[a-z]*\b|${CONTROLS_WHO_CALLS})|${WHO_CALLS}`, 'i');
/** Each mechanism and the kind of caller it is meant for (fact sheet: auth.exam-mapping). */
const AUTH_FITS: readonly [RegExp, string][] = [
  [/\b(?:cognito|jwt)\b/i, 'user-auth'],
  [/\b(?:iam|sigv4|signature version)\b/i, 'iam-auth'],
  [/\blambda authori[sz]er\b/i, 'lambda-authorizer'],
];
const AUTH_CLAIM = /\b(?:authenticat[a-z]*|authori[sz]ation mechanism|log\s*in|login|sign\s*in|credentials?|identity|identities|passwords?)\b/;

/** How well an option states the recommendation: its services, then its features, minus what it adds or contradicts. */
function scoreOption(bare: Option, ctx: Context): { score: number; services: ServiceId[] } {
  const option = asWritten(bare);
  const winner = ctx.solved.service;
  const { names, others, rest } = namesIn(option.text);
  const services = servicesOf(names);
  if (!winner) return { score: 0, services };
  let score = 0;
  const typed = [...names].filter((n): n is ServiceId => CHAPTER.has(n));
  const exactApiType = typed.some((t) => API_GATEWAY_TYPES.includes(t));
  if (winner === 's3-cloudfront') score += names.has('s3') && names.has('cloudfront') ? 10 : names.has('s3') ? 6 : names.has('cloudfront') ? 5 : 0;
  else if (winner === 'cloudfront' && names.has('cloudfront')) score += 10;
  else if (typed.includes(winner)) score += 10;
  else if (names.has('api-gateway') && API_GATEWAY_TYPES.includes(winner) && !exactApiType) score += 6;
  if (names.has('lambda') && ctx.parts.has('lambda') && !typed.includes('lambda-url')) score += score > 0 ? 1 : 5;
  const compatible = (t: ServiceId) => t === winner || (winner === 's3-cloudfront' && t === 'cloudfront') || (winner === 'cloudfront' && names.has('s3'));
  score -= 3 * typed.filter((t) => !compatible(t)).length;
  const ruledOut = ctx.solved.clues.filter((c) => c.negated && IDENTITY[c.concept]);
  // The rule has already weighed what the scenario rules out: an option naming its own conclusion is not ruled out by it.
  if (services.length && !services.includes(winner) && ruledOut.some((c) => services.every((s) => IDENTITY[c.concept]!.includes(s)))) score -= 8;
  // Parts the answer does not need: each costs a little, and more when the question asks for the least.
  // A neighbouring service whose job the scenario states ("a durable queue") is no extra: with several answers asked for, it is one of them.
  const named = [...areasNamed([option.text])];
  const wanted = named.filter((area) => ctx.areas.has(area));
  // A private API is reached from on-premises over Direct Connect or a VPN into its VPC (ep.private): the link is no extra, it is the way in.
  const linkIn = named.filter((area) => PRIVATE_LINKS.includes(area) && fromPremisesToPrivateApi(ctx, option.text));
  const extras = new Set(others.filter((name) => !ctx.scenario.includes(name)));
  score -= (ctx.lean ? 3 : 2) * Math.max(0, extras.size - wanted.length - linkIn.length);
  if (wanted.length > 0 && ctx.pick > 1) score += THRESHOLD;
  if (linkIn.length > 0 && wanted.length === 0) score += THRESHOLD + 3;
  // The WebSocket pattern keeps each connection ID in DynamoDB: with several answers asked for, the table is one of them.
  if (winner === 'apigw-websocket' && ctx.pick > 1 && ctx.needs.has('connection-ids') && /\bdynamodb\b/.test(normalize(option.text))) score += THRESHOLD;
  // AppSync pushes to subscribed clients over WebSockets too (cmp.appsync): asked for several that push, it is a second way to do it.
  // (Not in a design already built on a WebSocket API, whose parts the question asks for.)
  // A second need the stem states beside static pages ("… and push each order's status to the open tab"): the service the rule reaches for it is the other answer.
  if (ctx.besideStatic && typed.includes(ctx.besideStatic)) score += THRESHOLD + 3;
  if (winner === 'apigw-websocket' && ctx.pick > 1 && typed.includes('appsync') && ctx.needs.has('server-push') && !WEBSOCKET_API.test(ctx.scenario)) score += THRESHOLD + 3;
  if (names.has('self-managed')) score -= ctx.lean ? 5 : 3;

  const scenarioPositive = new Set(ctx.solved.clues.filter((c) => !c.negated).map((c) => c.concept));
  if (ctx.needs.has('lambda-authorizer')) scenarioPositive.add('lambda-authorizer');
  // S3 on its own serves its website over HTTP only, from one Region: what CloudFront adds, it cannot meet.
  if (winner === 's3-cloudfront' && ctx.pick === 1 && names.has('s3') && !names.has('cloudfront') && (/\bhttps\b/.test(ctx.scenario) || CLOUDFRONT_ADDS.some((id) => scenarioPositive.has(id)))) score -= 6;
  const scenarioNegated = new Set(ctx.solved.clues.filter((c) => c.negated).map((c) => c.concept));
  const features = [...new Set(findClues(rest).filter((c) => !c.negated && isFeature(c.concept)).map((c) => c.concept))];
  const apiInScenario = scenarioPositive.has('api-context') || scenarioPositive.has('apigw-explicit') || scenarioPositive.has('rest-named');
  // (In a question about one service's own features, a feature it lacks is simply a feature it lacks.)
  const belongsToApi = (supported: readonly ServiceId[] | undefined) =>
    !ctx.subject && apiInScenario && supported !== undefined && supported.some((s) => API_GATEWAY_TYPES.includes(s)) && !services.some((s) => API_GATEWAY_TYPES.includes(s));
  // An option that is only features ("Usage plans with API keys") states the answer through them.
  // A service only mentioned beside the features (where the data lives: "in Amazon DynamoDB") does not make it a service option.
  const featuresOnly = [...names].every((n) => n === 'other');
  let implied: ServiceId[] | undefined;
  for (const id of features) {
    const c = concept(id);
    const supported = c.supportedBy;
    const meets = [id, ...(c.answers ?? [])];
    if (meets.some((m) => ctx.deciding.has(m))) score += 4;
    else if (meets.some((m) => scenarioPositive.has(m))) score += 2;
    else if (scenarioNegated.has(id)) score -= 5;
    // A feature the recommendation lacks counts against the option, unless the option's own service has it (that is said once,
    // above), or it is the API's own, beside another service in front of it ("a Regional endpoint, with CloudFront in front").
    else if (supported && !supported.includes(winner)) score -= services.some((s) => supported.includes(s)) || belongsToApi(supported) ? 0 : 4;
    else if (!featuresOnly) score -= ctx.lean ? 2 : 1;
    // With several answers asked for, the other part of a two-part design is one of them.
    if (ctx.pick > 1 && apiInScenario && (c.completes ?? []).some((x) => ctx.deciding.has(x))) score += THRESHOLD;
    // An option that cannot meet a need of the scenario is wrong ("edge-optimized" when the timeout must be raised).
    // Unless another part of the option meets that need ("a Regional endpoint with your own CloudFront distribution"): the API
    // whose endpoint it is does not ("an edge-optimized REST API" cannot raise its timeout though a REST API can).
    const apiFeature = supported !== undefined && supported.every((s) => API_GATEWAY_TYPES.includes(s));
    if ((c.excludes ?? []).some((x) => scenarioPositive.has(x) && !services.some((s) => !(apiFeature && API_GATEWAY_TYPES.includes(s)) && concept(x).supportedBy?.includes(s)))) score -= 6;
    // An option that names a service and a feature that service lacks is false ("an HTTP API with usage plans"); a
    // feature of the recommendation beside another kind of service belongs to the API it is added to ("a Regional
    // endpoint with your own CloudFront distribution in front of it").
    const ownerNamed = services.some((s) => API_GATEWAY_TYPES.includes(s)) || (!supported?.includes(winner) && !belongsToApi(supported));
    if (supported && services.length > 0 && !services.some((s) => supported.includes(s)) && ownerNamed && c.weight === 'strong') score -= 8;
    if (supported) implied = (implied ?? [...supported]).filter((s) => supported.includes(s));
    // An option that claims two things that cannot go together ("a private endpoint for the worldwide API") is false.
    if ((c.excludes ?? []).some((x) => features.includes(x))) score -= 12;
  }
  // Asked to change one part, an option that changes every part at once does more than asked (an account-level quota limits every method).
  if (ONE_PART.test(ctx.scenario) && EVERY_PART.test(option.text)) score -= 6;
  // In a question about one service's statements, an absolute claim ("unlimited", "only through …") is the usual trap.
  if (ctx.subject && ABSOLUTE.test(option.text)) score -= 3;
  // An option stating something the fact sheet says is false is wrong ("turn on HTTPS for the S3 website endpoint");
  // one stating what it says is true of the recommendation gains a little.
  // A bare value ("3,600 seconds") states something only together with the question ("What is the maximum time-to-live?").
  const statement = wordCount(option.text) <= BARE_VALUE_WORDS && /\d/.test(option.text) ? `${ctx.asked} ${option.text}` : withTopic(option.text, ctx.asked);
  const stated = ctx.subject ? [] : claimsIn(normalize(statement), typed.length === 1 ? typed[0]! : winner, { aboutSubjectOnly: true, asked: ctx.scenario });
  if (stated.includes(false)) {
    score -= 8;
    ctx.statesFalse.add(option.letter);
  }
  // A statement that names no service of its own and that the fact sheet holds true of the recommendation answers a question about it.
  else if (stated.length > 0) score += services.length === 0 ? THRESHOLD : 3;
  // "Which TWO workloads are best matched to a WebSocket API?": an option fits when the rule, reading it alone, reaches the subject.
  // When the option alone settles nothing, its features are weighed as usual.
  const fits = ctx.subject && ctx.workloads ? ctx.workloads(option.text) : null;
  if (fits) return { score: fits === winner ? 8 : -6, services: [fits] };
  // A statement the fact sheet settles decides, whatever features it names.
  const claims = ctx.subject ? claimsIn(normalize(withTopic(option.text, ctx.asked)), winner, { asked: ctx.scenario }) : [];
  if (claims.length > 0) {
    const holds = claims.every(Boolean);
    if (ctx.absent) return { score: holds ? -4 : 6, services };
    return { score: holds ? Math.max(score, 0) + 6 : Math.min(score, 0) - 8, services };
  }
  // "They cannot cache responses": a statement that the subject lacks what it names holds when the subject does lack it. It answers
  // a question about what the subject lacks or which statements hold, never one about what it offers.
  if (ctx.subject && statesLack(normalize(option.text), (words) => servicesNamed(words).includes(winner))) {
    const lacked = [...new Set(findClues(rest).filter((c) => isFeature(c.concept) && concept(c.concept).supportedBy).map((c) => c.concept))];
    const holds = lacked.length > 0 && lacked.every((id) => !concept(id).supportedBy!.includes(winner));
    if (lacked.length > 0) return { score: holds && (ctx.absent || STATEMENTS.test(ctx.asked)) ? 6 : -4, services };
  }
  if (ctx.absent) {
    // "Which are NOT available in HTTP APIs?": an option is right when the service lacks every feature it names.
    const known = features.filter((id) => concept(id).supportedBy);
    // Naming the service itself ("HTTP APIs support caching") is a statement about it; naming another is not.
    // (The Lambda functions behind the API are no other service the statement is about.)
    const foreign = [...names].filter((n) => n !== winner && n !== 'other' && n !== 'api-gateway' && n !== 'lambda');
    if (foreign.length > 0 || known.length === 0) return { score: -4, services };
    const has = known.some((id) => concept(id).supportedBy!.includes(winner));
    return { score: has ? -4 : 6, services: implied ?? [] };
  }
  // Features alone state the recommendation when they meet the scenario's needs, or when the question asks what the service offers.
  const onlyWinner = implied?.length === 1 && implied[0] === winner;
  const relevant = ctx.subject || onlyWinner || features.some((id) => [id, ...(concept(id).answers ?? [])].some((m) => ctx.deciding.has(m) || scenarioPositive.has(m)));
  // Set against the other type, a feature that type has too is no reason to choose this one.
  // (Sign-in is no such feature: each type has its own mechanism, a Cognito authorizer or a native JWT authorizer.)
  if (ctx.rival.length > 0 && featuresOnly && implied?.some((s) => ctx.rival.includes(s)) && !features.includes('user-auth')) score -= 6;
  if (featuresOnly && relevant && implied?.includes(winner)) {
    score += 5;
    // Between the two API types, a feature only the chosen one has states it best.
    const sibling = SIBLING[winner];
    if (sibling && !implied.includes(sibling)) score += 1;
  }
  // The distribution API Gateway manages for an edge-optimized endpoint caches nothing: an option relying on it to cache is false.
  if (features.includes('managed-edge') && features.some((id) => id === 'api-cache' || id === 'edge-cache')) score = Math.min(score, -10);
  // Many restricted files, or links that must stay as they are: signed cookies, not a signed URL per file.
  if (SIGNED_COOKIES_FIT.test(ctx.scenario)) {
    if (/\bsigned urls?\b/.test(normalize(option.text))) score -= 6;
    if (/\bsigned cookies?\b/.test(normalize(option.text))) score += 3;
  }
  // Static pages beside an API: the option that puts them in S3 (behind CloudFront) and the API in front of the code states the whole design.
  if (API_GATEWAY_TYPES.includes(winner) && scenarioPositive.has('static-site') && names.has('s3') && (names.has('api-gateway') || typed.some((t) => API_GATEWAY_TYPES.includes(t)))) score += names.has('cloudfront') ? 6 : 3;
  // API keys and usage plans identify and meter callers; offered as the way to authenticate them, the option is false.
  // Keys handed to each signed-in user are those users' credentials too (auth.api-keys-not-auth: keys identify client apps).
  const keysPerSignIn = SIGNED_IN_PEOPLE.test(option.text);
  if (features.includes('per-client-quota') && !namesAuthMechanism(option.text) && (AUTH_CLAIM.test(rest) || ctx.asksForAuth || keysPerSignIn)) {
    score -= 8;
    // (Nor is it another way to do what a real mechanism does.)
    ctx.statesFalse.add(option.letter);
  }
  // Asked how to authenticate the callers: a real mechanism states the answer, and most the one that fits who the callers are.
  if (ctx.asksForAuth && namesAuthMechanism(option.text)) score += (ctx.asksHowToAuth ? THRESHOLD : 3) + (AUTH_FITS.some(([mechanism, caller]) => mechanism.test(option.text) && ctx.solved.clues.some((c) => c.concept === caller && !c.negated && !c.learned)) ? 3 : 0);
  // A Cognito authorizer validates only its own user pool's tokens (auth.cognito): offered as the one answer for tokens another issuer
  // hands out, it is false. (Among several mechanisms, it may be for other callers.)
  // Nor can a function URL take any auth but AWS_IAM or NONE (int.function-urls): an authorizer, Cognito tokens or API keys on it are false.
  if ((ctx.foreignTokens && ctx.pick === 1 && offersCognitoAuthorizer(option.text)) || authBeyondFunctionUrl(option.text)) {
    score = Math.min(score, 0) - 8;
    ctx.statesFalse.add(option.letter);
  }
  // Offered for what the question asks, an option the facts deny that use ("API keys to control access") is false, whatever it names.
  if (judgeProposal(option.text, ctx.asked)?.truth === 'false') {
    score = Math.min(score, 0) - 8;
    ctx.statesFalse.add(option.letter);
  }
  return { score, services: services.length ? services : (implied ?? []) };
}

/** The lead given to options each read on its own (pairings, ways to invoke): enough to answer, below certainty. */
const READ_ALONE_MARGIN = 3;

/** A question about needs paired with services ("Which TWO pairings are correct?", "Which need is correctly matched to its service?"). */
const PAIRINGS = /\b(?:pairings?|pairs?|paired|mappings?)\b|\b(?:correctly|properly|rightly) (?:matched|mapped)\b|\b(?:matched|mapped) (?:correctly|properly|(?:with|to) (?:the |its |their )?(?:right|correct|appropriate))\b/i;
/** "Need: service", "need — service", "need → service". */
const NEED_THEN_SERVICE = /^(.+?)\s*(?::|\s[—–-]\s|→|->|=>)\s*(.+)$/;
/** "Use service for need", "Use service to do something". */
const USE_FOR = /^\s*use\s+(.+?)\s+(?:for|to)\s+(.+)$/i;

/** An option that pairs a need with a service: the need names none of the rule's services but the one it is paired with, the other part names a service. */
function pairingOf(text: string): { need: string; services: ServiceId[] } | undefined {
  const split = NEED_THEN_SERVICE.exec(text);
  const use = split ? undefined : USE_FOR.exec(text);
  const [need, named] = split ? [split[1]!, split[2]!] : use ? [use[2]!, use[1]!] : [];
  if (!need || !named) return undefined;
  const { names } = namesIn(named);
  const services = servicesOf(names);
  // (A need may name what its own service is, "one GraphQL endpoint: AWS AppSync"; naming another, it is no pairing.)
  if (names.size === 0 || servicesNamed(need).some((s) => !services.includes(s))) return undefined;
  return { need, services };
}

/** A pairing is right when the rule's answer for its need is the service it names, wrong when the rule reaches another. */
function judgePairing(pairing: { need: string; services: ServiceId[] }, recommend: (text: string) => ServiceId | null): { score: number; services: ServiceId[] } {
  const fits = recommend(pairing.need);
  if (!fits) return { score: 0, services: pairing.services };
  return { score: pairing.services.includes(fits) ? 8 : -6, services: pairing.services };
}

/** Asking for a way to invoke a function ("ways to let callers run an AWS Lambda function", "can send HTTPS requests to a Lambda function"). */
const INVOKES_FUNCTION = /\b(?:invok(?:e|es|ing)|call|calls|run|runs|trigger|triggers|reach|reaches|send (?:\S+ ){0,2}requests? to)\s+(?:\S+\s+){0,3}?functions?\b/i;
/** …as something that can be done, not as the best choice for a case. */
const ASKS_ABILITY = /\b(?:can|could|ways?|work|works|possible)\b/i;
const ASKS_BEST = /\b(?:should|best|most|least|recommend\w*|prefer\w*)\b/i;

/**
 * …by callers' requests, as the alternative to API Gateway or over HTTP(S): a function started by
 * events (an upload, a queue, a schedule) has other sources, outside the rule.
 */
const BY_CALLERS = /\bapi gateway\b|\bhttps?\b|\brequests?\b|\b(?:callers?|clients?)\b/i;

/** Whether the question asks which options are ways to invoke a Lambda function. */
function asksForWaysToInvoke(scenario: string): boolean {
  const asked = askedIn(scenario.replace(HOW_MANY, ' '));
  const question = asked.split(/(?<=[.?!])\s+/).pop() ?? '';
  return INVOKES_FUNCTION.test(asked) && BY_CALLERS.test(asked) && /\blambda\b/i.test(scenario) && ASKS_ABILITY.test(asked) && !ASKS_BEST.test(question);
}

/**
 * An option as a way to invoke a Lambda function: the services it names (or the one its features
 * belong to, "a usage plan on the function") must be ones that invoke functions and that the text
 * does not rule out, and have every feature the option gives them.
 */
function asWayToInvoke(option: Option, ctx: Context): { score: number; services: ServiceId[] } {
  const { names, rest } = namesIn(option.text);
  const features = [...new Set(findClues(rest).filter((c) => !c.negated && isFeature(c.concept) && concept(c.concept).weight === 'strong' && concept(c.concept).supportedBy).map((c) => c.concept))];
  const implied = features.reduce<ServiceId[] | undefined>((acc, id) => (acc ?? [...concept(id).supportedBy!]).filter((s) => concept(id).supportedBy!.includes(s)), undefined);
  const services = servicesOf(names).length ? servicesOf(names) : (implied ?? []);
  const ruledOut = ctx.solved.clues.filter((c) => c.negated && IDENTITY[c.concept]).flatMap((c) => IDENTITY[c.concept]!);
  const invokes = (s: ServiceId) => CONTEXT_NEEDS['lambda-mention']!.includes(s) && !ruledOut.includes(s);
  const has = (s: ServiceId) => features.every((id) => concept(id).supportedBy!.includes(s));
  const way = services.length > 0 && services.every((s) => invokes(s) && has(s));
  return { score: way ? 8 : -6, services };
}

const HOW_MANY = /\(?\s*\b(?:choose|select|pick)\s+(?:two|three|four|2|3|4)\b\s*\.?\s*\)?\s*$/i;

/** What the question asks: its question sentence and the sentence before it, where exam stems put the goal ("… wants the MOST secure way to authenticate the job. What should the team do?"). */
function askedIn(scenario: string): string {
  const sentences = scenario.trim().split(/(?<=[.?!])\s+/);
  return sentences.slice(-2).join(' ');
}

/** A question that sets one type against another ("… force the team to move to a REST API?", "… rather than an HTTP API?"). */
const CONTRAST = /\b(?:push|pushes|rule out|rules out|rather than|instead of|instead|compared (?:with|to)|over|force|forces|necessary|required|only by|but not|move to|switch to|migrate to)\b/i;

/** The other API type, when the text names it beside the subject. */
function rivalNamed(subject: ServiceId, scenario: string): ServiceId[] {
  const sibling = SIBLING[subject];
  const named = namesIn(askedIn(scenario)).names;
  // "… point to AWS AppSync rather than Amazon API Gateway?": every type of the other service.
  const others = servicesOf(named).filter((s) => s !== subject && !(named.has('api-gateway') && API_GATEWAY_TYPES.includes(subject) && API_GATEWAY_TYPES.includes(s)));
  if (sibling && namesIn(scenario).names.has(sibling)) others.push(sibling);
  return [...new Set(others)];
}

/** "Which statements about API Gateway API keys are correct?": what the statements are about, beside the service. */
const TOPIC = /\bstatements?\s+(?:about|regarding|on|describing|concerning)\s+((?:\S+\s+){0,9}?\S+)\s+(?:are|is)\b/i;

/** A statement written "They …" or "It …" is about the question's topic ("API keys"), when the topic is more than the service. */
function withTopic(text: string, asked: string): string {
  const m = TOPIC.exec(asked);
  const topic = m ? namesIn(m[1]!).rest.replace(/\b(?:the|an?|its|their|of|in|on|for|and|with)\b/g, ' ').replace(/\s+/g, ' ').trim() : '';
  return topic ? text.replace(/^\s*(?:they|it)\b/i, topic) : text;
}

/** An option this short that holds a number is a value, not a statement of its own. */
const BARE_VALUE_WORDS = 3;

/** The lowest score at which an option states the recommendation. */
const THRESHOLD = 5;

/** With several answers asked for beside static pages, what the rule reaches for the sentences that say nothing of them. */
function besideStatic(solved: Pick<Solution, 'service'>, scenario: string, pick: number, recommend: (text: string) => ServiceId | null): ServiceId | undefined {
  if (solved.service !== 's3-cloudfront' || pick < 2) return undefined;
  const rest = scenario.trim().split(/(?<=[.?!])\s+/).filter((sentence) => !findClues(sentence).some((c) => c.concept === 'static-site'));
  const other = rest.length ? recommend(rest.join(' ')) : null;
  return other && other !== 's3-cloudfront' && other !== 'cloudfront' ? other : undefined;
}

/** Picks the options that state the recommendation, as many as the question asks for; none rather than a guess. */
export function chooseOptions(
  solved: Pick<Solution, 'service' | 'clues' | 'trace'> & { deciding: readonly string[] },
  options: Option[],
  scenario: string,
  /** The rule's answer for a text of its own: each option of a "which workloads suit X?" question is a small scenario. */
  recommend: (text: string) => ServiceId | null = () => null,
): { choices: string[]; pick: number; scored: SolvedOption[]; margin: number; reading?: TraceEntry } {
  const pick = options.length ? picksAsked(scenario, options) : 1;
  if (options.length === 0) return { choices: [], pick, scored: [], margin: 0 };
  const customTokens = needsCustomTokenCheck(scenario);
  const ctx: Context = {
    solved,
    asked: askedIn(scenario),
    areas: new Set(findAreas(scenario).map((hit) => hit.area)),
    pick,
    deciding: new Set(solved.deciding),
    parts: solved.service ? partsOf(solved.service, solved, pick) : new Set(),
    lean: LEAN.test(scenario),
    // "(Choose TWO.)" says how many answers, not what is asked: the goal may be the sentence before the question ("… asks which mechanisms can authenticate the users. Which TWO are valid?").
    asksHowToAuth: ASKS_HOW_TO_AUTH.test(askedIn(scenario.replace(HOW_MANY, ' '))),
    asksForAuth: ASKS_FOR_AUTH.test(askedIn(scenario)) || ASKS_HOW_TO_AUTH.test(askedIn(scenario.replace(HOW_MANY, ' '))),
    statesFalse: new Set(),
    foreignTokens: tokensFromElsewhere(scenario),
    workloads: WORKLOADS.test(askedIn(scenario)) ? recommend : undefined,
    scenario: normalize(scenario),
    needs: needsOf(solved, customTokens ? ['lambda-authorizer'] : []),
    besideStatic: besideStatic(solved, scenario, pick, recommend),
    subject: solved.trace[0]?.step === 'subject',
    rival: solved.trace[0]?.step === 'subject' && solved.service && CONTRAST.test(askedIn(scenario)) ? rivalNamed(solved.service, scenario) : [],
    absent: solved.trace[0]?.step === 'subject' && solved.trace[0].outcome === 'fired' && solved.trace[0].reason.includes(LACKS_MARK),
  };
  // "Which TWO workloads are better served WITHOUT API Gateway?": each option read alone by the rule, and what it reaches must not be the service ruled out.
  const without = WORKLOADS.test(askedIn(scenario)) ? WITHOUT.exec(askedIn(scenario)) : null;
  const ruledOut = without ? servicesNamed(without[1]!) : [];
  if (ruledOut.length > 0) {
    const scored = options.map((o) => {
      const fits = recommend(o.text);
      return { ...o, services: fits ? [fits] : [], score: fits === null ? 0 : ruledOut.includes(fits) ? -6 : 8 };
    });
    const chosen = scored.filter((o) => o.score >= THRESHOLD);
    return { choices: chosen.length === pick ? chosen.map((o) => o.letter) : [], pick, scored, margin: chosen.length === pick ? 6 : 0 };
  }
  // "Which TWO pairings are correct?": each option pairs a need with a service, right when the rule, reading the need alone, reaches that service.
  const paired = PAIRINGS.test(askedIn(scenario)) ? options.map((o) => ({ o, pairing: pairingOf(o.text) })) : [];
  if (paired.length > 0 && paired.every(({ pairing }) => pairing)) {
    const scored = paired.map(({ o, pairing }) => ({ ...o, ...judgePairing(pairing!, recommend) }));
    const right = scored.filter((o) => o.score >= THRESHOLD);
    // (Each option is read on its own, by a few words: a clear answer, never a sure one.)
    const reason = `each option pairs a need with a service, read by what the rule reaches for the need alone: ${scored.map((o) => `${o.letter} ${o.score > 0 ? 'right' : o.score < 0 ? 'another service' : 'not settled'}`).join(' · ')}`;
    if (right.length === pick) return { choices: right.map((o) => o.letter), pick, scored, margin: READ_ALONE_MARGIN, reading: { step: 'pairings', title: 'Each need paired with its service', outcome: 'fired', reason, clues: [] } };
  }
  // "Which THREE options can invoke the function without API Gateway?": each option is a way to reach the function, or not.
  const ways = asksForWaysToInvoke(scenario) ? options.map((o) => ({ ...o, ...asWayToInvoke(o, ctx) })) : [];
  const waysFound = ways.filter((o) => o.score >= THRESHOLD);
  if (waysFound.length === pick) {
    const reason = `the question asks which options can invoke a Lambda function: ${ways.map((o) => `${o.letter} ${o.score > 0 ? 'a way to invoke it' : 'no way to invoke it, or ruled out'}`).join(' · ')}`;
    return { choices: waysFound.map((o) => o.letter), pick, scored: ways, margin: READ_ALONE_MARGIN, reading: { step: 'ways', title: 'Each option as a way to invoke the function', outcome: 'fired', reason, clues: [] } };
  }
  const scored = options.map((o) => ({ ...o, ...scoreOption(o, ctx) }));
  if (scored.length === 0 || !solved.service) return { choices: [], pick, scored, margin: 0 };
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  if (pick === 1 && !ctx.subject && ASKS_FOR_WRONG.test(askedIn(scenario))) {
    // "Which option is NOT appropriate …?": the one option whose services all lack what decided the recommendation.
    const strongNeeds = [...ctx.needs].filter(([id]) => ctx.deciding.has(id) && concept(id).weight === 'strong');
    // A part of the recommendation (CloudFront in S3 + CloudFront) is appropriate.
    // The one option the facts deny the use asked about ("Each is a recommended way to authenticate EXCEPT") is the answer too.
    const denied = scored.filter((o) => ctx.statesFalse.has(o.letter));
    const failing = denied.length === 1 ? denied : scored.filter((o) => o.services.length > 0 && o.services.every((s) => !ctx.parts.has(s) && strongNeeds.some(([, by]) => !by.includes(s))));
    if (failing.length !== 1) return { choices: [], pick, scored, margin: 0 };
    return { choices: [failing[0]!.letter], pick, scored, margin: 6 };
  }
  if (pick > 1 && !ctx.subject && ASKS_TO_ELIMINATE.test(askedIn(scenario))) {
    // The options to eliminate are those that state the recommendation least: the lowest, clearly below the rest.
    const lowest = [...scored].sort((a, b) => a.score - b.score);
    const clear = lowest[pick - 1]!.score < THRESHOLD && lowest[pick - 1]!.score < (lowest[pick]?.score ?? Infinity);
    return { choices: clear ? lowest.slice(0, pick).map((o) => o.letter).sort() : [], pick, scored, margin: 0 };
  }
  if (pick === 1) {
    const best = ranked[0]!;
    const margin = best.score - (ranked[1]?.score ?? 0);
    if (best.score < THRESHOLD || margin === 0) return { choices: [], pick, scored, margin: 0 };
    return { choices: [best.letter], pick, scored, margin };
  }
  // The options the fact sheet states false set aside, as many as asked are left: they are the answer, unless one counts against itself.
  const standing = scored.filter((o) => !ctx.statesFalse.has(o.letter));
  if (ctx.statesFalse.size > 0 && standing.length === pick && standing.every((o) => o.score >= 0)) return { choices: standing.map((o) => o.letter), pick, scored, margin: 0 };
  return { choices: chooseSeveral(scored, ctx, pick), pick, scored, margin: 0 };
}

/**
 * Several answers: one at a time, the option that best states the recommendation and meets the
 * needs the options chosen so far leave open; once every need is met, an option that meets all
 * the first one meets (another way to do the same thing) beats one that meets only some.
 */
function chooseSeveral(scored: SolvedOption[], ctx: Context, pick: number): string[] {
  const coverage = new Map(scored.map((o) => [o.letter, covers(o, ctx)]));
  // What the recommendation itself meets is met already: another option earns nothing for meeting it again.
  const met = new Set([...ctx.needs].filter(([, by]) => by.some((s) => ctx.parts.has(s as Named))).map(([id]) => id));
  const chosen: SolvedOption[] = [];
  while (chosen.length < pick) {
    let best: { option: SolvedOption; value: number } | undefined;
    for (const option of scored) {
      if (chosen.includes(option)) continue;
      // The first letter must state the recommendation itself; the others may complete it.
      if (chosen.length === 0 && option.score < THRESHOLD) continue;
      const meets = coverage.get(option.letter)!;
      const fresh = [...meets].filter((id) => !met.has(id)).length;
      // Another way to do what the first choice does: it meets every need that one meets.
      const first = chosen[0] ? coverage.get(chosen[0].letter)! : undefined;
      // ("An API" is what the scenario is about; another service in front of the API still does the job.)
      const beyondApi = first ? [...first].filter((id) => id !== 'api-context') : [];
      const needed = beyondApi.length ? beyondApi : [...(first ?? [])];
      // Only once every strong need is met: one left open comes before a second way to meet the first.
      const allMet = [...ctx.needs.keys()].every((id) => met.has(id) || concept(id).context || concept(id).weight === 'weak');
      const alternative = allMet && !ctx.statesFalse.has(option.letter) && needed.length > 0 && needed.every((id) => meets.has(id)) ? 6 : 0;
      // API Gateway + Lambda is one of the rule's combinations: with the gateway chosen for serverless code, Lambda runs the code.
      const pair = !ctx.subject && chosen.some((o) => o.services.some((sv) => API_GATEWAY_TYPES.includes(sv))) && ctx.needs.has('lambda-mention') && namesOnly(option.text, 'lambda') ? 4 : 0;
      // Static pages still to be hosted beside an API (or a GraphQL API) are the rule's other combination: S3 stores them and CloudFront delivers them, the API serves the rest.
      const staticPart = !ctx.subject && !/\bs3\b/.test(ctx.scenario) && ctx.solved.service !== null && (API_GATEWAY_TYPES.includes(ctx.solved.service) || ctx.solved.service === 'appsync') && ctx.needs.has('static-site') && (namesOnly(option.text, 's3') || namesOnly(option.text, 'cloudfront')) ? 8 : 0;
      const value = option.score + 4 * fresh + alternative + pair + staticPart;
      if (!best || value > best.value) best = { option, value };
    }
    if (!best || best.value <= 0 || (chosen.length === 0 && best.option.score < THRESHOLD)) break;
    chosen.push(best.option);
    coverage.get(best.option.letter)!.forEach((id) => met.add(id));
  }
  return chosen.map((o) => o.letter).sort();
}
