/**
 * What a pattern cannot match without: a list of words or word parts, one of which every match
 * contains (undefined when a match needs no particular text). A text that holds none of them
 * cannot match, so the pattern's regular expression need not even be built for it; most
 * patterns are skipped that way for any one scenario, which keeps a one-off solve fast.
 *
 * Worked out from the pattern notation (see pattern.ts): letters written out are literal; a
 * space, a gap, a character class, `\s` or `\d` ends a literal run; an optional part (`?`, `*`,
 * `{0,n}`) and a lookaround require nothing; alternatives require one of their requirements.
 */

/** The words, and the length of the shortest (how selective the requirement is). */
type Required = { words: string[]; shortest: number } | undefined;

const words = (list: string[]): Required => ({ words: list, shortest: Math.min(...list.map((w) => w.length)) });

interface Parser {
  text: string;
  at: number;
}

/** The most selective of two requirements: the one whose shortest word is longest. */
function better(a: Required, b: Required): Required {
  if (!a) return b;
  if (!b) return a;
  return b.shortest > a.shortest ? b : a;
}

/** Reads alternatives up to `)` or the end: the union of their requirements. */
function alternatives(p: Parser): Required {
  const all: Required[] = [sequence(p)];
  while (p.text[p.at] === '|') {
    p.at++;
    all.push(sequence(p));
  }
  if (all.some((r) => !r)) return undefined;
  return all.length === 1 ? all[0] : words([...new Set(all.flatMap((r) => r!.words))]);
}

function skipQuantifier(p: Parser): 'none' | 'optional' | 'repeat' {
  const c = p.text[p.at];
  let kind: 'none' | 'optional' | 'repeat' = 'none';
  if (c === '?' || c === '*') {
    p.at++;
    kind = 'optional';
  } else if (c === '+') {
    p.at++;
    kind = 'repeat';
  } else if (c === '{') {
    const end = p.text.indexOf('}', p.at);
    const min = Number(p.text.slice(p.at + 1, end).split(',')[0]);
    p.at = end + 1;
    kind = min > 0 ? 'repeat' : 'optional';
  }
  if (kind !== 'none' && p.text[p.at] === '?') p.at++; // lazy
  return kind;
}

/** Reads one alternative: concatenated atoms, returning its best requirement. */
function sequence(p: Parser): Required {
  let best: Required;
  let run = '';
  const endRun = () => {
    if (run) best = better(best, { words: [run], shortest: run.length });
    run = '';
  };
  while (p.at < p.text.length && p.text[p.at] !== '|' && p.text[p.at] !== ')') {
    const c = p.text[p.at]!;
    if (c === '(') {
      endRun();
      p.at++;
      let lookaround = false;
      if (p.text[p.at] === '?') {
        // (?: a plain group; (?= (?! (?<= (?<! a lookaround
        lookaround = p.text[p.at + 1] !== ':';
        p.at += p.text[p.at + 1] === '<' ? 3 : 2;
      }
      const inner = alternatives(p);
      p.at++; // ')'
      const quantifier = skipQuantifier(p);
      if (!lookaround && quantifier !== 'optional') best = better(best, inner);
      continue;
    }
    let literal: string | undefined;
    if (c === '\\') {
      const next = p.text[p.at + 1]!;
      literal = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') ? undefined : next; // \s, \d: a class; \$, \.: the character
      p.at += 2;
    } else if (c === '[') {
      p.at = p.text.indexOf(']', p.at + 1) + 1;
    } else {
      p.at++;
      literal = c === ' ' || c === '.' ? undefined : c;
    }
    const quantifier = skipQuantifier(p);
    if (literal !== undefined && quantifier === 'none') run += literal;
    else if (literal !== undefined && quantifier === 'repeat') {
      run += literal;
      endRun();
    } else endRun();
  }
  endRun();
  return best;
}

// Worked out at build time for the built-in patterns (scripts/build.mjs), keyed by the pattern
// itself, so a pattern changed since is simply worked out again.
// It comes as JSON text, from a file read on first use (undefined when there is none).
declare const __CLF_SOLVER_REQUIRED__: (() => string | undefined) | undefined;
let precomputed: Record<string, string[] | null> | undefined;
const PRECOMPUTED = () => {
  if (precomputed) return precomputed;
  const table = typeof __CLF_SOLVER_REQUIRED__ === 'function' ? __CLF_SOLVER_REQUIRED__() : undefined;
  return (precomputed = table === undefined ? {} : (JSON.parse(table) as Record<string, string[] | null>));
};

/** The words or word parts one of which any match of `pattern` contains; undefined: none needed. */
export function requiredText(pattern: string): string[] | undefined {
  const known = PRECOMPUTED()[pattern];
  if (known !== undefined) return known ?? undefined;
  return analyse(pattern);
}

function analyse(pattern: string): string[] | undefined {
  const p: Parser = { text: pattern, at: 0 };
  const required = alternatives(p);
  return p.at === pattern.length && required && required.shortest > 0 ? required.words : undefined;
}

/** The table build time stores: every built-in pattern with what it needs (null: nothing). */
export function requiredTable(patterns: readonly string[]): Record<string, string[] | null> {
  return Object.fromEntries(patterns.map((pattern) => [pattern, analyse(pattern) ?? null]));
}
