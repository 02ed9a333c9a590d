import { wordCount } from './text.js';

/** The words that deny what follows them, for readings that look just before a phrase. */
export const DENIAL_WORDS = String.raw`not|no|never|cannot|can't|isn't|aren't|doesn't|don't`;

/** A denial ending at most `maxWords` words before the end of the text it is tested on ("not offer", "without any"), with `extra` denials of the reading's own. */
export const denialJustBefore = (maxWords: number, extra: readonly string[] = []): RegExp =>
  new RegExp(String.raw`\b(?:${[DENIAL_WORDS, 'without', 'nor', ...extra].join('|')})\b(?:\s+\S+){0,${maxWords}}\s*$`);

/**
 * The denied half of a contrast, ending where the text it is tested on ends: what follows "rather than" or "instead of",
 * through a list of its words ("rather than exact, guaranteed ceilings"), but not past a comma that starts another clause.
 */
export const CONTRASTED_HALF = /\b(?:rather than|instead of)\b(?:[^,;.]|,(?! (?:and|but|so|which|while|whereas|yet|because|since|though|as|it|they|this|that|these|those|the|its|their)\b))*$/;

/** Whether the words at `at` of normalised text are in the denied half of a contrast (within a few words of it). */
export const inContrastedHalf = (norm: string, at: number): boolean => CONTRASTED_HALF.test(norm.slice(Math.max(0, at - 40), at));

/**
 * Negation and exclusion: "no API keys", "does not need caching", "without writing Lambda code",
 * "no throttling, caching or custom-domain needs", "caching is not required".
 * A cue negates the words that follow it in the same clause, up to a few words, unless the
 * clause turns first (a verb of its own, "but", "which", a new subject, a purpose "… code to transform").
 */
const CUE =
  /(?:(?<![a-z0-9])(?:nothing (?:is |was )?(?:said|stated|mentioned|asked|required|needed) (?:about|of|for|regarding)|nothing (?:has|needs|have|is going) to be|nothing (?:will|would|should|must|is to|can) be|nothing (?:is|was|gets|got|are)|(?:nobody|no one) (?:has|have|had|is|was) (?:asked|requested|called|mentioned|wanted|requiring|asking)(?: for)?|(?:nobody|no one) (?:is|are|was|were|gets?|got|will be)|no mention of|no need (?:for|to)|there is no need (?:for|to)|no one|no|not|never|without|nothing|none|nobody|nor|neither|cannot|forget(?: about)?|refuses? to|refused to|declines? to|never mind|free of|rather than|instead of|avoid(?:s|ing)?|excluding|minus|forbids?|prohibits?|disallows?|rules? out|ruled out)|n't)(?![a-z0-9])/g;

/**
 * Words after a cue that make it a quantity or a turn of phrase, not a negation; a price of nothing
 * ("at no extra charge", "free of charge") rules out only the charge, not what the clause goes on to ask.
 */
const NOT_A_NEGATION = /^\s+(?:only|just|merely|more|less|fewer|longer|later|sooner|exceed[a-z]*|over|above|greater|higher|matter|doubt|one|sooner|(?:extra\s+|additional\s+|added\s+)?(?:charges?|costs?|fees?)(?![a-z0-9])(?!\s+(?:for|of|on)(?![a-z0-9])))(?![a-z0-9])/;

/** A clause boundary between a cue and the words it would negate. */
const BREAK = /[.;:!?]|,\s*but(?![a-z0-9])|(?<![a-z0-9])and\s+(?:wants?|needs?|requires?|prefers?|would like|expects?|asks? for)(?![a-z0-9])|,\s*and\s+(?:the|our|its|their)\s+[a-z]+\s+(?:values?|wants?|needs?|requires?|prefers?|expects?|likes?)(?![a-z0-9])|,\s*(?:the|our|its|their)\s+(?:[a-z]+\s+){1,2}(?:wants?|needs?|requires?|prefers?|expects?|would like)(?![a-z0-9])|(?<!(?:need|needs|want|wants|have|has|had|having|required|necessary|requirement|requirements|reason|obligation|wish|desire|intention|going|able|plan|plans|expect|expects|like|try|tries|ought|used|or|nor))\s+to(?![a-z0-9])(?!\s+(?:the|a|an|its|our|their|any|each|every|all|that|this)(?![a-z0-9]))|(?<![a-z0-9])(?:needs|requirements?|features|concerns|constraints|demands)\s*,(?!\s*(?:such as|like|including|e\.g\.))|(?<![a-z0-9])(?:but|however|although|though|yet|while|whereas|because|since|so|then|that|which|who|whom|whose|where|when|unless|except|besides|apart|also|with|instead|only|just|is|are|was|were|may|might|must|can|could|will|would|shall|should|has|had|it|they|we|he|she|plus)(?![a-z0-9])/;

/** A verb of wanting or allowing and the one it is said of, before its "to": "want the function to …", "allow its workers to …". */
const WANTED_OF = /^\s+(?:to\s+)?(?:want|wants|allow|allows|permit|permits|let|lets|expect|expects|like)\s+(?:(?:the|a|an|its|their|our|any|this|that)\s+)?[a-z]+\s*$/;
const WANTED_OF_TO = /((?<![a-z0-9])(?:want|wants|allow|allows|permit|permits|let|lets|expect|expects|like)\s+(?:(?:the|a|an|its|their|our|any|this|that)\s+)?[a-z]+)\s+to(?=\s)/;

/**
 * A passive verb and its means right after a cue: in "is not fetched with GraphQL" or "are never
 * signed through IAM" the "with" or "through" names what is denied; it opens no clause of its own.
 */
const PASSIVE_MEANS = /^\s+(?:[a-z]+ed|built|done|made|sent|written|run|kept|held|given|shown|known|taken|set|put)\s+(?:with|by|through|via|using|over)(?=\s)/;
/** A verb, its object and the means it is done with, after a denial: "nobody queries the data with GraphQL" denies GraphQL. */
const ACTIVE_MEANS = /^\s+[a-z]+\s+(?:(?:the|its|their|our|any|all|this|that|these|those|a|an)\s+)?[a-z]+\s+(?:with|using|via|through)(?=\s)/;

/** A relative clause right before a cue: "who have", "that are", "whose …". */
const RELATIVE = /(?<![a-z0-9])(?:who|whom|whose|that)\s+(?:(?:have|has|had|are|is|were|was|do|does|did|can|could)\s+)?(?:yet\s+)?$/;

/** "it" right after a verb in -ing is that verb's object ("placing it behind an API"), not the subject of a new clause. */
const OBJECT_IT = /(?<=[a-z]{3}ing)\s+it(?![a-z0-9])/g;

const MAX_GAP_WORDS = 6;
/** In a list ("no API keys, usage plans, caching or validation") each item may be a few words. */
const MAX_LIST_ITEM_WORDS = 5;
const MAX_LIST_WORDS = 18;

/**
 * ", and" ends the negated list when a new clause starts ("no caching, and validation is
 * required") but not inside a list ("no API keys, usage plans, and caching needs").
 */
const COMMA_AND = /,\s*and(?![a-z0-9])/;
/** ", and a payment API …" after "without polling": a new thing of its own, not one more item of the negated list. */
const COMMA_AND_NEW_THING = /,\s*and\s+(?:a|an|the|our|its|their)\s/;
/**
 * A cue that opens one item of a list of predicates ("be encrypted, never kept in code, and rotated
 * monthly") negates that item only: the participle after ", and" is the list's next item.
 */
const NEXT_PREDICATE = /,\s*and\s+[a-z]+ed(?![a-z0-9])/;
/** ", at the lowest cost" after "without credentials": a phrase about the whole need, not one more negated item. */
const COMMA_ADJUNCT = /,\s*(?:at|within|by|under)\s+(?:the|a|an|its|their|our|all|any|most|least|low|lower|lowest|minimal|minimum)(?![a-z0-9])/;
/** The words that make a verb after them an obligation or a plan rather than what already happens. */
export const MODAL_WORDS = String.raw`must|should|will|would|can|could|may|might|has to|have to|needs? to|required|needed`;

const CLAUSE_VERB = new RegExp(String.raw`^[^.;!?,]*?(?<![a-z0-9])(?:is|are|was|were|${MODAL_WORDS})(?![a-z0-9])`);

/** A negation after the words, possibly after a list: "API keys, validation and caching are all unnecessary". */
const NOT_NEEDED = String.raw`(?:needed|required|necessary|wanted|important|used|mentioned|involved|in use|in play|on the table|a (?:requirement|concern|priority|need|goal)|in scope|an issue|a factor|relevant|on (?:the |our |its |their )?(?:roadmap|agenda|wish list|list)|part of (?:the |our |this |their |its )?(?:design|plan|scope|solution|requirements?|stack|architecture|picture))`;
const AFTER = new RegExp(
  String.raw`(?<![a-z0-9])(?:` +
    String.raw`(?:is|are|was|were|will be|would be|be)(?:\s+(?:all|both|also|each|simply|likewise))?\s+(?:not|never)\s+${NOT_NEEDED}` +
    String.raw`|(?:isn't|aren't|wasn't|weren't)(?:\s+(?:all|both|also))?\s+${NOT_NEEDED}` +
    String.raw`|(?:is|are)(?:\s+(?:all|both|also|simply|likewise|strictly))?\s+(?:unnecessary|optional|out of scope|irrelevant|not needed|not required|not necessary|not wanted|forbidden|prohibited|not allowed|not permitted|disallowed|banned)` +
    String.raw`)(?![a-z0-9])`,
);

export interface Negation {
  /** Where the negating words start (before the match) or end (after it). */
  start: number;
  end: number;
}

/** Whether the words at [start, end) of normalised text are negated; where the negation is. */
export function findNegation(norm: string, start: number, end: number): Negation | undefined {
  const before = norm.slice(Math.max(0, start - 120), start);
  const offset = Math.max(0, start - 120);
  let last: RegExpExecArray | undefined;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(before); m; m = CUE.exec(before)) {
    // "users who have not signed in" describes the users; it does not rule sign-in out.
    const describes = RELATIVE.test(before.slice(0, m.index));
    if (!NOT_A_NEGATION.test(before.slice(m.index + m[0].length)) && !describes) last = m;
  }
  if (last) {
    // "decided not to pay for API Gateway": the "to" of "not to" opens no new clause.
    const gap = before.slice(last.index + last[0].length).replace(/^\s+to(?=\s)/, last[0] === 'not' ? ' ' : '$&');
    // "does not want the function to have a URL": what is not wanted is what follows "to", not the one it is wanted of.
    if (WANTED_OF.test(gap) && /^\s+to\s+[a-z]/.test(norm.slice(end))) return undefined;
    const denied = gap.replace(WANTED_OF_TO, '$1').replace(OBJECT_IT, ' ');
    // (After not/never/nobody, a verb and its means are read through: "is not fetched with GraphQL", "nobody queries it with GraphQL".)
    const between = /^(?:not|never|n't|nobody|no one)$/.test(last[0]) ? denied.replace(PASSIVE_MEANS, ' ').replace(ACTIVE_MEANS, ' ') : denied;
    const ownItem = /,\s*$/.test(before.slice(0, last.index)) && NEXT_PREDICATE.test(between + norm.slice(start, end));
    const newClause = (COMMA_AND.test(between) && CLAUSE_VERB.test(norm.slice(end, end + 80))) || COMMA_AND_NEW_THING.test(between) || COMMA_ADJUNCT.test(between) || ownItem;
    if (!BREAK.test(between) && !newClause && withinReach(between)) {
      return { start: offset + quoteStart(before, last.index), end };
    }
  }
  const after = norm.slice(end, end + 160).split(/[.;!?]/)[0]!;
  const post = AFTER.exec(after);
  if (post) {
    const between = after.slice(0, post.index);
    // Either a few words ("API keys for partners are not needed") or the rest of a list the match starts.
    const listed = /^\s*(?:,|and\b|or\b|nor\b)/.test(between) && withinReach(between);
    if (!BREAK.test(between) && (wordCount(between) <= 3 || listed)) return { start, end: end + post.index + post[0].length };
  }
  return undefined;
}

/** Starts a quoted negation at its whole word and its auxiliary: "does not need", "doesn't need". */
function quoteStart(before: string, cue: number): number {
  let start = cue;
  while (start > 0 && /[a-z']/.test(before[start - 1]!)) start--;
  const aux = /(?:^|\s)((?:do|does|did|will|would|should|must|can|could|need|needs|there (?:is|are)|has|have|had) )$/.exec(before.slice(0, start));
  return aux ? start - aux[1]!.length : start;
}

/** Whether the words between a cue and a match are close enough, or a list the cue distributes over. */
function withinReach(between: string): boolean {
  const words = wordCount(between);
  if (words <= MAX_GAP_WORDS) return true;
  const items = between.split(/,|(?<![a-z0-9])(?:or|and|nor)(?![a-z0-9])/);
  // The first item carries the gap from the cue ("don't want to pay for extras like caching or validation").
  return items.length > 1 && words <= MAX_LIST_WORDS && items.every((item, i) => wordCount(item) <= MAX_LIST_ITEM_WORDS + (i === 0 ? MAX_GAP_WORDS : 0));
}
