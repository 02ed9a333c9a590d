import { describe, expect, it } from 'vitest';
import { judgeCapability } from '../../../src/core/solver/capability-check.js';

const truth = (text: string) => judgeCapability(text)?.truth ?? 'unknown';

describe('a feature narrowed by "only" after it is more than the capability table knows', () => {
  it('does not bear out a feature the subject has when the option narrows where or how it works', () => {
    expect(truth('REST APIs write their execution logs only into an Amazon S3 bucket')).not.toBe('true');
    expect(truth('A REST API can use a stage cache solely for GET methods of the prod stage')).not.toBe('true');
  });

  it('still bears out the feature said plainly, and still reads "only" about the API types', () => {
    expect(truth('REST APIs can write execution logs to CloudWatch Logs')).toBe('true');
    expect(truth('AWS WAF web ACLs can be associated only with REST APIs')).toBe('true');
  });
});
