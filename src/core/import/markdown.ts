/**
 * Small Markdown helpers shared by both layout parsers. Every pattern runs in time linear in the
 * line: a bracket, parenthesis or tag is matched only up to the next opening one, and nothing can
 * be split two ways (an imported file is untrusted, and a few megabytes of "[" or of spaces made
 * the earlier patterns run for hours).
 */

/** `![alt](path "title")`; the path has no spaces or parentheses. */
const IMAGE = /!\[[^\][]*\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const IMG_TAG = /<img\b[^<>]*>/gi;
const IMG_SRC = /\bsrc\s*=\s*["']([^"'<>]+)["']/i;
/** `[label](url "title")`; the url may hold one level of parentheses (as Wikipedia's do). */
const LINK = /\[([^\][]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s[^()]*)?\)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Image paths on a line (`![alt](path)` or `<img src="path">`). */
export function imagesIn(line: string): string[] {
  const found = [...line.matchAll(IMAGE)].map((m) => m[1]!);
  for (const [tag] of line.matchAll(IMG_TAG)) {
    const src = IMG_SRC.exec(tag);
    if (src) found.push(src[1]!);
  }
  return found;
}

/** True when the line holds nothing but images (and whitespace). */
export function isImageLine(line: string): boolean {
  return imagesIn(line).length > 0 && line.replace(IMAGE, '').replace(IMG_TAG, '').trim() === '';
}

/** "Back to Top" navigation links that end a block in the checkbox layout. */
export function isBackToTop(line: string): boolean {
  for (const [, label] of line.matchAll(LINK)) if (/back\s+to\s+top/i.test(label!)) return true;
  return false;
}

/** An ATX heading (`## text ##`): its level and its text without the closing hashes. */
export function headingOf(line: string): { level: number; text: string } | undefined {
  const m = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
  if (!m) return undefined;
  // Trailing spaces, then closing hashes, then spaces again (trimmed, not matched: a pattern for
  // it would try every split of a long run of "#").
  let text = m[2]!.trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  text = text.slice(0, end).trimEnd();
  return { level: m[1]!.length, text };
}

/** Table rows (the table of contents at the top of a checkbox bank). */
export function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

/**
 * Inline Markdown to plain text: images removed, links keep their text, emphasis and code
 * marks dropped, common HTML entities and line breaks decoded, whitespace collapsed.
 */
export function plainText(text: string, { keepUrls = false } = {}): string {
  return text
    .replace(IMAGE, '')
    .replace(IMG_TAG, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(LINK, (_, label: string, url: string) => linkText(label.trim(), url.trim(), keepUrls))
    .replace(/(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/&(#39|amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function linkText(label: string, url: string, keepUrl: boolean): string {
  if (!label) return url;
  return keepUrl && url && url !== label && !url.startsWith('#') ? `${label} (${url})` : label;
}

/** A question-like heading or line: worth reporting when it turns out to have no options. */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*(\((?:choose|select)[^()]*\)\s*)?$/i.test(text) || /\((?:choose|select)\s+\w+\)/i.test(text);
}

/** Leading spaces, with a tab counted as four. */
export function indentOf(line: string): number {
  const lead = /^[ \t]*/.exec(line)![0];
  return lead.replace(/\t/g, '    ').length;
}

export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
