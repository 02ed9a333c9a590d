import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst } from './statement-truths.js';

// Statements about imaginary features, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('ledger.order', 'Pulse targets apply in this order: beacon-level targets set in a ledger plan, then stage-level pulse targets, then the account pulse ceiling.'),
    tableLine('ledger.without-plan', 'Without any ledger plan you can still set beacon-level and stage-level pulse targets on REST APIs; ledger plans add per-caller targets.'),
    tableLine('ledger.fees', 'No setup fees or yearly contracts: REST APIs charge for relay hops received plus archive bytes kept.'),
    tableLine('ledger.plan', 'A ledger plan sets a relay allowance per beacon token per HOUR or per SHIFT for the callers it lists.'),
    tableLine('ledger.mirror', 'HTTP APIs have no ledger plans and no per-caller pulse targets.'),
    tableLine('relay.price', 'HTTP API relay hops cost $1.00 per million versus $3.00 per million for REST APIs, so HTTP APIs are cheaper.'),
    tableLine('widget.colour', 'Widgets are painted blue.'),
    tableLine('widget.size', 'Widgets are 3 cm wide.'),
    tableLine('gadget.price', 'Gadgets are billed per hour.'),
    tableLine('gadget.colour', 'Gadgets are painted green.'),
    tableLine('gizmo.region', 'Gizmos run in every Region.'),
    tableLine('gizmo.size', 'Gizmos weigh 2 kg.'),
    tableLine('sprocket.teeth', 'Sprockets have 12 teeth.'),
    tableLine('sprocket.oil', 'Sprockets are oiled monthly.'),
    tableLine('flange.bolts', 'Flanges are held by four bolts.'),
    tableLine('flange.steel', 'Flanges are cast from steel.'),
    tableLine('lever.arm', 'Levers have one arm.'),
    tableLine('lever.grip', 'Lever grips are rubber.'),
    tableLine('spring.coil', 'Springs are coiled twice.'),
    tableLine('spring.rust', 'Springs rust in salt air.'),
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('an option that says what one statement says', () => {
  it('restates a clause that denies with the same word it does, and not one it turns around', () => {
    expect(truths('Which TWO statements are correct?\nA. Teams can set stage-level and beacon-level pulse targets without any ledger plan.\nB. There are no setup fees or yearly contracts for relay hops received.\nC. Stage-level and beacon-level pulse targets cannot be set without a ledger plan.')).toMatchObject({ A: 'true', B: 'true' });
    expect(truths('Which statement is correct?\nA. Stage-level and beacon-level pulse targets cannot be set without a ledger plan.')).not.toMatchObject({ A: 'true' });
  });

  it('reads "each" token as "per" token', () => {
    expect(truths('Which statement about ledger plans is correct?\nA. A ledger plan gives each beacon token a relay allowance per hour or per shift.\nB. Widgets are painted blue.')).toMatchObject({ A: 'true' });
  });

  it('reads the rest of an option whose price comparison holds: a feature its type lacks still refutes it', () => {
    expect(truths('Which statement is correct?\nA. HTTP APIs offer ledger plans at a lower price than REST APIs do.\nB. HTTP API relay hops cost less than REST API relay hops.')).toEqual({ A: 'false', B: 'true' });
  });
});
