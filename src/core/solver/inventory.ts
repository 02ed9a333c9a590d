import { namesIn } from './options.js';
import { normalize } from './text.js';
import type { Clue } from './types.js';

/*
 * A list that only names services ("three APIs: a REST API, an HTTP API and a WebSocket API",
 * "its REST, HTTP and WebSocket APIs") says what the account has or what is on offer, not what
 * is needed: a name in it is no clue. A list of needs ("a WebSocket API for the chat, …") has
 * more words than names and stays.
 */

/** Three or more short items, separated by commas, the last after "and" or "or" (with the words after it, cut below). */
const ITEM = String.raw`[a-z0-9][a-z0-9 ]{0,40}?`;
const LIST = new RegExp(String.raw`(?<![a-z0-9])${ITEM}(?:,\s+${ITEM})+,?\s+(?:and|or)\s+[a-z0-9]+(?: [a-z0-9]+){0,4}`, 'g');

/** Words that name nothing: what is left of an item once its service is blanked out. */
const FILLER = /^(?:\s|\b(?:a|an|the|one|its|their|our|each|every|amazon|aws|api|apis|type|types)\b)*$/;

/** Whether an item, read alone or with the list's shared last word ("REST" of "REST, HTTP and WebSocket APIs"), is only a service name. */
function onlyAName(item: string, head: string): boolean {
  return [item, `${item} ${head}`].some((candidate) => {
    const { names, rest } = namesIn(candidate);
    return names.size > 0 && !names.has('part') && FILLER.test(rest);
  });
}

/** The spans of the text that are lists of service names and nothing more. */
export function inventories(text: string): { start: number; end: number }[] {
  const norm = normalize(text);
  const spans: { start: number; end: number }[] = [];
  for (const m of norm.matchAll(LIST)) {
    const items = m[0].split(/,?\s+(?:and|or)\s+|,\s+/).map((s) => s.trim()).filter(Boolean);
    // The last item ends where its name does ("… and WebSocket APIs share the Region"): the most words that are only a name.
    const lastWords = items.at(-1)!.split(/\s+/);
    const last = [5, 4, 3, 2, 1].map((n) => lastWords.slice(0, n).join(' ')).find((item) => onlyAName(item, item.split(' ').at(-1)!));
    if (!last) continue;
    const head = last.split(' ').at(-1)!;
    // The first item follows its lead-in ("the company runs a REST API, …"): it is the fewest last words that name a service.
    const words = items[0]!.split(/\s+/);
    const first = [1, 2, 3, 4].map((n) => words.slice(-n).join(' ')).find((item) => onlyAName(item, head));
    if (!first || !items.slice(1, -1).every((item) => onlyAName(item, head))) continue;
    const start = m.index + m[0].lastIndexOf(first, m[0].indexOf(','));
    const end = m.index + m[0].lastIndexOf(last) + last.length;
    spans.push({ start, end });
  }
  return spans;
}

/** The clues of the text without those that only name a service in a list of names (what is ruled out stays). */
export function withoutInventories(text: string, clues: Clue[]): Clue[] {
  const lists = inventories(text);
  if (lists.length === 0) return clues;
  return clues.filter((c) => c.negated || !lists.some((l) => l.start <= c.start && c.end <= l.end));
}
