import { describe, expect, it } from 'vitest';
import { findAreas } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

const areas = (text: string) => findAreas(text).map((h) => h.area);

// A script or job the text then has call the function is the caller: where it runs is the setting, not a need for the
// service that runs scripts on instances.
describe('where the caller runs is no need for the service that runs such things', () => {
  it('reads no Systems Manager need from a script on instances that then invokes the function', () => {
    expect(areas('A clinic runs a weekly script on its Amazon EC2 instances. The script must invoke a Lambda function that builds a report.')).not.toContain('systems-manager');
    expect(areas('The team needs to run the same script on all of its EC2 instances every night.')).toContain('systems-manager');
  });

  it('answers direct invocation for a script on an instance that runs a function with its IAM role', () => {
    const s = solve("A weather bureau runs an hourly script on an Amazon EC2 instance. Once readings are in, the script must run an existing Lambda function that cleans them and wait for its result. The instance role may be given lambda:InvokeFunction, nothing outside the account calls the function, and no HTTPS endpoint is wanted. What is the simplest way for the script to run the function?");
    expect(s.service).toBe('lambda-invoke');
  });
});
