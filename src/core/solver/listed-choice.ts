import { factIndex, sharedWeight, wordsOf, type FactIndex } from './fact-index.js';
import { CAPITAL_LIST, CAPITAL_WORD } from './listed-values.js';
import type { Option } from './types.js';

/*
 * Options that are bare setting values in capitals ("NONE", "AWS_IAM", "COGNITO_USER_POOLS") ask which values a setting
 * takes: the statement clause that lists such values and speaks most of what the question speaks of gives them.
 */

/** An option that is one value in capitals and nothing else. */
const BARE_VALUE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** A question that asks for what is not among them: left to the other readings. */
const ASKS_NOT = /\bNOT\b|\bEXCEPT\b/;

export interface ListedChoice {
  choices: string[];
  /** The clause that lists the values, quoted, and the fact it is from. */
  listed: string;
  fact: string;
}

/** The options a clause lists as the values the question asks about, when they are as many as asked; else undefined. */
export function chooseListedValues(options: readonly Option[], scenario: string, pick: number, index: FactIndex = factIndex()): ListedChoice | undefined {
  const bare = options.filter((o) => BARE_VALUE.test(o.text.trim().replace(/\.$/, '')));
  if (bare.length < Math.max(pick + 1, options.length / 2) || ASKS_NOT.test(scenario)) return undefined;
  const asked = wordsOf(scenario);
  let best: { weight: number; text: string; fact: string } | undefined;
  for (const fact of index.facts) {
    for (const clause of fact.clauses) {
      const text = fact.statement.slice(clause.start, clause.end);
      if (!CAPITAL_LIST.test(text)) continue;
      const weight = sharedWeight(index, asked, clause.stems);
      if (weight > (best?.weight ?? 0)) best = { weight, text: text.trim(), fact: fact.id };
    }
  }
  if (!best) return undefined;
  const values = new Set(best.text.match(CAPITAL_WORD) ?? []);
  const chosen = bare.filter((o) => values.has(o.text.trim().replace(/\.$/, '')));
  return chosen.length === pick ? { choices: chosen.map((o) => o.letter).sort(), listed: best.text, fact: best.fact } : undefined;
}
