import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const ruledOut = (text: string) => findClues(text).filter((c) => c.negated).map((c) => c.concept);
const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('nobody outside AWS reaching a function', () => {
  it('denies who reaches the function, not the function itself', () => {
    expect(ruledOut('Nobody outside the firm calls the Lambda function.')).not.toContain('lambda-mention');
    expect(ruledOut('The design has no Lambda function.')).toContain('lambda-mention');
  });

  it('reads nobody outside AWS or on the internet needing to reach it as no endpoint', () => {
    expect(wanted('Nobody outside AWS has to call the function.')).toContain('no-endpoint');
    expect(wanted('No one on the public internet will need to reach it.')).toContain('no-endpoint');
    expect(wanted('Nobody outside the VPC should be able to reach the API.')).not.toContain('no-endpoint');
  });

  it('lets a job with an IAM role invoke the function directly', () => {
    const s = solve(
      "A hospital's hourly reconciliation worker runs on AWS Fargate under an IAM task role and has to call a Lambda function that matches invoices, sending it a JSON payload and using the answer in its own code. Nothing outside AWS will ever need to reach the function, and the team wants no extra infrastructure. What should the worker use?",
    );
    expect(s.service).toBe('lambda-invoke');
  });
});
