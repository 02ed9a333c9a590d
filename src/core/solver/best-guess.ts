import type { StatementsRead } from './fact-answer.js';
import { withFacts, type FactRanked } from './statement-ranking.js';
import type { Solution, SolvedOption, TraceEntry } from './types.js';

/*
 * A lettered question is answered with as many letters as it asks for: a wrong answer costs no
 * more than none on the exam. The letters the rule or the facts settled stay; the rest are filled
 * from the options left, ranked by what was read of them, and the answer says which letters are
 * a best guess and what the guess rests on. Its confidence stays low.
 */

/** Each option judged against the facts, and whether the question asks which statements hold (then the facts rank first). */
export interface OptionsJudged extends StatementsRead {
  statements: boolean;
}

/** A guess the facts make (they refute every option left out): still a guess. */
const FACTS_CONFIDENCE = 0.5;
/** A guess on a lead in service score or in nearness to a verified fact: each finds the key about two times in five. */
const LEAD_CONFIDENCE = 0.4;
/** A guess on a lead too small to mean much. */
const NEAR_TIE_CONFIDENCE = 0.35;
/** Nothing separates the options: one is drawn by its wording. */
const TIE_CONFIDENCE = 0.3;
/** The leads below which two options are nearly tied: in service score (as for a settled answer), and in nearness to a fact. */
const NEAR_TIE = { score: 3, nearness: 0.1 } as const;

type Ranked = SolvedOption & FactRanked;
type Reading = 'facts' | 'score' | 'nearness';

/** What the facts say: one they refute comes last; in a question about statements, one they bear out comes first. */
const factsOf = (o: Ranked, statements: boolean) => (statements ? o.standing : Math.min(o.standing, 1));
/** How near an option comes to a verified clause: one the facts bear out is nearest. */
const nearnessOf = (o: Ranked) => (o.standing === 2 ? 1 : o.close);
const valueOf = (reading: Reading, o: Ranked, statements: boolean) => (reading === 'facts' ? factsOf(o, statements) : reading === 'score' ? o.score : nearnessOf(o));

/**
 * The order the options left are ranked in: in a question about statements, as the statements are
 * ranked (the facts, then nearness to a verified clause, then the service scores); otherwise the
 * service scores first, the facts refuting an option putting it last, and nearness to a verified
 * clause breaking the scores' ties. Among options nothing separates, a draw fixed by each option's
 * wording decides: never its letter, which an exam writer may have put the key at.
 */
const ORDER: Record<'statements' | 'services', readonly Reading[]> = { statements: ['facts', 'nearness', 'score'], services: ['facts', 'score', 'nearness'] };

const RANKED_BY = {
  statements: 'by what the facts say of each, then by how near each comes to a verified fact, then by service score',
  services: 'by service score, an option the facts settle against the question last, and by how near each comes to a verified fact where the scores tie',
} as const;

/** What the facts do to an option settled against the question, and to one settled as it asks: refute it, unless it asks what does not hold. */
const settles = (wantsFalse: boolean) => (wantsFalse ? { against: 'bear out', asAsked: 'refute' } : { against: 'refute', asAsked: 'bear out' });

const listed = (letters: readonly string[]) => (letters.length > 1 ? `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}` : (letters[0] ?? ''));
const verb = (letters: readonly string[], one: string, many: string) => `${listed(letters)} ${letters.length > 1 ? many : one}`;
const rounded = (n: number) => String(Math.round(n * 100) / 100);

/** A number fixed by an option's wording (FNV-1a), so a tie is settled the same way wherever the option stands. */
function drawOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Why the last option guessed comes before the next one, and how much that is worth. */
function lead(last: Ranked, next: Ranked, left: readonly Ranked[], reading: Reading | undefined, { statements, wantsFalse }: OptionsJudged, why: (o: Ranked) => string): { basis: string; confidence: number } {
  if (!reading) {
    const tied = left.filter((o) => ORDER.services.every((r) => valueOf(r, o, statements) === valueOf(r, last, statements))).map((o) => o.letter).sort();
    return { basis: `nothing separates ${listed(tied)}: a tie, and ${last.letter} is drawn`, confidence: TIE_CONFIDENCE };
  }
  if (reading === 'facts') {
    const refuted = left.filter((o) => o.standing === 0).map((o) => o.letter);
    const { against, asAsked } = settles(wantsFalse);
    const basis = next.standing === 0 ? `the facts ${against} the options left out (${listed(refuted)})` : `the facts ${asAsked} ${last.letter}, not ${next.letter}`;
    return { basis, confidence: FACTS_CONFIDENCE };
  }
  if (reading === 'score') {
    const near = last.score - next.score < NEAR_TIE.score;
    return { basis: `${last.letter} has a higher service score than ${next.letter} (${last.score} against ${next.score})`, confidence: near ? NEAR_TIE_CONFIDENCE : LEAD_CONFIDENCE };
  }
  const scoresTie = statements ? '' : `the service scores tie ${last.letter} and ${next.letter} at ${last.score}, and `;
  const near = nearnessOf(last) - nearnessOf(next) < NEAR_TIE.nearness;
  const against = `${rounded(Math.abs(nearnessOf(last)))} against ${rounded(Math.abs(nearnessOf(next)))}`;
  // (Asked which does not hold, the one farthest from any verified clause comes first: a false statement is seldom close to a fact.)
  const how = wantsFalse ? `is farther from any verified fact than ${next.letter} (${against})` : `comes nearer a verified fact than ${next.letter} (${against}${why(last)})`;
  return { basis: `${scoresTie}${last.letter} ${how}`, confidence: near ? NEAR_TIE_CONFIDENCE : LEAD_CONFIDENCE };
}

/** Fills a lettered answer up to the count the question asks for; an answer outside the rule, or already full, is kept. */
export function withBestGuess(s: Solution, judge: () => OptionsJudged): Solution {
  const missing = s.pick - s.choices.length;
  if (s.options.length === 0 || s.outOfScope || missing <= 0) return s;
  const judged = judge();
  const { judgements, wantsFalse, statements } = judged;
  const order = ORDER[statements ? 'statements' : 'services'];
  const compare = (a: Ranked, b: Ranked) => {
    for (const reading of order) {
      const d = valueOf(reading, b, statements) - valueOf(reading, a, statements);
      if (d !== 0) return d;
    }
    return drawOf(a.text) - drawOf(b.text);
  };
  const left = withFacts(s.options.filter((o) => !s.choices.includes(o.letter)), judgements, wantsFalse).sort(compare);
  const guessed = left.slice(0, missing);
  const last = guessed.at(-1)!;
  // (The question asks for fewer letters than it has options, so one is always left over.)
  const next = left[missing]!;
  const deciding = order.find((reading) => valueOf(reading, last, statements) !== valueOf(reading, next, statements));
  const closest = (o: Ranked) => {
    const j = judgements.get(o.letter);
    return j?.truth === 'unknown' && j.strength > 0 ? `; ${j.why}` : '';
  };
  const { basis: told, confidence } = lead(last, next, left, deciding, judged, closest);
  // Options that would have come first but for the facts: the guess rests on their refutation too.
  const refuted = deciding === 'facts' ? [] : left.slice(missing).filter((o) => factsOf(o, statements) < factsOf(last, statements) && o.score > last.score);
  const basis = refuted.length ? `${told}; the facts ${settles(wantsFalse).against} ${listed(refuted.map((o) => o.letter))}, which ${refuted.length > 1 ? 'score' : 'scores'} higher` : told;
  const letters = guessed.map((o) => o.letter).sort();
  const choices = [...s.choices, ...letters].sort();
  const settled = s.choices.length ? `${verb(s.choices, 'is', 'are')} settled above; ` : 'nothing above settles the options; ';
  const first = missing > 1 ? `${listed(guessed.map((o) => o.letter))} rank first of the options left; ` : '';
  const entry: TraceEntry = {
    step: 'guess',
    title: 'Best guess',
    outcome: 'fired',
    reason: `${settled}${verb(letters, 'is', 'are')} a best guess, the options left ranked ${RANKED_BY[statements ? 'statements' : 'services']}: ${first}${basis}`,
    clues: [],
  };
  return {
    ...s,
    trace: [...s.trace, entry],
    confidence: s.choices.length ? Math.min(s.confidence, confidence) : confidence,
    choices,
    choice: choices.join(', '),
    guess: { letters, basis: `${first}${basis}`, tie: !deciding },
  };
}
