import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * Content kept or served at locations near whoever the readers are ("the buyers", "the learners"),
 * not only near "users" or "viewers", is delivery from edge locations: a CDN, even in front of the
 * load balancer the text already has. (Before the fix: 0 of 3 right, each read as that ALB.)
 */
describe('locations near any audience', () => {
  it.each([
    "A dealership network's inventory site runs behind an Application Load Balancer in one Region. Car buyers abroad say the listings and photos load slowly. The company wants those responses cached at sites close to the buyers and TLS handled nearby, without touching the code. Which service should it add?",
    'An online tutoring firm generates lesson pages on servers behind an Application Load Balancer and also offers recorded lectures. Learners abroad find everything sluggish. It wants the material served from locations nearest to the learners. Which AWS service fits?',
    'A tour operator generates itinerary pages on an Auto Scaling group behind an Application Load Balancer. Travellers booking from other continents say pages and brochures crawl. It wants those responses held in locations nearest the travellers, with the origin unchanged. Which service should it add?',
  ])('%s', (text) => {
    expect(solve(text).service).toBe('cloudfront');
  });
});
