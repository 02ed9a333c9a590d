/** Small Markdown helpers shared by both layout parsers. */

const IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Image paths on a line (`![alt](path)` or `<img src="path">`). */
export function imagesIn(line: string): string[] {
  const found = [...line.matchAll(IMAGE)].map((m) => m[1]!);
  for (const m of line.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi)) found.push(m[1]!);
  return found;
}

/** True when the line holds nothing but images (and whitespace). */
export function isImageLine(line: string): boolean {
  return imagesIn(line).length > 0 && line.replace(IMAGE, '').replace(/<img\b[^>]*>/gi, '').trim() === '';
}

/** "Back to Top" navigation links that end a block in the checkbox layout. */
export function isBackToTop(line: string): boolean {
  return /\[[^\]]*back\s+to\s+top[^\]]*\]\([^)]*\)/i.test(line);
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
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_, label: string, url: string) => linkText(label.trim(), url.trim(), keepUrls))
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
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
  return /\?\s*(\((?:choose|select)[^)]*\)\s*)?$/i.test(text) || /\((?:choose|select)\s+\w+\)/i.test(text);
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
