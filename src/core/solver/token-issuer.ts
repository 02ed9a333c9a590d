import { normalize } from './text.js';

/*
 * Whose tokens the callers present. A Cognito user pool authorizer validates the tokens of its own
 * user pool only (auth.cognito); tokens issued by anything else (a company's own identity
 * provider, a SAML broker, a legacy login system) need code that checks them, a Lambda authorizer
 * (auth.lambda-authorizer). A stem that says so refutes the option that offers a Cognito authorizer.
 */

/** Tokens said to come from an issuer ("bearer tokens issued by the agency's identity broker", "tokens minted by its legacy login system"). */
const ISSUED = /\btokens?\b[^.?!]{0,60}?\b(?:issued|minted|signed|generated|granted|provided|handed out|created) by\b([^.?!]*)/;
/** Callers said to be outside Cognito ("are not in an Amazon Cognito user pool", "do not use Amazon Cognito"). */
const OUTSIDE_COGNITO = /\b(?:not|never|no longer)\b(?: \w+){0,3} (?:in|part of|members? of|registered (?:in|with)|stored in|using|use|through|from) (?:an? |the |any )?(?:amazon )?cognito\b|\bwithout (?:an? )?(?:amazon )?cognito\b|\bno (?:amazon )?cognito\b/;

/** Users who sign in or log in (to an app, a site): a user pool's job. */
const SIGN_IN = /\b(?:sign|signs|signed|signing|log|logs|logged|logging) (?:in|on)\b/;

/** Social identity providers a Cognito user pool signs users in through. */
const SOCIAL = /\b(?:google|facebook|apple|social|login with amazon)\b/;

/** The stem says the callers' tokens come from an issuer that is not an Amazon Cognito user pool. */
export function tokensFromElsewhere(scenario: string): boolean {
  const norm = normalize(scenario);
  if (OUTSIDE_COGNITO.test(norm)) return true;
  // (Other callers who sign in to an app may well be a user pool's: "customers who sign in to its mobile app, and a partner with its own tokens".)
  if (SIGN_IN.test(norm)) return false;
  const issued = ISSUED.exec(norm);
  // (Cognito named anywhere else in the stem may be the issuer: "federated into a Cognito user pool".)
  // (Nor a social sign-in, which a user pool federates and then issues tokens of its own.)
  return issued !== null && !/\bcognito\b/.test(norm) && !SOCIAL.test(issued[1]!);
}

/** An option that offers a Cognito user pool authorizer (not an identity pool, which hands out AWS credentials). */
export const offersCognitoAuthorizer = (option: string): boolean => /\bcognito\b/.test(normalize(option)) && !/\bidentity pools?\b/.test(normalize(option));
