import type { ServiceId } from './types.js';

/*
 * Which service or API type has which feature of the chapter, each cell resting on a verified or
 * corrected statement of questions/facts.yaml. A feature is a clue concept (its patterns find it
 * in a sentence); a cell the facts do not settle is left out, never guessed.
 */

/** A cell of the table: whether the subject has the feature, and the statement that says so. */
export interface Capability {
  has: boolean;
  fact: string;
}

type Row = Partial<Record<ServiceId, Capability>>;

const yes = (fact: string): Capability => ({ has: true, fact });
const no = (fact: string): Capability => ({ has: false, fact });

/** Feature (clue concept id) → subject → whether it has it. */
export const CAPABILITIES: Readonly<Record<string, Row>> = {
  'api-cache': { 'apigw-rest': yes('cache.rest-only'), 'apigw-http': no('types.http-no-caching'), 'apigw-websocket': no('cache.rest-only'), appsync: yes('cmp.appsync'), 'lambda-url': no('cmp.function-urls') },
  waf: { 'apigw-rest': yes('auth.waf'), 'apigw-http': no('types.http-no-waf'), 'apigw-websocket': no('types.http-no-waf'), alb: yes('cmp.alb-auth') },
  canary: { 'apigw-rest': yes('deploy.canary'), 'apigw-http': no('types.http-other-gaps'), 'apigw-websocket': no('deploy.canary') },
  throttling: { 'apigw-rest': yes('throttle.without-usage-plan'), 'apigw-http': yes('throttle.http-no-per-client'), 'lambda-url': no('cmp.function-urls') },
  'per-client-quota': { 'apigw-rest': yes('throttle.client-specific'), 'apigw-http': no('types.http-no-apikeys-usageplans'), 'apigw-websocket': yes('throttle.websocket-keys'), alb: no('cmp.alb-no-api-mgmt'), cloudfront: no('cmp.cloudfront'), 'lambda-url': no('int.function-urls') },
  'request-validation': { 'apigw-rest': yes('int.request-validation'), 'apigw-http': no('types.http-no-validation'), 'apigw-websocket': yes('types.http-no-validation'), alb: no('cmp.alb-no-api-mgmt') },
  'body-transform': { 'apigw-rest': yes('int.mapping-vtl'), 'apigw-http': no('types.http-transform'), 'apigw-websocket': yes('int.mapping-vtl'), alb: no('cmp.alb-no-api-mgmt') },
  'private-endpoint': { 'apigw-rest': yes('ep.private'), 'apigw-http': no('types.http-no-private-no-edge'), 'apigw-websocket': no('types.http-no-private-no-edge') },
  'edge-optimized': { 'apigw-rest': yes('ep.three-types'), 'apigw-http': no('types.http-no-private-no-edge'), 'apigw-websocket': no('types.http-no-private-no-edge') },
  'stage-variables': { 'apigw-rest': yes('deploy.stage-variables'), 'apigw-http': yes('deploy.stage-variables'), 'apigw-websocket': yes('deploy.stage-variables') },
  'auto-deploy': { 'apigw-rest': no('types.http-other-gaps'), 'apigw-http': yes('types.http-auto-deploy'), 'apigw-websocket': no('types.http-other-gaps') },
  'lambda-authorizer': { 'apigw-rest': yes('auth.lambda-authorizer'), 'apigw-http': yes('auth.lambda-authorizer'), 'apigw-websocket': yes('auth.lambda-authorizer') },
  'iam-auth': { 'apigw-rest': yes('auth.iam-sigv4'), 'apigw-http': yes('auth.iam-sigv4'), 'apigw-websocket': yes('auth.iam-sigv4'), 'lambda-url': yes('int.function-urls') },
  'resource-policy': { 'apigw-rest': yes('auth.resource-policies'), 'apigw-http': no('types.http-auth'), 'apigw-websocket': no('auth.resource-policies') },
  xray: { 'apigw-rest': yes('mon.xray'), 'apigw-http': no('types.http-no-xray'), 'apigw-websocket': no('mon.xray') },
  'rest-logging': { 'apigw-rest': yes('mon.log-types'), 'apigw-http': no('types.http-no-xray'), 'apigw-websocket': yes('ws.monitoring') },
  mock: { 'apigw-rest': yes('int.mock'), 'apigw-http': no('int.mock'), 'apigw-websocket': yes('int.mock') },
  // (Raisable for Regional and private REST APIs only: the REST cell depends on the endpoint type, so it is left out.)
  'timeout-raise': { 'apigw-http': no('int.timeout-raisable'), 'apigw-websocket': no('int.timeout-raisable') },
  'gateway-responses': { 'apigw-http': no('types.http-other-gaps') },
  'cloud-map': { 'apigw-rest': no('types.http-other-gaps'), 'apigw-http': yes('int.vpc-link-v2') },
  'custom-domain': { 'apigw-rest': yes('ep.edge'), 'apigw-http': yes('auth.mtls'), 'lambda-url': no('cmp.function-urls') },
  cors: { 'apigw-http': yes('types.http-proxy-focus') },
  'jwt-authorizer': { 'apigw-rest': no('auth.jwt-on-rest'), 'apigw-http': yes('types.http-auth') },
  'cognito-authorizer': { 'apigw-rest': yes('auth.cognito'), 'apigw-websocket': no('auth.websocket') },
  'mutual-tls': { 'apigw-rest': yes('auth.mtls'), 'apigw-http': yes('auth.mtls') },
  'static-site': { 'apigw-rest': no('types.not-static-hosting'), 'apigw-http': no('types.not-static-hosting'), 'apigw-websocket': no('types.not-static-hosting'), 's3-cloudfront': yes('cmp.s3-static') },
  graphql: { appsync: yes('cmp.appsync'), 'apigw-rest': no('cmp.appsync'), 'apigw-http': no('cmp.appsync'), 'apigw-websocket': no('cmp.appsync') },
};

/** What the table says of one subject and feature, when it says anything. */
export const capabilityOf = (feature: string, subject: ServiceId): Capability | undefined => CAPABILITIES[feature]?.[subject];

/** Whether the table has a row for the feature. */
export const isCapability = (feature: string): boolean => feature in CAPABILITIES;

/** The services that offer a feature, as a concept gives them, with each cell the table knows put right. */
export function withCapabilities(feature: string, supportedBy: readonly ServiceId[] | undefined): readonly ServiceId[] | undefined {
  const row = CAPABILITIES[feature];
  if (!row || !supportedBy) return supportedBy;
  const cells = Object.entries(row) as [ServiceId, Capability][];
  return [...supportedBy.filter((s) => row[s]?.has !== false), ...cells.filter(([s, c]) => c.has && !supportedBy.includes(s)).map(([s]) => s)];
}
