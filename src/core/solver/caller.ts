import type { Span } from './pattern.js';

/*
 * The caller of the function or API: what the text names and then has call it ("runs a nightly script on an EC2
 * instance … the script must run the Lambda function"). Where the caller runs is the setting, not a need for the
 * service that would run such things.
 */

/** Nouns for something that calls: a script, a job, an app, a server. */
const CALLER = String.raw`(?:scripts?|jobs?|programs?|apps?|applications?|tools?|servers?|workers?|processes|process|daemons?)`;

/** Later, the same caller calls the function or the API ("the script must run an existing Lambda function", "for the job to invoke the API"). */
const calls = (noun: string) =>
  new RegExp(String.raw`(?<![a-z0-9])(?:the|this|that|its|for the)\s+(?:[a-z]+\s+){0,2}?${noun}\s+(?:(?:must|should|will|would|can|has to|have to|needs? to|wants? to|to)\s+)?(?:call|calls|invoke|invokes|run|runs|trigger|triggers|start|starts|reach|reaches)\s+(?:[a-z:]+\s+){0,4}?(?:function|functions|api|apis|endpoint)(?![a-z0-9])`);

/** Whether a span's words name something the text later has call the function or the API: the caller, not a need. */
export function namesTheCaller(norm: string, span: Span): boolean {
  const nouns = norm.slice(span.start, span.end).match(new RegExp(String.raw`(?<![a-z0-9])${CALLER}(?![a-z0-9])`, 'g')) ?? [];
  return nouns.some((noun) => calls(noun.replace(/s$/, '') + 's?').test(norm.slice(span.end)));
}
