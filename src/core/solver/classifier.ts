/*
 * A small multinomial naive Bayes model over clause features (clauses.ts), trained at build
 * time on labelled clauses (see training.ts). It recognises what a clause asks for when the
 * written clue patterns do not: the rule still decides, and the trace says which clues came
 * from the model.
 */

export interface LabelledClause {
  features: string[];
  label: string;
  /** How much the example counts (1 by default): clauses labelled by hand teach more than those labelled by patterns. */
  weight?: number;
}

/** The trained model: per label the log-probability of an unseen feature, per feature its seen labels. Every label is equally likely before a clause is read (a rare need is not a less likely one). */
export interface ClauseModel {
  labels: string[];
  /** log P(unseen feature | label), one per label. */
  unseen: number[];
  /** feature → [label index, log P(feature | label)] for the labels it was seen with. */
  features: Record<string, [number, number][]>;
}

export const NONE = 'none';

const round = (x: number) => Math.round(x * 100) / 100;

/** Features seen less than this often (summed weights) are left out: they say little and make the model big. */
const MIN_COUNT = 6;

export function train(examples: readonly LabelledClause[], { minCount = MIN_COUNT, smoothing = 0.5 } = {}): ClauseModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const totals = labels.map(() => 0);
  const counts = new Map<string, Map<number, number>>();
  for (const e of examples) {
    const li = index.get(e.label)!;
    const w = e.weight ?? 1;
    for (const f of e.features) {
      totals[li]! += w;
      const row = counts.get(f) ?? new Map<number, number>();
      row.set(li, (row.get(li) ?? 0) + w);
      counts.set(f, row);
    }
  }
  const vocabulary = counts.size;
  const denominators = totals.map((t) => Math.log(t + smoothing * vocabulary));
  const features: ClauseModel['features'] = {};
  for (const [f, row] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if ([...row.values()].reduce((sum, n) => sum + n, 0) < minCount) continue;
    features[f] = [...row].sort(([a], [b]) => a - b).map(([li, n]) => [li, round(Math.log(n + smoothing) - denominators[li]!)]);
  }
  return {
    labels,
    unseen: denominators.map((d) => round(Math.log(smoothing) - d)),
    features,
  };
}

/**
 * The model as it is shipped: the feature names in one string and the log-probabilities,
 * quantised to a tenth, in base64. Loading it builds no object per entry, which keeps a
 * one-off `solve` quick to start.
 */
export interface PackedModel {
  labels: string[];
  unseen: number[];
  /** Feature names, one per line. */
  names: string;
  /** Base64: per feature, how many labels it was seen with (one byte each). */
  rows: string;
  /** Base64: per entry, the label index and -10 × log P(feature | label), one byte each. */
  entries: string;
}

const QUANTUM = 10;

export function pack(model: ClauseModel): PackedModel {
  const names = Object.keys(model.features);
  const rows = names.map((f) => model.features[f]!.length);
  const entries = names.flatMap((f) => model.features[f]!.flatMap(([li, logp]) => [li, Math.min(255, Math.round(-logp * QUANTUM))]));
  return { labels: model.labels, unseen: model.unseen, names: names.join('\n'), rows: base64Of(rows), entries: base64Of(entries) };
}

function base64Of(bytes: readonly number[]): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** What classifying needs from a model: its labels and each feature's log-probabilities by label. */
export interface ModelView {
  labels: readonly string[];
  unseen: readonly number[];
  /** The [label index, log P] pairs of a known feature; undefined for an unknown one. */
  seen(feature: string): ReadonlyMap<number, number> | undefined;
}

export function viewOf(model: ClauseModel): ModelView {
  const rows = new Map(Object.entries(model.features).map(([f, row]) => [f, new Map(row)]));
  return { labels: model.labels, unseen: model.unseen, seen: (f) => rows.get(f) };
}

export function unpack(packed: PackedModel): ModelView {
  const names = packed.names.split('\n');
  const counts = base64Bytes(packed.rows);
  const entries = base64Bytes(packed.entries);
  const start = new Map<string, number>();
  let at = 0;
  names.forEach((name, i) => {
    start.set(name, at);
    at += counts[i]!;
  });
  const index = new Map(names.map((name, i) => [name, i]));
  const cache = new Map<string, Map<number, number>>();
  return {
    labels: packed.labels,
    unseen: packed.unseen,
    seen(feature) {
      const i = index.get(feature);
      if (i === undefined) return undefined;
      let row = cache.get(feature);
      if (!row) {
        row = new Map();
        const from = start.get(feature)!;
        for (let k = from; k < from + counts[i]!; k++) row.set(entries[2 * k]!, -entries[2 * k + 1]! / QUANTUM);
        cache.set(feature, row);
      }
      return row;
    },
  };
}

function base64Bytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export interface Prediction {
  label: string;
  /** Posterior probability among the labels (all equally likely beforehand), given the clause's known features. */
  probability: number;
  /** The clause's features that point most to the label. */
  evidence: string[];
}

/** The most likely label of a clause. Features the model never saw are left out. */
/** The share of a clause's words the model must have seen before it reads the clause. */
export const MIN_KNOWN_WORDS = 0.25;

export function classify(model: ModelView, features: readonly string[]): Prediction | undefined {
  const known = features.map((f) => [f, model.seen(f)] as const).filter((k): k is readonly [string, ReadonlyMap<number, number>] => k[1] !== undefined);
  if (known.length === 0) return undefined;
  // Text mostly of words the model never saw (random characters, a pasted log) tells it nothing.
  const words = (list: readonly string[]) => list.filter((f) => !f.includes(' ')).length;
  if (words(known.map(([f]) => f)) < words(features) * MIN_KNOWN_WORDS) return undefined;
  const scores = model.labels.map(() => 0);
  for (const [, seen] of known) for (let li = 0; li < scores.length; li++) scores[li]! += seen.get(li) ?? model.unseen[li]!;
  let best = 0;
  for (let li = 1; li < scores.length; li++) if (scores[li]! > scores[best]!) best = li;
  const max = scores[best]!;
  const total = scores.reduce((sum, s) => sum + Math.exp(s - max), 0);
  // The evidence: features far likelier under the label than under any other.
  const margin = (seen: ReadonlyMap<number, number>) => {
    const logp = (li: number) => seen.get(li) ?? model.unseen[li]!;
    let other = -Infinity;
    for (let li = 0; li < scores.length; li++) if (li !== best) other = Math.max(other, logp(li));
    return logp(best) - other;
  };
  const evidence = known.map(([f, seen]) => [f, margin(seen)] as const).filter(([, m]) => m > 0).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f]) => f);
  return { label: model.labels[best]!, probability: 1 / total, evidence };
}
