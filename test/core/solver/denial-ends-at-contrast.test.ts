import { describe, expect, it } from 'vitest';
import { judgeCapability, readCapabilityClaim } from '../../../src/core/solver/capability-check.js';

const truth = (text: string, subject?: Parameters<typeof judgeCapability>[1]) => judgeCapability(text, subject)?.truth ?? 'unknown';

describe('a denial before a contrast denies nothing named after it', () => {
  it('reads the features named after "but" or "yet" as claimed, not lacked', () => {
    expect(readCapabilityClaim('HTTP APIs do not cost as much per call, but they can use JWT authorizers', 'apigw-http')).toMatchObject({ lacks: false });
    expect(truth('HTTP APIs do not cost as much per call, but they can use JWT authorizers', 'apigw-http')).toBe('true');
    expect(truth('Nothing extra is billed for the calls themselves, yet the private endpoint still needs an interface VPC endpoint', 'apigw-rest')).not.toBe('false');
  });

  it('still reads a denial of a feature named before the contrast, or one the contrast itself denies', () => {
    expect(truth('HTTP APIs offer no response cache, but they are cheaper', 'apigw-http')).toBe('true');
    expect(truth('REST APIs are dearer, but they have no usage plans', 'apigw-rest')).toBe('false');
  });
});
