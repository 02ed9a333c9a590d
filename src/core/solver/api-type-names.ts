import type { ServiceId } from './types.js';

/** The API Gateway types as the facts and options name them ("http" not counting HTTP proxies, endpoints, methods or status codes, nor the protocol in "plain HTTP"). */
const TYPE_NAMES: [ServiceId, RegExp][] = [
  ['apigw-rest', /\brest\b/],
  ['apigw-http', /(?<!\b(?:plain|unencrypted|insecure) )\bhttp\b(?!\s*(?:proxy|endpoints?|backends?|integrations?|methods?|verbs?|status|headers?|requests?|traffic|\d|:\/\/))/],
  ['apigw-websocket', /\bweb\s*sockets?\b/],
];

/** The API Gateway types a normalized text names, in REST, HTTP, WebSocket order. */
export const typesNamed = (norm: string): ServiceId[] => TYPE_NAMES.filter(([, pattern]) => pattern.test(norm)).map(([type]) => type);

/** The API Gateway types a normalized text names, each with where it is first named, in the order written. */
export const typesAt = (norm: string): { type: ServiceId; at: number }[] =>
  TYPE_NAMES.flatMap(([type, pattern]) => {
    const m = pattern.exec(norm);
    return m ? [{ type, at: m.index }] : [];
  }).sort((a, b) => a.at - b.at);
