import { findClues } from './clues.js';
import { normalize } from './text.js';

/*
 * Whose tokens the callers present. A Cognito user pool authorizer validates the tokens of its own
 * user pool only (auth.cognito); tokens issued by anything else (a company's own identity
 * provider, a SAML broker, a legacy login system) need code that checks them, a Lambda authorizer
 * (auth.lambda-authorizer). A stem that says so refutes the option that offers a Cognito authorizer.
 */

/** Tokens said to come from an issuer ("bearer tokens issued by the agency's identity broker", "tokens minted by its legacy login system"). */
const ISSUED = /\btokens?\b[^.?!]{0,60}?\b(?:issued|minted|signed|generated|granted|provided|handed out|created) by\b([^.?!]*)/;
/** The same said of the issuer ("its SAML-based identity system, which issues bearer tokens"). */
const ISSUES = /([^.?!]{0,80}?),? (?:which|that) (?:issues|mints|signs|generates|hands out|creates) (?:\w+ )?tokens?\b/;
/** Callers said to be outside Cognito ("are not in an Amazon Cognito user pool", "do not use Amazon Cognito", "neither a Cognito user pool nor …"). */
const OUTSIDE_COGNITO = /\b(?:not|never|no longer)\b(?: \w+){0,3} (?:in|part of|members? of|registered (?:in|with)|stored in|using|use|through|from) (?:an? |the |any )?(?:amazon )?cognito\b|\b(?:without|neither|not) (?:an? )?(?:amazon )?cognito\b|\bno (?:amazon )?cognito\b/;
/** Tokens only another system can check ("a custom token that only the schools' own system can verify"): some callers need a Lambda authorizer. */
const ONLY_ELSEWHERE_CHECKS = /\btokens?\b[^.?!]{0,30}?\b(?:that|which) only\b[^.?!]{0,50}?\b(?:can|could|is able to) (?:verify|validate|check|read|decode)\b/;

/** Users who sign in or log in (to an app, a site): a user pool's job. */
const SIGN_IN = /\b(?:sign|signs|signed|signing|log|logs|logged|logging) (?:in|on)\b/;

/** Social identity providers a Cognito user pool signs users in through. */
const SOCIAL = /\b(?:google|facebook|apple|social|login with amazon)\b/;

/** The stem says the callers' tokens come from an issuer that is not an Amazon Cognito user pool. */
export function tokensFromElsewhere(scenario: string): boolean {
  const norm = normalize(scenario);
  if (OUTSIDE_COGNITO.test(norm)) return true;
  // (Cognito named anywhere else in the stem may be the issuer: "federated into a Cognito user pool".)
  if (/\bcognito\b/.test(norm)) return false;
  // Callers who sign in through a system of the company's own ("through its SAML-based identity system") hold that system's tokens.
  const signIn = SIGN_IN_THROUGH.exec(norm);
  if (signIn) return foreignIssuer(signIn[1]!);
  // (Other callers who sign in to an app may well be a user pool's: "customers who sign in to its mobile app, and a partner with its own tokens".)
  if (SIGN_IN.test(norm)) return false;
  const issuer = ISSUED.exec(norm)?.[1] ?? ISSUES.exec(norm)?.[1];
  // (Nor a social sign-in, which a user pool federates and then issues tokens of its own.)
  return issuer !== undefined && !SOCIAL.test(issuer);
}

/** Users who sign in through something named ("sign in through the insurer's SAML-based identity system"). */
const SIGN_IN_THROUGH = /\b(?:sign|signs|signed|signing|log|logs|logged|logging) (?:in|on) (?:through|with|via|using|against|at) ([^.?!,;]*)/;

/** An issuer the lambda-authorizer clue names (SAML, a legacy or in-house identity system), not a social provider. */
const foreignIssuer = (words: string) => findClues(words).some((c) => c.concept === 'lambda-authorizer' && !c.negated) && !SOCIAL.test(words);

/** Some callers' tokens need code of one's own to check them (auth.lambda-authorizer): all callers', or one group's beside users who sign in. */
export const needsCustomTokenCheck = (scenario: string): boolean => tokensFromElsewhere(scenario) || ONLY_ELSEWHERE_CHECKS.test(normalize(scenario));

/** An option that offers a Cognito user pool authorizer (not an identity pool, which hands out AWS credentials). */
export const offersCognitoAuthorizer = (option: string): boolean => /\bcognito\b/.test(normalize(option)) && !/\bidentity pools?\b/.test(normalize(option));
