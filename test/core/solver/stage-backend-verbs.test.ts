import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

/**
 * Stages that each reach their own backend are said with any verb of sending, not only "call" or
 * "point to": "each stage forwards traffic to its own alias", "the beta stage sends requests to a
 * separate function". (Before the fix these wordings gave no stage-variables clue.)
 */
describe('stages that send requests to different backends need stage variables', () => {
  it.each([
    'The beta and live stages of our API should forward traffic to separate Lambda aliases.',
    'Every stage has to send its requests to a different version of one function.',
    'The dev stage must direct calls to the test alias, and prod to the live alias.',
  ])('%s', (text) => {
    expect(wanted(text)).toContain('stage-variables');
  });

  it('picks stage variables among the features', () => {
    const s = solve('A travel site has one Amazon API Gateway REST API with qa and live stages. The qa stage must forward requests to a separate alias of its booking Lambda function from live, and nobody wants to edit the integration by hand for each stage. Which feature should be used?\nA. A usage plan for each stage\nB. Stage variables referenced in the integration\nC. A Lambda authorizer on every method\nD. A canary setting on the live stage');
    expect(s.choices).toEqual(['B']);
  });
});
