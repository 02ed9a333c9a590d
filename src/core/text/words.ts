import stem from 'wink-porter2-stemmer';

/** Words too common in any English question to say anything about it. */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
  cannot could did do does doing done down during each either few for from further had has have having he her here hers him his how
  i if in into is it its itself just least less let like many may me more most much must my need needs neither no nor not now of off
  on once one only or other others our ours out over own per same several she should so some such than that the their theirs them
  then there these they this those through to too two three four under until up upon us use used uses using very via was we were
  what when where whether which while who whom whose why will with within without would you your yours choose select following
  option options statement statements true best describes describe company team developer developers wants want needs required
  require requires requirement requirements`.split(/\s+/),
);

/** British -ise spellings stem apart from -ize ones ("monetise" vs "monetize"): spell them one way. */
const ISE = /(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$/;

/**
 * Longer than any English word. The stemmer's patterns take time growing with the square of a
 * word's length (a pasted run of 250,000 letters took half an hour), so a longer "word" is kept
 * as it is: it cannot be a form of a word anyway.
 */
export const MAX_STEMMED_LENGTH = 40;

/** One word reduced to its Porter2 stem, so every form of a word compares equal ("metered", "meters" → "meter"). */
export function stemWord(word: string): string {
  if (word.length > MAX_STEMMED_LENGTH) return word;
  return stem(word.replace(/'s$/, '').replace(ISE, 'iz$1'));
}

/** The distinct word stems of a text, lower-cased, without stop words or bare numbers. */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9]*(?:['’][a-z]+)?/g) ?? []) {
    const bare = word.replace(/['’]s$/, '');
    if (bare.length < 3 || STOP_WORDS.has(bare)) continue;
    stems.add(stemWord(bare));
  }
  return stems;
}
