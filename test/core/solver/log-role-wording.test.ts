import { describe, expect, it } from 'vitest';
import { remediesNamed } from '../../../src/core/solver/remedies.js';

describe('the CloudWatch log role named without its ARN', () => {
  it('is the step that makes stage logging write anything', () => {
    expect(remediesNamed('Give API Gateway a CloudWatch log role for this Region').map((r) => r.id)).toContain('logs-role');
    expect(remediesNamed('Assign the CloudWatch Logs role in the API Gateway account settings').map((r) => r.id)).toContain('logs-role');
  });
});
