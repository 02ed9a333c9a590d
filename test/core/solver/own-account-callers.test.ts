import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('callers in one\'s own AWS account need no account allow list', () => {
  it('reads callers limited to named other accounts as a resource policy, and to one\'s own account as no allow list', () => {
    expect(wanted('Only principals from two partner AWS accounts may call the API.')).toContain('resource-policy');
    expect(wanted('Only roles in the team\'s own AWS account will call it.')).not.toContain('resource-policy');
  });

  it('gives a demo function called only from inside the account, with IAM signing, a function URL', () => {
    const s = solve(
      'Two analysts wrote a Lambda function that classifies support tickets and want an HTTPS address for it so a teammate can show it in a browser demo on Friday. Only callers in the same AWS account as the function will use it, and they sign requests with IAM credentials. No custom domain, quotas, caching or payload mapping are needed, and they want the fewest parts. What should they use?',
    );
    expect(s.service).toBe('lambda-url');
  });
});
