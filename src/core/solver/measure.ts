import { solve } from './solve.js';
import type { Solution } from './types.js';

/*
 * Measuring the solver on written test items: scenarios (a service is right), exam questions
 * (the letters must equal the key) and questions outside the rule (it must abstain and name
 * the area). Pure: the items come in as data.
 */

export type ItemKind = 'scenario' | 'question' | 'multi' | 'out-of-scope';

export interface TestItem {
  id: string;
  kind: ItemKind;
  text: string;
  accept?: string[];
  choice?: string[];
  area?: string;
}

export type Verdict = 'right' | 'wrong' | 'abstained' | 'answered-out-of-scope';

export interface ItemResult {
  id: string;
  kind: ItemKind;
  verdict: Verdict;
  /** What the solver said: a service, letters, or the area it named. */
  got: string;
  expected: string;
  confidence: number;
  /** Out of scope only: whether the area the solver named matches the key's. */
  areaNamed?: boolean;
}

const WORDS_TO_DROP = new Set(['amazon', 'aws', 'the', 'and', 'or', 'of', 'for', 'a', 'an']);
const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter((w) => w && !WORDS_TO_DROP.has(w));

/**
 * Whether a named area matches the key's, loosely, as a reader would: the key's first
 * significant word (the service's own name: "SQS", "Kinesis", "Global") is in the named area,
 * and so are at least half of its words, any word form ("streams" in "streaming").
 */
export function sameArea(named: string, key: string): boolean {
  // "Amazon Simple Email Service (SES)", "AWS Snowball (Snow Family)": the name or what its brackets say.
  const parts = [key.replace(/\([^)]*\)/g, ' '), ...[...key.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!)];
  return parts.some((part) => namesSameArea(named, part));
}

function namesSameArea(named: string, key: string): boolean {
  const have = words(named);
  const want = words(key);
  const found = (w: string) => have.some((h) => h === w || (w.length >= 4 && h.length >= 4 && h.slice(0, 5) === w.slice(0, 5)));
  if (want.length === 0 || !found(want[0]!)) return false;
  return want.filter(found).length * 2 >= want.length;
}

const answered = (s: Solution) => s.service !== null || s.choices.length > 0;

export function judge(item: TestItem, s: Solution): ItemResult {
  const base = { id: item.id, kind: item.kind, confidence: s.confidence };
  if (item.kind === 'out-of-scope') {
    const areaNamed = s.outOfScope ? sameArea(s.outOfScope.about, item.area ?? '') : false;
    const got = answered(s) ? (s.choice ?? s.service ?? '') : s.outOfScope ? `outside: ${s.outOfScope.about}` : 'no answer';
    return { ...base, verdict: answered(s) ? 'answered-out-of-scope' : 'right', got, expected: `outside: ${item.area ?? '?'}`, areaNamed };
  }
  if (item.kind === 'scenario') {
    const got = s.service ?? (s.outOfScope ? `outside: ${s.outOfScope.about}` : 'no answer');
    const verdict: Verdict = !s.service ? 'abstained' : (item.accept ?? []).includes(s.service) ? 'right' : 'wrong';
    return { ...base, verdict, got, expected: (item.accept ?? []).join(' | ') };
  }
  const key = [...(item.choice ?? [])].sort();
  const got = s.choices.length ? s.choices.join(', ') : s.outOfScope ? `outside: ${s.outOfScope.about}` : 'no answer';
  const verdict: Verdict = s.choices.length === 0 ? 'abstained' : s.choices.join(',') === key.join(',') ? 'right' : 'wrong';
  return { ...base, verdict, got, expected: key.join(', ') };
}

export interface Summary {
  items: number;
  right: number;
  wrong: number;
  abstained: number;
  answeredOutOfScope: number;
  /** Out-of-scope items abstained on that also named the right area. */
  areasNamed: number;
  outOfScope: number;
  /** Items the solver answered (gave a service or letters), and of those, right. */
  answered: number;
  answeredRight: number;
  /** Answers at or above 0.8 confidence, and of those, right. */
  confident: number;
  confidentRight: number;
}

export function summarise(results: readonly ItemResult[]): Summary {
  const count = (f: (r: ItemResult) => boolean) => results.filter(f).length;
  const gave = (r: ItemResult) => r.verdict === 'wrong' || r.verdict === 'answered-out-of-scope' || (r.verdict === 'right' && r.kind !== 'out-of-scope');
  const sure = (r: ItemResult) => gave(r) && r.confidence >= 0.8;
  return {
    items: results.length,
    right: count((r) => r.verdict === 'right'),
    wrong: count((r) => r.verdict === 'wrong'),
    abstained: count((r) => r.verdict === 'abstained'),
    answeredOutOfScope: count((r) => r.verdict === 'answered-out-of-scope'),
    areasNamed: count((r) => r.kind === 'out-of-scope' && r.verdict === 'right' && r.areaNamed === true),
    outOfScope: count((r) => r.kind === 'out-of-scope'),
    answered: count(gave),
    answeredRight: count((r) => gave(r) && r.verdict === 'right'),
    confident: count(sure),
    confidentRight: count((r) => sure(r) && r.verdict === 'right'),
  };
}

/**
 * Reads an item written in any of the test formats: a round's item, a scenario with only `text`
 * and `accept`, or a question with `choice` written "B" or "A, B".
 */
export function asTestItem(raw: Record<string, unknown>, index: number, prefix: string): TestItem {
  const choice = typeof raw.choice === 'string' ? raw.choice.split(/[\s,]+/).filter(Boolean) : (raw.choice as string[] | undefined);
  const accept = raw.accept as string[] | undefined;
  const kind = (raw.kind as ItemKind | undefined) ?? (accept ? 'scenario' : choice && choice.length > 1 ? 'multi' : 'question');
  return { id: (raw.id as string | undefined) ?? `${prefix}-${String(index + 1).padStart(2, '0')}`, kind, text: String(raw.text), accept, choice, area: raw.area as string | undefined };
}

/** Runs the solver on every item. */
export function measure(items: readonly TestItem[]): ItemResult[] {
  return items.map((item) => judge(item, solve(item.text)));
}

const percent = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** One line of figures: accuracy on all items, on the answered ones, and the calibration of confident answers. */
export function summaryLine(s: Summary): string {
  return [
    `${s.right}/${s.items} right (${percent(s.right, s.items)})`,
    `wrong ${s.wrong}, abstained when it should answer ${s.abstained}, answered when it should abstain ${s.answeredOutOfScope}`,
    `out of scope: ${s.outOfScope - s.answeredOutOfScope}/${s.outOfScope} abstained, ${s.areasNamed} named the area`,
    `answered ${s.answered}, right ${s.answeredRight} (${percent(s.answeredRight, s.answered)})`,
    `confidence ≥ 0.8: ${s.confidentRight}/${s.confident} right (${percent(s.confidentRight, s.confident)})`,
  ].join('; ');
}
