import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { departsFrom, jobOfUnnamed, namesUnheardOf, otherSide, swappedComparison, turnsAround } from '../../../src/core/solver/clause-departs.js';
import { normalize } from '../../../src/core/solver/text.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());
const ask = (statement: string) => truths(`Which statement about Amazon API Gateway is accurate?\nA. ${statement}\nB. Widgets are blue.`).A;

describe('what an option says beyond the clause that shares its words', () => {
  it('reads a number the clause does not give, but not digits inside a name', () => {
    expect(departsFrom(normalize('requests are signed with signature version 3'), 'callers sign requests with aws signature version 4')).toBe(true);
    expect(departsFrom(normalize('sites are hosted on amazon s3'), 'static sites are hosted on amazon s3')).toBe(false);
  });

  it('reads a word the option denies and the clause asserts', () => {
    expect(departsFrom(normalize('gateways do not forward websockets'), 'gateways forward websockets to instances, but not to lambda targets')).toBe(true);
    expect(departsFrom(normalize('reports are stored in s3, not on the gateway'), 'the gateway does not store reports')).toBe(false);
  });

  it('reads the caller and the backend in swapped places, and "after" for "before"', () => {
    expect(departsFrom(normalize('clients send updates to the backend'), 'the backend sends updates to connected clients')).toBe(true);
    expect(departsFrom(normalize('the token is checked after the integration runs'), 'the token is checked before the integration runs')).toBe(true);
  });

  it('reads a job of a parenthesised list told without the name that does it', () => {
    expect(jobOfUnnamed(normalize('a PUT request archives the record'), 'Records are reached by URL (LIST enumerates records, PATCH archives them)')).toBe(true);
    expect(jobOfUnnamed(normalize('a PATCH request archives the record'), 'Records are reached by URL (LIST enumerates records, PATCH archives them)')).toBe(false);
  });

  it('reads a proper name no statement says at all', () => {
    expect(namesUnheardOf(factIndex(), 'Mapping templates are authored in Ruby.')).toBe(true);
    expect(namesUnheardOf(factIndex(), 'Mapping templates are written in Velocity Template Language.')).toBe(false);
  });

  it('tells two API types compared the other way round, in the same words or others', () => {
    expect(swappedComparison(normalize('rest apis have 50% fewer errors than http apis'), 'http apis have 50% fewer errors than rest apis')).toBe('opposite');
    expect(swappedComparison(normalize('rest apis have 50% more errors than http apis'), 'http apis have 50% fewer errors than rest apis')).toBe('swapped');
    expect(swappedComparison(normalize('http apis have 50% fewer errors than rest apis'), 'http apis have 50% fewer errors than rest apis')).toBeUndefined();
  });

  it('tells a clause about client-facing endpoints from an option about the backend hop', () => {
    expect(otherSide(normalize('the gateway may call backends without tls'), 'client-facing endpoints accept only https')).toBe(true);
    expect(otherSide(normalize('clients may call the gateway without tls'), 'client-facing endpoints accept only https')).toBe(false);
  });

  it('restates none of these against the facts', () => {
    expect(ask('IAM authorization has callers sign requests with AWS Signature Version 2.')).not.toBe('true');
    expect(ask('Application Load Balancers do not support WebSockets to instance targets.')).not.toBe('true');
    expect(ask('API Gateway validates the Cognito token after invoking the backend.')).not.toBe('true');
    expect(ask('Mapping templates are written in Ruby with JSONPath.')).not.toBe('true');
    expect(ask('Clients push to backends with the @connections API.')).not.toBe('true');
    expect(ask('A POST to the @connections API disconnects the client.')).not.toBe('true');
  });

  it('reads an option that says a clause with its denial turned around', () => {
    expect(turnsAround(normalize('the depot accepts night deliveries'), "the depot doesn't accept night deliveries")).toBe(true);
    expect(turnsAround(normalize('the depot cannot accept crates'), 'the depot accepts crates and pallets')).toBe(true);
    expect(turnsAround(normalize('the depot accepts crates with no label'), 'the depot accepts crates')).toBe(false);
    expect(turnsAround(normalize('the depot cannot accept crates'), 'the depot does not accept crates')).toBe(false);
  });

  it('refutes a statement that turns a clause around, and nothing that only has "no" beside a thing', () => {
    expect(ask('Amazon S3 supports server-side scripting for static websites.')).toBe('false');
    expect(ask('OpenAPI definitions cannot be imported to build REST APIs.')).toBe('false');
    expect(ask('With a WebSocket API, the backend cannot push callback messages to connected clients.')).toBe('false');
    expect(ask('A $default stage serves an HTTP API from its base URL with no stage name in the path.')).not.toBe('false');
  });

  it('reads a contraction as the denial written out, and a word asserted that the clause denies', () => {
    expect(ask('S3 website endpoints do not support HTTPS, so CloudFront is added for HTTPS and global delivery.')).toBe('true');
    expect(ask("If a method isn't marked API key required, the key is ignored and usage-plan limits still apply.")).not.toBe('true');
    expect(departsFrom(normalize('unmarked crates still pay the toll'), "crates that aren't marked don't pay the toll")).toBe(true);
  });

  it('turns a clause around that denies other things than the option speaks of', () => {
    expect(turnsAround(normalize('the depot cannot accept crates'), 'the depot accepts crates, though it does not open on sundays')).toBe(true);
    expect(truths('Which statement about these AWS services is accurate?\nA. An Application Load Balancer cannot authenticate users through Amazon Cognito user pools.\nB. Widgets are blue.').A).toBe('false');
  });
});

