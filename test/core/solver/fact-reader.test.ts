import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factsTableSource } from '../../../scripts/solver/facts-table.mjs';
import { chooseByFacts } from '../../../src/core/solver/fact-answer.js';
import { indexFacts, relevantFacts, wordsOf } from '../../../src/core/solver/fact-index.js';
import { askedBound, asksWhatIs, givingAmounts, readQuantities } from '../../../src/core/solver/fact-reader.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { splitOptions } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';
import { ROOT } from '../../e2e/terminal.js';

// Statements of an imaginary service, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('widget.timeout', 'A widget request times out after 45 seconds by default and can be configured from 5 to 600 seconds.'),
    tableLine('widget.transfer', 'Widget uploads are limited to 6 MB; widget downloads may reach 20 MB; thumbnails are cached for one day.'),
    tableLine('widget.errors', 'A caller over its widget allowance receives HTTP 409 Conflict and must slow down.'),
    tableLine('gadget.regions', 'Gadgets run in every commercial Region and are billed per hour of use.'),
  ].join('\n'),
);

function read(text: string) {
  const { scenario, options } = splitOptions(text);
  const question = scenario.slice(scenario.lastIndexOf('\n') + 1);
  return { readings: readQuantities(scenario, question, options, INDEX), question };
}

const letters = (text: string, pick = 1) => chooseByFacts(read(text).readings, pick).choices;

describe('the facts reader', () => {
  it('adds two prices per million, each for its own count of the case, into one bill', () => {
    const index = indexFacts([tableLine('relay.price', 'Relay hops cost $2.00 per million hops and $0.40 per million relay messages.'), tableLine('beacon.kept', 'Beacon records are kept for 15 months.')].join('\n'));
    const text = 'A fleet makes 3 million relay hops and uses 4 million relay messages a month. How much do the relays cost?\nA. The relays cost $7.60 in all\nB. The relays cost $6.80 in all';
    const { scenario, options } = splitOptions(text);
    const [a, b] = readQuantities(scenario, scenario, options, index);
    expect(a!.score).toBeGreaterThan(0);
    expect(b!.score).toBeLessThan(0);
  });
  it('finds the statements about what the question speaks of, rarer words weighing more', () => {
    const found = relevantFacts(INDEX, new Map([...wordsOf('How large may a widget upload be?')].map((s) => [s, 1])));
    expect(found[0]?.fact.id).toBe('widget.transfer');
    expect(found.map((r) => r.fact.id)).not.toContain('gadget.regions');
  });

  it('tells a default from a largest or smallest value', () => {
    expect(askedBound('What is the longest timeout a widget request can have?')).toBe('max');
    expect(askedBound('Which timeout applies by default?')).toBe('default');
    const options = '\nA. 45 seconds\nB. 10 minutes\nC. 5 seconds\nD. 1 hour';
    expect(letters(`A developer tunes a widget request.\nHow long is the widest timeout that can be configured, at most?${options}`)).toEqual(['B']);
    expect(letters(`A developer tunes a widget request.\nHow long does it wait by default before it times out?${options}`)).toEqual(['A']);
    expect(letters(`A developer tunes a widget request.\nWhat is the minimum timeout it accepts?${options}`)).toEqual(['C']);
  });

  it('checks an amount against the clause that speaks of the same thing', () => {
    const { readings } = read('A team plans its widget traffic.\nWhich statements about widget transfers are correct? (Choose TWO.)\nA. An upload can carry 6,144 KB\nB. An upload can carry 20 MB\nC. A download can reach 20 MB\nD. A download can reach only 6 MB');
    expect(readings.map((r) => Math.sign(r.score))).toEqual([1, -1, 1, -1]);
    expect(readings[1]!.evidence[0]).toMatchObject({ agrees: false, fact: { id: 'widget.transfer' } });
  });

  it('reads an option whose only amount the case states too: the answer may repeat it', () => {
    expect(letters('A nightly widget job runs for about 10 minutes, and the team wants the longest widget timeout it can configure.\nWhat is the maximum widget request timeout?\nA. 45 seconds\nB. 300 seconds\nC. 10 minutes\nD. 900 seconds')).toEqual(['C']);
  });

  it('gives no letter when the options tie or nothing states their amounts', () => {
    expect(letters('A caller exceeds its widget allowance.\nWhich status code does it receive?\nA. HTTP 409, so it stops for good\nB. HTTP 409, so it slows down\nC. HTTP 503')).toEqual([]);
    expect(letters('A gadget runs all month.\nHow much does a gadget cost per hour?\nA. $0.10\nB. $0.20\nC. $0.30')).toEqual([]);
  });

  it('reads only questions that ask what is so, not what to do or why', () => {
    expect(asksWhatIs('What is the maximum payload size?')).toBe(true);
    expect(asksWhatIs('Which TWO statements about the quotas are accurate?')).toBe(true);
    expect(asksWhatIs('What should the team change to stop the timeouts?')).toBe(false);
    expect(asksWhatIs('What is the MOST likely cause of the disconnects?')).toBe(false);
  });
});

describe('the solver on options that are amounts', () => {
  it('answers from the chapter statement, names it and quotes it, and is never sure', () => {
    const s = solve('An operator enables a stage cache on an API and leaves every setting as it is.\nFor how long is a response kept in that cache by default?\nA. 1 minute\nB. 5 minutes\nC. 1 hour\nD. 1 day');
    expect(s.choices).toEqual(['B']);
    expect(s.confidence).toBeLessThan(0.8);
    const decided = s.trace.find((t) => t.step === 'decided');
    expect(decided?.reason).toContain('cache.ttl');
    expect(decided?.reason).toContain('defaults to 300 seconds');
  });

  it('leaves a question about what to do to the other readings', () => {
    const s = solve('Callers of a REST API time out after about 29 seconds while the backend needs a minute.\nWhat should the team do?\nA. Raise the backend timeout to 15 minutes\nB. Make the work asynchronous and return 202 at once\nC. Lower the stage cache TTL to 0 seconds');
    expect(s.trace.some((t) => t.step === 'facts')).toBe(false);
  });
});

describe('the facts table', () => {
  it('is the table the build makes today from the verified and corrected statements only', () => {
    expect(readFileSync(join(ROOT, 'src', 'core', 'solver', 'facts-table.ts'), 'utf8')).toBe(factsTableSource(ROOT));
    const facts = (parse(readFileSync(join(ROOT, 'questions', 'facts.yaml'), 'utf8')) as { facts: { status: string }[] }).facts;
    const usable = facts.filter((f) => f.status === 'verified' || f.status === 'corrected').length;
    expect(factsTableSource(ROOT).split('\\n').length).toBe(usable);
  });
});

describe('amounts computed from the verified statements', () => {
  it('counts a WebSocket message by its 32 KB metering increments', () => {
    const s = solve(
      'A telemetry gateway uses an Amazon API Gateway WebSocket API. Each sensor reports a 100 KB reading in one message. How many messages are billed for each reading?\nA. One message\nB. Three messages\nC. Four messages\nD. One hundred messages',
    );
    expect(s.choices).toEqual(['C']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('splits a monthly count over the REST price tiers, and a count kept whole at one price is a claim', () => {
    const s = solve(
      'A ticketing platform runs a public REST API in Amazon API Gateway in us-east-1. Last month it served 800 million requests. Which statement about the price of those requests is correct?\nA. All 800 million requests are billed at $3.50 per million\nB. The first 333 million requests at $3.50 per million and the remaining 467 million at $2.80 per million\nC. The first 300 million requests at $1.00 per million and the remaining 500 million at $0.90 per million\nD. There is a fixed monthly fee for each stage and no charge per request',
    );
    expect(s.choices).toEqual(['B']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('splits a count over a last tier written as "above" a count, when the question asks how the requests are billed', () => {
    const s = solve(
      'A ticketing startup runs an Amazon API Gateway HTTP API in us-east-1 that will handle 450 million requests this month. How will the company be billed for these requests?\nA. All 450 million requests at $1.00 per million\nB. 300 million requests at $1.00 per million and the remaining 150 million at $0.90 per million\nC. All 450 million requests at $3.50 per million\nD. The requests are free, and only the stage is billed by the hour',
    );
    expect(s.choices).toEqual(['B']);
  });

  it('reads "how is the charge worked out?" as a question about the bill', () => {
    const s = solve(
      'A logistics firm expects its public Amazon API Gateway REST API in us-east-1 to serve 600 million calls next month without a cache. How is the request charge worked out?\nA. 333 million calls at $3.50 per million and the other 267 million at $2.80 per million\nB. All 600 million calls at $3.50 per million\nC. All 600 million calls at $1.00 per million\nD. 300 million calls at $1.00 per million and 300 million at $0.90 per million',
    );
    expect(s.choices).toEqual(['A']);
  });
});

describe('amounts asked in other words', () => {
  const index = indexFacts(
    [
      tableLine('gizmo.ttl', 'A cached gizmo reply has a TTL that defaults to 90 seconds and can be set up to 900 seconds.'),
      tableLine('gizmo.story', 'Gizmo replies are served from a replica near the caller, refreshed when the origin changes, and logged for each caller, replica and origin.'),
      tableLine('widget.colour', 'Widgets are painted blue.'),
      tableLine('widget.shape', 'Widgets are round.'),
    ].join('\n'),
  );

  it('reads a time-to-live written out as the TTL the statements abbreviate', () => {
    expect(wordsOf('the time-to-live of a reply')).toContain('ttl');
    expect(wordsOf('a Time To Live of zero')).toContain('ttl');
  });

  it('does not take the words that only ask for an amount for a topic', () => {
    expect(wordsOf('How long may a reply be kept?')).not.toContain('long');
    expect(wordsOf('How many keys can a plan hold?')).not.toContain('mani');
  });

  it('asks for the default when the case leaves a setting at its default value', () => {
    const { scenario, options } = splitOptions('An operator turns on gizmo replies and keeps the time to live at its default.\nFor how long is one gizmo reply reused?\nA. 1.5 minutes\nB. 15 minutes');
    const [a, b] = readQuantities(scenario, 'For how long is one gizmo reply reused?', options, index);
    expect(a!.score).toBeGreaterThan(0);
    expect(b!.score).toBeLessThan(0);
  });

  it('ranks, for a question on amounts, only the statements that give one', () => {
    const text = 'Gizmo replies are served from a replica near the caller and refreshed when the origin changes.\nFor how long is a gizmo reply served from the replica before the origin is asked again, if nothing was changed?\nA. 90 seconds\nB. 45 seconds';
    const { scenario, options } = splitOptions(text);
    const question = scenario.slice(scenario.lastIndexOf('\n') + 1);
    expect(readQuantities(scenario, question, options, index).every((r) => r.score === 0)).toBe(true);
    const [a, b] = readQuantities(scenario, question, options, givingAmounts(index));
    expect(a!.score).toBeGreaterThan(0);
    expect(b!.score).toBeLessThan(0);
  });
});
