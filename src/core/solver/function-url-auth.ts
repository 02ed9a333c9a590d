import { normalize } from './text.js';

/*
 * A Lambda function URL has two auth types, AWS_IAM or NONE (int.function-urls): an option that puts
 * an authorizer, Cognito or JWT validation, or API keys on the function URL itself claims what it
 * cannot do. (API Gateway in front of the function, or a check in the function's own code, can.)
 */

const FUNCTION_URL = /\bfunction urls?\b/;
const OTHER_AUTH = /\b(?:authori[sz]ers?|cognito|jwts?|json web tokens?|api keys?|x api key|usage plans?|oauth|oidc|openid connect)\b/;
/** The option sets the function URL aside, puts API Gateway in front, or checks in code. */
const ELSEWHERE = /\b(?:instead of|rather than|replac\w*|in place of|drop\w*|remov\w*|retir\w*)\b[^.?!]*\bfunction urls?\b|\bapi gateway\b|\b(?:rest|http) apis?\b|\b(?:in|inside|within|from) (?:the |its )?(?:function'?s? )?(?:own )?code\b/;

/** The option gives a function URL an auth mechanism beyond AWS_IAM or NONE. */
export function authBeyondFunctionUrl(option: string): boolean {
  const norm = normalize(option);
  return FUNCTION_URL.test(norm) && OTHER_AUTH.test(norm) && !ELSEWHERE.test(norm);
}
