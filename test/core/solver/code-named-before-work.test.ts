import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

// "No code to write" names the code before the work it spares; it is the same wish as "without writing code": nothing between
// the API and the AWS service it feeds.
describe('no code to write or maintain, with the code named first, is the no-glue-code need', () => {
  it('reads "does not want any function code to write" and "no Lambda code to maintain" as no glue code', () => {
    expect(wanted('The developers do not want any Lambda code to maintain for this part.')).toContain('no-glue-code');
    expect(wanted('There should be no function code to write or deploy between the form and the queue.')).toContain('no-glue-code');
  });

  it('keeps a question about feeding a queue from an app with no code of its own within the rule', () => {
    const s = solve("A museum's mobile app sends visitor survey answers that must end up in an Amazon SQS queue, from which a batch job reads them each night. The museum does not want any function code to write or patch for this step. Which approach has the LEAST operational overhead?\nA. A Lambda function URL whose handler calls SendMessage for each answer\nB. An Amazon API Gateway API that integrates directly with SQS for each answer\nC. An EC2 instance with a small web server that forwards answers to the queue\nD. An Amazon CloudFront distribution that has the queue as its origin");
    expect(s.outOfScope).toBeNull();
    expect(s.choices).toEqual(['B']);
  });
});
