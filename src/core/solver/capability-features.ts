import { normalize } from './text.js';

/*
 * Features of the capability table that no scenario clue names apart: the clue "user sign-in"
 * takes Cognito and JWT together, while the API types differ on each kind of authorizer. They are
 * found here for the table alone, so the rule that chooses a service reads the text as before.
 */

const FEATURES: [string, RegExp][] = [
  ['jwt-authorizer', /\b(?:jwts?|json web tokens?|oidc|open ?id connect)(?: token)? authori[sz]ers?\b|\bauthori[sz]ers? of (?:the )?(?:type )?jwt\b/g],
  ['cognito-authorizer', /\b(?:amazon )?cognito(?: user pools?)? authori[sz]ers?\b|\bcognito_user_pools\b/g],
  ['mutual-tls', /\bmutual tls\b|\bmtls\b|\bmutual(?:ly authenticated)? transport layer security\b/g],
];

/** Where the text names one of these features: its id and span, in the positions of the text. */
export function tableFeaturesIn(text: string): { concept: string; start: number; end: number }[] {
  const norm = normalize(text);
  return FEATURES.flatMap(([concept, pattern]) => [...norm.matchAll(pattern)].map((m) => ({ concept, start: m.index, end: m.index + m[0].length })));
}
