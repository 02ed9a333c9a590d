import { stemText } from './stems.js';
import { CLAUSE_PUNCTUATION, normalize } from './text.js';

/*
 * Clauses: the unit the trained clue model reads. A scenario is split at sentence ends, at
 * semicolons and colons, and before a conjunction that starts a new clause (", and", ", but",
 * "while", "so that"), so each clause says about one thing.
 */

export interface Clause {
  start: number;
  end: number;
  /** The clause's features: its content stems and each pair of neighbouring stems. */
  features: string[];
}

const BOUNDARY = new RegExp(String.raw`(?:${CLAUSE_PUNCTUATION}|[:\n])+|,\s*(?=(?:and|but|while|whereas|so|yet|because|although|though|which|where|when|plus)\b)|\s(?=(?:but|while|whereas|although|because|so that|whereas)\s)`, 'g');

/** Words too common to say anything on their own. */
const STOP = new Set(
  'a an the and or of to in on for with by at from as is are was were be been being it its this that these those their there they them we our us you your i he she his her which who whom whose what when where why how all any each every some such than then so also just only very can could should would will may might must shall do does did has have had not no nor but if into over about after before while per via up out its'.split(' '),
);

/** The features of a stretch of normalised text: content stems and neighbouring pairs. */
export function featuresOf(norm: string): string[] {
  const stems = stemText(norm).tokens.map((t) => t.stem).filter((s) => s !== '.' && !STOP.has(s) && /^[a-z]/.test(s));
  const features = [...stems];
  for (let i = 1; i < stems.length; i++) features.push(`${stems[i - 1]} ${stems[i]}`);
  return features;
}

/** Splits a text into clauses with their offsets and features. */
export function clausesOf(text: string): Clause[] {
  const norm = normalize(text);
  const clauses: Clause[] = [];
  let start = 0;
  const cut = (end: number) => {
    const slice = norm.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body) clauses.push({ start: start + lead, end: start + lead + body.length, features: featuresOf(body) });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(norm); m; m = BOUNDARY.exec(norm)) {
    cut(m.index);
    start = m.index + m[0].length;
  }
  cut(norm.length);
  return clauses.filter((c) => c.features.length > 0);
}
