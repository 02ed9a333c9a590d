import type { ClueSet } from './clues.js';

/*
 * Needs only a CloudFront distribution of one's own meets: its own cache behaviors and keys,
 * several origins under one name, code at the edge. A REST API's stage cache and edge-optimized
 * endpoint give none of that control (cache.edge-not-cdn, cmp.cloudfront).
 */
export const CDN_OWN_NEEDS: readonly string[] = ['cdn-control', 'edge-compute'];

/** REST-only clues that are only caching or edge words, which a CDN of one's own reads too. */
const EDGE_WORDS: readonly string[] = ['api-cache', 'edge-location', 'global-reach', 'edge-optimized'];

/**
 * Whether a REST API concluded on caching or edge words while the text also asks for a
 * distribution of its own: had those words been read as the CDN's, CloudFront would have won.
 */
export function restOnCdnWords(stepId: string, reasons: readonly string[], set: ClueSet): boolean {
  if (stepId !== 'rest') return false;
  const onEdgeWords = reasons.some((id) => EDGE_WORDS.includes(id));
  return onEdgeWords && CDN_OWN_NEEDS.some((id) => set.has(id) && !set.learnedOnly(id));
}
