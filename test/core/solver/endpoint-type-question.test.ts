import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../../src/core/solver/claims.js';
import { solve } from '../../../src/core/solver/solve.js';
import { withQuestionSubject } from '../../../src/core/solver/pronoun-subject.js';
import { normalize } from '../../../src/core/solver/text.js';

const claimed = (option: string) => claimsIn(normalize(option), null);

describe('a question that asks which endpoint type an API should use', () => {
  it('reads a distribution of one’s own in front of a Regional endpoint as true, and a customisable edge-optimized distribution as false', () => {
    expect(claimed('Use a Regional endpoint as the origin of the team’s own CloudFront distribution')).toEqual([true]);
    expect(claimed('A Regional endpoint behind the company’s CloudFront distribution')).toEqual([true]);
    expect(claimed('Edge-optimized, since the cache behaviours of its managed distribution can be tailored')).toContain(false);
    expect(claimed('Edge-optimized, since the cache behaviours of its managed distribution can be tailored')).not.toContain(true);
    expect(claimed('An edge-optimized endpoint whose CloudFront distribution can be configured by the team')).toEqual([false]);
  });

  it('checks each option against the facts rather than the service its setting words describe', () => {
    const s = solve("A publisher already runs a CloudFront distribution with its own cache policies and a WAF web ACL, and wants to put its Amazon API Gateway API behind it as one more origin. Which endpoint type should the API be given?\nA. Edge-optimized, because the team can customise the behaviours of its managed distribution\nB. A private endpoint, so that CloudFront reaches it through an interface VPC endpoint\nC. Regional, used as an origin of the publisher's own distribution\nD. An HTTP API with an edge-optimized endpoint");
    expect(s.choices).toEqual(['C']);
    expect(s.trace[0]?.step).toBe('facts');
  });
});

describe('statements about one endpoint type, each opening with a pronoun', () => {
  it('reads "they" or "it" as what the question names', () => {
    expect(withQuestionSubject('They keep the API in a single Region', 'Which statement about Regional endpoints is true?')).toBe('Regional endpoints keep the API in a single Region');
    expect(withQuestionSubject('It needs a resource policy', 'Which TWO claims regarding a private REST API are accurate?')).toBe('a private REST API needs a resource policy');
    expect(withQuestionSubject('Regional endpoints reduce connection overhead', 'Which statement about Regional endpoints is true?')).toBe('Regional endpoints reduce connection overhead');
    expect(withQuestionSubject('They cost less', 'Which option should the team choose?')).toBe('They cost less');
  });

  it('refutes a Regional endpoint said to have an API Gateway-owned distribution, to be reachable only from a VPC, or to be copied to many Regions', () => {
    const s = solve("A logistics firm's warehouse servers call its Amazon API Gateway REST API from the same Region, and the team plans to switch the API to the Regional endpoint type. Which statement about Regional endpoints is accurate?\nA. They are served through a CloudFront distribution managed by API Gateway\nB. They fit callers in the API's own Region, and the team may add a CloudFront distribution of its own\nC. They answer only from within a VPC, through an interface VPC endpoint\nD. They replicate the API across several Regions for callers elsewhere");
    expect(s.choices).toEqual(['B']);
  });
});

describe('statements about the payload quota', () => {
  it('refutes the WebSocket message size given for REST or HTTP APIs, and a payload without limit', () => {
    expect(claimsIn(normalize('HTTP APIs accept up to 128 KB, like WebSocket messages'), null)).toContain(false);
    expect(claimsIn(normalize('The request body size is not capped, since the service scales'), null)).toContain(false);
    expect(claimsIn(normalize('WebSocket messages are limited to 128 KB'), null)).not.toContain(false);
    const s = solve('A lab uploads result files of about 6 MB in the body of POST requests to its Amazon API Gateway HTTP API. Which statement about the payload limit is accurate?\nA. HTTP APIs accept at most 128 KB per request, as WebSocket APIs do\nB. Request bodies of any size are accepted, because the service scales\nC. HTTP and REST APIs both accept payloads of up to 10 MB\nD. Only REST APIs accept bodies above 1 MB');
    expect(s.choices).toEqual(['C']);
  });
});
