import { servicesNamed } from './options.js';
import type { ServiceId } from './types.js';

/*
 * A move the scenario tells of ("plans to move its API from a REST API to an HTTP API", "rebuilt its REST API as an HTTP
 * API"), for a question that asks only what the move keeps, loses or gains ("Which THREE will it still have after the
 * move?", "Which TWO would it lose by moving?"): the question's two sides are where the API was and where it goes.
 */

/** A verb of moving, then the words up to the end of its sentence. */
const MOVE = /\b(?:mov|migrat|switch|convert|port|rebuil|re-?platform|transfer)\w*\b([^.?!;]*)/gi;
/** Where it goes: after "to", "as", "into" or "onto", up to the next clause ("… to an HTTP API to save money"). */
const DESTINATION = /\s(?:to|as|into|onto)\s+((?:\S+\s+){0,5}?\S+?)(?=\s+(?:to|so|because|for|without|with|and|but|in order|while|which|that)\b|\s*[,:(]|\s*$)/i;

export interface Move {
  from: ServiceId[];
  to: ServiceId[];
}

/** The first move in the text that names a service on each side (where it goes in its destination words, where it was before them). */
export function scenarioMove(text: string): Move | undefined {
  for (const m of text.matchAll(MOVE)) {
    const rest = m[1]!;
    const dest = DESTINATION.exec(rest);
    if (!dest) continue;
    const to = servicesNamed(dest[1]!);
    const from = servicesNamed(rest.slice(0, dest.index)).filter((s) => !to.includes(s));
    if (to.length > 0 && from.length > 0) return { from, to };
  }
  return undefined;
}
