import { wordsOf } from './fact-index.js';
import { typesNamed } from './api-type-names.js';
import { normalize } from './text.js';
import type { Option } from './types.js';

/*
 * What a question's statements are about ("Which TWO statements about edge-optimized endpoints
 * are correct?", "All of the following are true of API keys EXCEPT:"): an option that does not
 * name it ("The endpoint type is also offered for HTTP APIs", "Keys replace access control")
 * still speaks of it, so it is read with the subject's words before its own.
 */

/** "statements about X", "true of X", "claims regarding X": X, up to the verb or the end of the question. A pointer back ("these policies") names nothing. */
const ABOUT =
  /\b(?:statements?|claims?|true|false|correct|accurate|incorrect|inaccurate)\s+(?:about|of|regarding|concerning)\s+(?!(?:this|these|those|that|such|its?|their|them|the following|each|every|all|which)\b)(?:(?:an?|the)\s+)?([^?:.,;()]+?)(?=\s+(?:is|are|was|were|in|for|on|except|that|when|if|and)\b|\s*[?:.,;()]|\s*$)/i;

/** The name of the service as a whole: a subject of nothing else is the whole chapter ("API keys" keep their "API"). */
const SERVICE_NAME = /\b(?:amazon |aws )?api gateway('s)?\b|\b(?:amazon|aws)\b/gi;

/** The subject of the statements a question asks about, when it names a thing rather than an API type or the service as a whole. */
export function statementSubject(question: string): { text: string; stems: Set<string> } | undefined {
  const m = ABOUT.exec(question);
  if (!m) return undefined;
  // (An action on a thing, "deploying APIs", speaks of the thing: the action is the question's topic, not a feature's name.)
  const text = m[1]!.trim().replace(/^\w+ing\s+(?=\w)/i, '');
  const stems = wordsOf(text.replace(SERVICE_NAME, ' '));
  // (An API type as the subject is the question's subject type, read elsewhere.)
  if (stems.size === 0 || typesNamed(normalize(text)).length > 0) return undefined;
  return { text, stems };
}

/** Fewer words than this make a name, not a statement. */
const SENTENCE_WORDS = 3;

/** The option read as a statement about the subject: its words after the subject's, when it leaves any of them out. */
export function aboutSubject(option: Option, subject: ReturnType<typeof statementSubject>): Option {
  // (A bare name, "Regional", is one of a list, read as such.)
  if (!subject || option.text.trim().split(/\s+/).length < SENTENCE_WORDS) return option;
  const own = wordsOf(option.text);
  if ([...subject.stems].every((s) => own.has(s))) return option;
  return { ...option, text: `${subject.text} ${option.text}` };
}
