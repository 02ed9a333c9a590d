import type { FactIndex } from './fact-index.js';
import { normalize } from './text.js';

/*
 * A throttled request is turned away with 429 Too Many Requests (throttle.429): a statement that has
 * throttled or excess calls queued, buffered or held by API Gateway and served later is false.
 */

/** Throttled or excess requests, named as such. */
const THROTTLED = /\b(?:throttled|excess|extra|rejected|over the (?:limit|rate|quota))\b(?: \w+){0,3}? (?:calls?|requests?|traffic|messages?)\b|\b(?:calls?|requests?) (?:over|above|beyond) the (?:throttl\w* )?(?:limit|rate|quota)\b/;
/** Kept to be served later: queued, buffered, held, delivered once traffic drops. */
const KEPT = /\b(?:queu(?:e|ed|es|ing)|buffer(?:s|ed|ing)?|held|holds?|kept|keeps?|stored|retried by api gateway)\b|\b(?:delivered|forwarded|sent|processed|served) (?:later|afterwards|once|when|after)\b/;
const DENIED = /\b(?:not|no|never|cannot|instead of|rather than|isn't|aren't)\b/;

/** The fact that gives throttled callers a 429, when the option has throttled calls kept for later. */
export function throttledKept(index: FactIndex, optionText: string): string | undefined {
  const norm = normalize(optionText);
  // (Not a queue the design adds itself: "excess orders are buffered in an SQS queue".)
  if (!THROTTLED.test(norm) || !KEPT.test(norm) || DENIED.test(norm) || /\b(?:sqs|kinesis|eventbridge|step functions)\b/.test(norm)) return undefined;
  return index.facts.find((f) => /\bthrottled\b[^.;]*\b429\b/.test(normalize(f.statement)))?.id;
}
