import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

// "Service" is a noun, not the verb "serve": it says nothing about delivering media.
describe('the word service before media', () => {
  it('is no media delivery', () => {
    const clues = findClues('Which managed service should archive the drone video for a year?');
    expect(clues.some((c) => c.concept === 'media-delivery' && !c.negated)).toBe(false);
  });

  it('leaves a single mention of video sent into AWS unsure', () => {
    const s = solve("A logistics firm's delivery drones must send live video into AWS so that a machine-learning model can flag damaged parcels, and the recordings must be retained for a year for audits. Which service should ingest the video?");
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('still reads serving media as delivery', () => {
    const clues = findClues('The studio serves its trailers to fans around the world.');
    expect(clues.some((c) => c.concept === 'media-delivery')).toBe(true);
  });
});
