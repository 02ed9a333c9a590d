import { oncePerIndex, wordsOf, type FactIndex } from './fact-index.js';
import { DENIAL_WORDS } from './negation.js';

/*
 * One member of a closed set the facts single out with "only": "only GET methods are cached by
 * default". An option that says the same of another member ("POST requests are cached by default
 * too", "Only POST methods are cached by default") says what the facts keep for that one member.
 */

/** The HTTP methods, as written in capitals: in lower case "get", "head" and "options" are plain words. */
const HTTP_METHOD = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;

/** "only GET methods are cached by default": the member, and the words of what is said of it. */
const ONLY_METHOD = /\bonly (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (?:methods?|requests?|calls?)\b([^;.]*)/;

/** A denial anywhere in the option: "POST requests are not cached by default" agrees, and is left to other readings. */
const DENIED = new RegExp(String.raw`\b(?:${DENIAL_WORDS}|without)\b`);

interface OnlyMember {
  fact: string;
  member: string;
  /** The stems of what is said of it, each of which the option must say too. */
  said: Set<string>;
}

/** The clauses that keep something for one HTTP method, read once from the statements. */
const onlyMembersOf = oncePerIndex((index: FactIndex): OnlyMember[] =>
  index.facts.flatMap((fact) => {
    const m = ONLY_METHOD.exec(fact.statement);
    // (Up to the next clause: "…; other methods must be enabled" says something else.)
    const said = m ? wordsOf(m[2]!.split(/,|\b(?:but|while|whereas|and other)\b/)[0]!) : new Set<string>();
    return m && said.size > 0 ? [{ fact: fact.id, member: m[1]!, said }] : [];
  }),
);

/** The fact whose "only" one method the option gives what it says of it to another, undefined when none does. */
export function otherMemberClaimed(index: FactIndex, text: string): string | undefined {
  if (DENIED.test(text.toLowerCase())) return undefined;
  const named = new Set([...text.matchAll(HTTP_METHOD)].map((m) => m[1]!));
  const own = wordsOf(text);
  for (const only of onlyMembersOf(index)) {
    const others = [...named].filter((n) => n !== only.member);
    if (others.length > 0 && [...only.said].every((s) => own.has(s))) return only.fact;
  }
  return undefined;
}
