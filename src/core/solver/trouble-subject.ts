import { questionSpan } from './clues.js';
import { asksCause } from './explanation.js';
import { servicesNamed } from './options.js';
import { API_GATEWAY_TYPES } from './services.js';
import type { ServiceId } from './types.js';

/*
 * A question that asks why something goes wrong with the API the text says is in use ("… called through
 * an Amazon API Gateway HTTP API … What explains this?") is about that API: what it is seen to do is a
 * symptom, not a need, so a REST-only clue read in the symptom ("each takes about 45 seconds") does not
 * make the rule recommend another type. (Asked what to do about it, another type may well be the answer.)
 */

/** A "why" that asks which service to choose or use ("Why should it choose …?") asks for a recommendation, not a cause. */
const ASKS_CHOICE = /\bwhy\b[^.?!]*\b(?:choos(?:e|es|ing)|chosen|us(?:e|es|ed|ing)|pick|prefer|select|move|switch|migrate|recommend)(?:s|ed)?\b/i;

/** The one API Gateway type the text says is in use, when its question asks why that API misbehaves; else undefined. */
export function typeInTrouble(text: string): ServiceId | undefined {
  const asked = questionSpan(text);
  if (!asked) return undefined;
  const question = text.slice(asked.start, asked.end);
  if (!asksCause(question) || ASKS_CHOICE.test(question)) return undefined;
  const types = servicesNamed(text.slice(0, asked.start)).filter((t) => API_GATEWAY_TYPES.includes(t));
  // A question that names a service of its own asks about that one.
  const own = servicesNamed(question);
  return types.length === 1 && own.every((s) => s === types[0]) ? types[0] : undefined;
}
