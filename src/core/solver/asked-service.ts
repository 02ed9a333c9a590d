import { servicesNamed } from './options.js';
import type { ServiceId } from './types.js';

/*
 * A question that itself names the one service the rule recommends ("Which WebSocket API quota
 * explains this?") asks about that service's properties: every option is one of them, so an
 * option that reads like the service ("every open connection") is no sign that it is the answer.
 */

/** Below certainty: the letters were chosen by how much each option reads like a service the question already names. */
export const NAMED_IN_QUESTION_CONFIDENCE = 0.75;

/** Whether the question names the recommended service, and no other. */
export function questionNamesAnswer(question: string, service: ServiceId | null): boolean {
  const named = servicesNamed(question);
  return service !== null && named.length === 1 && named[0] === service;
}
