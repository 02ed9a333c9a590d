import { describe, expect, it } from 'vitest';
import { withBestGuess, type OptionsJudged } from '../../../src/core/solver/best-guess.js';
import type { Judgement } from '../../../src/core/solver/fact-check.js';
import { answerLines, formatSolution, solutionJson } from '../../../src/core/solver/format.js';
import { solve } from '../../../src/core/solver/solve.js';
import type { Solution } from '../../../src/core/solver/types.js';

const j = (truth: Judgement['truth'], strength = 0): Judgement => ({ truth, strength, why: strength ? 'closest: x.fact ("a verified clause")' : '' });

/** A lettered answer as the readings left it: the scores, the letters they settled, how many the question asks for. */
function unsettled(scores: number[], pick: number, choices: string[] = []): Solution {
  const options = scores.map((score, i) => ({ letter: 'ABCDEF'[i]!, text: `option ${'ABCDEF'[i]}`, services: [], score }));
  return { service: 'apigw-rest', name: 'Amazon API Gateway REST API', clues: [], trace: [], rejected: {}, confidence: 0.75, question: null, outOfScope: null, options, pick, choices, choice: choices.length ? choices.join(', ') : null };
}

const judged = (letters: Record<string, Judgement>, statements = false, wantsFalse = false) => (): OptionsJudged => ({ judgements: new Map(Object.entries(letters)), wantsFalse, statements });
const open = { A: j('unknown'), B: j('unknown'), C: j('unknown'), D: j('unknown') };

describe('a lettered question answered with the count it asks for', () => {
  it('fills a one-answer question nothing settles with the option of the highest service score, labelled a guess', () => {
    const s = withBestGuess(unsettled([1, 8, 2, 0], 1), judged(open));
    expect(s.choices).toEqual(['B']);
    expect(s.choice).toBe('B');
    expect(s.guess).toMatchObject({ letters: ['B'], tie: false });
    expect(s.guess!.basis).toContain('higher service score than C (8 against 2)');
    expect(s.confidence).toBeLessThanOrEqual(0.5);
    expect(s.trace.at(-1)).toMatchObject({ step: 'guess', title: 'Best guess', outcome: 'fired' });
  });

  it('never guesses an option the facts refute while one they leave open is left, whatever its score', () => {
    const s = withBestGuess(unsettled([12, -4, 9, -6], 1), judged({ ...open, A: j('false'), C: j('false') }));
    expect(s.choices).toEqual(['B']);
    expect(s.guess!.basis).toContain('the facts refute');
    // Asked which does not hold, an option the facts bear out is the one set aside.
    const not = withBestGuess(unsettled([12, -4, 9, -6], 1), judged({ ...open, A: j('true'), C: j('true') }, false, true));
    expect(not.choices).toEqual(['B']);
    expect(not.guess!.basis).toContain('the facts bear out A and C, which score higher');
    // With every option refuted, the scores still choose.
    expect(withBestGuess(unsettled([12, -4, 9, -6], 1), judged({ A: j('false'), B: j('false'), C: j('false'), D: j('false') })).choices).toEqual(['A']);
  });

  it('breaks a tie in service score by nearness to a verified fact', () => {
    const s = withBestGuess(unsettled([3, 3, 0, 3], 1), judged({ A: j('unknown', 0.4), B: j('unknown', 0.8), C: j('unknown', 0.95), D: j('unknown', 0.5) }));
    expect(s.choices).toEqual(['B']);
    expect(s.guess!.basis).toContain('B comes nearer a verified fact than D');
    expect(s.guess!.basis).toContain('x.fact');
  });

  it('in a question about statements, ranks by the facts and nearness before the scores, farthest first when it asks what does not hold', () => {
    const near = { A: j('unknown', 0.3), B: j('unknown', 0.9), C: j('unknown', 0.6), D: j('unknown', 0.2) };
    expect(withBestGuess(unsettled([9, 0, 1, 0], 1), judged(near, true)).choices).toEqual(['B']);
    const not = withBestGuess(unsettled([9, 0, 1, 0], 1), judged(near, true, true));
    expect(not.choices).toEqual(['D']);
    expect(not.guess!.basis).toContain('farther from any verified fact');
  });

  it('on a true tie still picks one, drawn by its wording and not its letter, says it is a tie, and is at most 0.3 sure', () => {
    const s = withBestGuess(unsettled([0, 0, 0, 0], 1), judged(open));
    expect(s.choices).toHaveLength(1);
    expect(s.guess!.tie).toBe(true);
    expect(s.guess!.basis).toMatch(/^nothing separates A, B, C and D: a tie, and [A-D] is drawn/);
    expect(s.confidence).toBeLessThanOrEqual(0.3);
    // The same four options in another order: the option drawn is the same wording under another letter.
    const drawn = s.options.find((o) => o.letter === s.choices[0])!.text;
    const texts = s.options.map((o) => o.text);
    for (const order of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
      const moved = unsettled([0, 0, 0, 0], 1);
      moved.options = moved.options.map((o, i) => ({ ...o, text: texts[order[i]!]! }));
      const t = withBestGuess(moved, judged(open));
      expect(t.options.find((o) => o.letter === t.choices[0])!.text).toBe(drawn);
    }
  });

  it('keeps the settled letters of a multiple-response answer and fills the rest, saying which is which', () => {
    const s = withBestGuess(unsettled([10, 0, 4, 0, 6], 3, ['A']), judged({ ...open, E: j('unknown') }));
    expect(s.choices).toEqual(['A', 'C', 'E']);
    expect(s.guess!.letters).toEqual(['C', 'E']);
    expect(s.confidence).toBeLessThanOrEqual(0.5);
    expect(answerLines(s)[0]).toBe('Answer: A, C, E (A settled; C, E a best guess)');
    expect(s.trace.at(-1)!.reason).toMatch(/^A is settled above; C and E are a best guess/);
  });

  it('leaves a full answer, an answer outside the rule and a scenario without options as they are, without asking the facts', () => {
    const never = () => {
      throw new Error('not asked');
    };
    const full = unsettled([10, 0, 0, 0], 1, ['A']);
    expect(withBestGuess(full, never)).toBe(full);
    const outside = { ...unsettled([0, 0, 0, 0], 1), service: null, outOfScope: { area: 'ses', about: 'Amazon SES', quotes: [] } };
    expect(withBestGuess(outside, never)).toBe(outside);
    const scenario = { ...unsettled([], 1), options: [] };
    expect(withBestGuess(scenario, never)).toBe(scenario);
  });
});

describe('solving a pasted question the facts and the rule do not settle', () => {
  const vague = [
    'A bakery chain publishes its ordering backend through Amazon API Gateway. Before a busy holiday weekend, the operations lead asks which single change the team should make first.',
    'A. Rename the API so that it matches the brand',
    'B. Hold a short review of the deployment checklist',
    'C. Move the documentation to a new wiki page',
    'D. Ask each store manager to list their concerns',
  ].join('\n');

  it('answers a plain question with one letter, the answer line first and the guess label under it', () => {
    const s = solve(vague);
    expect(s.choices).toHaveLength(1);
    expect(s.guess?.letters).toEqual(s.choices);
    expect(s.confidence).toBeLessThanOrEqual(0.5);
    const lines = formatSolution(s).split('\n');
    expect(lines[1]).toMatch(/^Answer: [A-D]\. /);
    expect(lines[2]).toMatch(/^ {2}Best guess.*, not settled: /);
    expect(solutionJson(s).guess).toEqual(s.guess);
  });

  it('answers a Choose THREE with three letters when the readings settle only one', () => {
    const s = solve(
      [
        'A logistics firm is moving its parcel-tracking API from an Amazon API Gateway HTTP API to a REST API. Which THREE things will the move let the firm turn on? (Choose THREE.)',
        'A. A cache of responses kept on the stage',
        'B. A native JWT authorizer',
        'C. Automatic deployment of every change',
        'D. A private endpoint reachable only from its VPCs',
        'E. Custom domain names',
        'F. Request validation against a model',
      ].join('\n'),
    );
    expect(s.choices).toHaveLength(3);
    expect(s.guess?.letters).toHaveLength(2);
    const settled = s.choices.filter((l) => !s.guess!.letters.includes(l));
    expect(settled).toHaveLength(1);
    expect(answerLines(s)[0]).toContain(`(${settled[0]} settled; ${s.guess!.letters.join(', ')} a best guess)`);
  });

  it('still abstains on a question outside the rule', () => {
    const s = solve(
      [
        'A retailer wants to send order-confirmation emails to its customers and track bounces and complaints. Which AWS service should it use?',
        'A. Amazon Simple Email Service (Amazon SES)',
        'B. An Amazon API Gateway REST API',
        'C. A Lambda function URL',
        'D. An Application Load Balancer',
      ].join('\n'),
    );
    expect(s.outOfScope).not.toBeNull();
    expect(s.service).toBeNull();
    expect(s.choice).toBeNull();
    expect(s.choices).toEqual([]);
    expect(s.guess).toBeUndefined();
  });
});
