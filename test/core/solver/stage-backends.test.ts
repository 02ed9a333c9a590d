import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('stages that call different backends are a need for stage variables', () => {
  it('reads stages calling their own aliases or backends as stage variables', () => {
    expect(wanted('The company wants the beta stage to invoke the beta alias and the prod stage to invoke the prod alias.')).toContain('stage-variables');
    expect(wanted('On its HTTP API, the staging and production stages must reach separate backends.')).toContain('stage-variables');
    expect(wanted('Each stage of the API is deployed by the same pipeline.')).not.toContain('stage-variables');
  });

  it('chooses stage variables over REST-only features when the stages must call different Lambda aliases', () => {
    const s = solve(
      'A bakery chain runs one Amazon API Gateway REST API with a beta stage and a prod stage, and wants its beta and prod stages of that one API to call different aliases of the same AWS Lambda function without changing the integration before each release. What should it use?\nA. A private endpoint for beta and an edge-optimized endpoint for prod\nB. A canary release that moves a share of prod traffic to beta\nC. A stage variable on each stage that names the alias the integration invokes\nD. A usage plan for each stage with its own throttling limits',
    );
    expect(s.choices).toEqual(['C']);
  });
});
