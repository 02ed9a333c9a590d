import type { ServiceId } from './types.js';

export interface ServiceInfo {
  id: ServiceId;
  name: string;
  short: string;
  /** What it is for, used when a service is rejected for lack of any better reason. */
  role: string;
}

export const SERVICES: Record<ServiceId, ServiceInfo> = {
  'apigw-rest': {
    id: 'apigw-rest',
    name: 'Amazon API Gateway REST API',
    short: 'REST API',
    role: "a REST API is API Gateway's full-featured type and costs more than an HTTP API",
  },
  'apigw-http': {
    id: 'apigw-http',
    name: 'Amazon API Gateway HTTP API',
    short: 'HTTP API',
    role: "an HTTP API is API Gateway's low-cost proxy type with few features",
  },
  'apigw-websocket': {
    id: 'apigw-websocket',
    name: 'Amazon API Gateway WebSocket API',
    short: 'WebSocket API',
    role: 'a WebSocket API holds persistent two-way connections so the backend can push messages',
  },
  alb: {
    id: 'alb',
    name: 'Application Load Balancer',
    short: 'ALB',
    role: 'an ALB spreads HTTP traffic across targets; it is a load balancer, not an API manager',
  },
  cloudfront: {
    id: 'cloudfront',
    name: 'Amazon CloudFront',
    short: 'CloudFront',
    role: 'CloudFront is a CDN that caches content at edge locations; it is not an API manager',
  },
  's3-cloudfront': {
    id: 's3-cloudfront',
    name: 'Amazon S3 + Amazon CloudFront',
    short: 'S3 + CloudFront',
    role: 'S3 + CloudFront hosts and delivers static files',
  },
  appsync: {
    id: 'appsync',
    name: 'AWS AppSync',
    short: 'AppSync',
    role: 'AppSync is the managed GraphQL (and pub/sub) API service',
  },
  'lambda-url': {
    id: 'lambda-url',
    name: 'Lambda function URL',
    short: 'function URL',
    role: "a function URL is one function's built-in HTTPS endpoint with IAM or no auth, and nothing more",
  },
  'lambda-invoke': {
    id: 'lambda-invoke',
    name: 'Direct Lambda invocation (AWS SDK/CLI)',
    short: 'direct invocation',
    role: 'direct invocation calls a function through the SDK or CLI with IAM credentials and gives no HTTP endpoint',
  },
};

export const API_GATEWAY_TYPES: readonly ServiceId[] = ['apigw-rest', 'apigw-http', 'apigw-websocket'];

/** Services as the trace names them: every API Gateway type together is "API Gateway". */
export const namesOf = (services: readonly ServiceId[]): string =>
  API_GATEWAY_TYPES.every((t) => services.includes(t)) && services.length === API_GATEWAY_TYPES.length ? 'API Gateway' : services.map((s) => SERVICES[s].short).join(' or ');
