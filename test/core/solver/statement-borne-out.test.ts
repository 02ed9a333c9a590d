import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());

describe('an option one clause of the facts bears out in other words', () => {
  it('reads a throttle said to be best effort rather than exact as borne out', () => {
    expect(truths('Which TWO statements about throttling are accurate?\nA. Throttle limits and quotas are applied on a best-effort basis, not as exact ceilings.\nB. Requests above a quota are queued until the next period.')).toMatchObject({ A: 'true' });
  });

  it('reads daily, weekly and monthly as the periods a quota counts in', () => {
    expect(truths('Which statements about usage plans are correct?\nA. A request quota per API key can be set to reset daily, weekly or monthly.\nB. Usage plans are free of charge.')).toMatchObject({ A: 'true' });
  });

  it('reads a function URL callable by anyone as a public one', () => {
    expect(truths('Which statements about Lambda function URLs are correct?\nA. Setting the AuthType to NONE leaves the function URL callable by anyone.\nB. Function URLs support usage plans.')).toMatchObject({ A: 'true' });
  });

  it('takes the words of the question\'s subject and of plain telling as said by the clause', () => {
    expect(truths('Which TWO statements about Lambda authorizers are correct?\nA. It runs your function to check custom schemes such as SAML or OAuth bearer tokens.\nB. A Lambda authorizer only accepts Cognito tokens.')).toMatchObject({ A: 'true' });
    expect(truths('Which statements about usage plans are correct?\nA. A usage plan can include several deployed API stages and methods.\nB. Usage plans are free of charge.')).toMatchObject({ A: 'true' });
    expect(truths('Which statements about WebSocket API routes are correct?\nA. A route selection expression that matches no route falls back to $default.\nB. The $connect route receives every message.')).toMatchObject({ A: 'true' });
  });

  it('bears out an option that says nearly all of one clause with a word or two of its own', () => {
    expect(truths('Which TWO statements about Lambda proxy integrations are correct?\nA. The function is handed the whole request: headers, path, query string and body.\nB. Widgets are blue.')).toMatchObject({ A: 'true' });
    expect(truths('Which statements about usage plans are correct?\nA. A usage plan can cap how many requests each API key makes per week.\nB. Widgets are blue.')).toMatchObject({ A: 'true' });
    expect(truths('Which statements about API stages are correct?\nA. Each stage gets its own invoke URL, settings and stage variables.\nB. Widgets are blue.')).toMatchObject({ A: 'true' });
  });

  it('does not bear out an option that adds what the clause does not say', () => {
    expect(truths('Which statements about usage plans are correct?\nA. A request quota per API key can be set to reset hourly, daily or weekly.')).not.toMatchObject({ A: 'true' });
    expect(truths('Which statements about Lambda function URLs are correct?\nA. Setting the AuthType to NONE leaves the function URL callable only by signed IAM principals.')).not.toMatchObject({ A: 'true' });
    expect(truths('Which statements about throttling are accurate?\nA. Throttle limits and quotas are applied on a best-effort basis and reset the stage cache.')).not.toMatchObject({ A: 'true' });
    // (The question's subject is excused only where the statement speaks of it: these policies are not usage plans.)
    expect(truths('Which statements about these resource policies are correct?\nA. They set a weekly request quota for each holder of an API key.\nB. Widgets are blue.')).not.toMatchObject({ A: 'true' });
  });

  it('does not pair one listed item with the description another item has in parentheses', () => {
    expect(truths('Which statements about Lambda function URLs are correct?\nA. Setting the AuthType to AWS_IAM leaves the function URL callable by anyone.\nB. Widgets are blue.')).not.toMatchObject({ A: 'true' });
    expect(truths('Which statements about WebSocket routes are correct?\nA. The $connect route is used when the route selection expression matches no route.\nB. Widgets are blue.')).not.toMatchObject({ A: 'true' });
  });
});
