import { describe, expect, it } from 'vitest';
import { companyNoun } from '../../../src/core/solver/background.js';
import { findAreas } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';
import { normalize } from '../../../src/core/solver/text.js';

const areas = (text: string) => findAreas(text).map((h) => h.area);

describe('the noun a text calls its company by is who acts, not a need', () => {
  it('finds the noun of the opening phrase that the text uses again', () => {
    expect(companyNoun(normalize("A bakery chain's kiosk supplier posts orders. The chain's team owns one function."))).toBe('chain');
    expect(companyNoun(normalize('A regional pharmacy group runs its shop on EC2. The group wants a cache.'))).toBe('group');
    expect(companyNoun(normalize('A bakery chain runs kiosks. Its developers want a queue.'))).toBeUndefined();
  });

  it('reads no workflow need from "the chain" owning a function, but still from chaining functions', () => {
    expect(areas("A hotel chain's booking engine posts each reservation to an HTTPS address. The chain's single Lambda function stores it.")).not.toContain('step-functions');
    expect(areas('A hotel chain must chain four Lambda functions, retrying each step that fails.')).toContain('step-functions');
  });

  it('gives a webhook for the chain\'s one function its function URL', () => {
    const s = solve(
      "A gym chain's door-access vendor can only POST a JSON event to one public HTTPS URL when a member enters. The chain's one Lambda function verifies the vendor's HMAC header itself. No custom domain, throttling, caching or extra routes are needed, and the chain wants the cheapest, simplest option. What should it use?",
    );
    expect(s.service).toBe('lambda-url');
  });
});
