/** The services the decision rule can recommend, by canonical id. */
export const SERVICE_IDS = [
  'apigw-rest',
  'apigw-http',
  'apigw-websocket',
  'alb',
  'cloudfront',
  's3-cloudfront',
  'appsync',
  'lambda-url',
  'lambda-invoke',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export type Weight = 'strong' | 'weak';

/**
 * A clue concept: one idea (per-client quotas, server push, …) with the many ways people write it.
 * Patterns use a small notation, see pattern.ts.
 */
export interface Concept {
  id: string;
  /** Noun phrase used in explanations: "<service> offers no <label>". */
  label: string;
  weight: Weight;
  patterns: readonly string[];
  /** Plain-word terms matched on stems, so every word form counts (see stems.ts). */
  terms?: readonly string[];
  /** Concepts of one family compete for the same words; the earlier-listed concept keeps them. */
  family?: string;
  /** Words also read as one of these concepts are theirs ("the lowest charge per call" is a cost, not billing clients per call). */
  yieldsTo?: readonly string[];
  /** When the concept is a capability: the services that offer it. */
  supportedBy?: readonly ServiceId[];
  /** Overrides "has no <label>" when explaining why a service lacks this. */
  lacks?: string;
  /** It says what the scenario is about (an API, Lambda code), not what it requires. */
  context?: boolean;
  /** It says what the content is (static pages), which stays true when someone only proposes how to serve it. */
  content?: boolean;
  /** An answer option offering this concept meets these scenario needs too (edge-optimized meets global clients). */
  answers?: readonly string[];
  /** With several answers asked for, an option offering this concept is the other part of a design that meets these needs (a Regional endpoint behind one's own distribution). */
  completes?: readonly string[];
  /** An answer option offering this concept cannot meet these needs (an edge-optimized API cannot raise its timeout). */
  excludes?: readonly string[];
}

/** One place where the text expresses a concept. */
export interface Clue {
  concept: string;
  label: string;
  /** The words of the scenario, as written (including the negation when there is one). */
  quote: string;
  /** The scenario says it does NOT need this. */
  negated: boolean;
  /** Recognised by the trained clause model rather than a written pattern. */
  learned?: boolean;
  start: number;
  end: number;
}

export interface Condition {
  /** Every one of these concepts must be present (not negated). */
  all: readonly string[];
  /** And none of these. */
  none?: readonly string[];
}

/** One step of the ordered decision rule. */
export interface RuleStep {
  id: string;
  title: string;
  /** The service the step concludes, when it fires. The API Gateway step branches instead. */
  service?: ServiceId;
  when: readonly Condition[];
  /** The step cannot conclude when any of these is required. */
  unless?: readonly string[];
  fired: string;
  passed: string;
  /** Explains a block; the blocking clues are appended. */
  blocked: string;
  /** The question that would settle a doubtful conclusion of this step. */
  settle: string;
}

export type Outcome = 'fired' | 'passed' | 'blocked';

export interface TraceEntry {
  step: string;
  title: string;
  outcome: Outcome;
  reason: string;
  /** Quotes of the clues that made the step fire or blocked it. */
  clues: string[];
}

export interface SolvedOption {
  letter: string;
  text: string;
  /** Services the option names or implies. */
  services: ServiceId[];
  score: number;
}

/** The neighbouring service a question is about, when it is outside the decision rule. */
export interface OutOfScope {
  area: string;
  /** "Amazon SQS (a message queue …)": what the question is about. */
  about: string;
  quotes: string[];
}

export interface Solution {
  service: ServiceId | null;
  name: string | null;
  clues: Clue[];
  trace: TraceEntry[];
  rejected: Partial<Record<ServiceId, string>>;
  confidence: number;
  /** The question that would settle the decision, when the text does not. */
  question: string | null;
  /** Set when the question is about a service the rule does not cover: then service and choice are null. */
  outOfScope: OutOfScope | null;
  options: SolvedOption[];
  /** How many options the question asks for ("Choose TWO" is 2). */
  pick: number;
  /** The letters of the options that state the recommendation, as many as the question asks for; empty when none do. */
  choices: string[];
  /** The same letters joined ("A, B"); null when none matches or there are no options. */
  choice: string | null;
  /** Set when some chosen letters are a best guess: what the rule and the facts left unsettled, filled up to the count asked. */
  guess?: BestGuess;
}

/** The letters a lettered answer was filled up with from the ranking of the options nothing settled. */
export interface BestGuess {
  /** The guessed letters, in letter order; the other chosen letters are settled. */
  letters: string[];
  /** What the guess rests on ("C has a higher service score than D (10 against 5)"). */
  basis: string;
  /** Nothing separated the last guessed option from the next: one was drawn by its wording. */
  tie: boolean;
}

/** One lettered option of a question, as written. */
export interface Option {
  letter: string;
  text: string;
}
