import { describe, expect, it } from 'vitest';
import { backgroundSpans } from '../../../src/core/solver/background.js';
import { findClues } from '../../../src/core/solver/clues.js';
import { findAreas } from '../../../src/core/solver/scope.js';
import { normalize } from '../../../src/core/solver/text.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);
const areas = (text: string) => findAreas(text).map((h) => h.area);
const described = (text: string) => {
  const norm = normalize(text);
  return backgroundSpans(norm).map((s) => norm.slice(s.start, s.end));
};

describe('words that say who someone is are context, not a need', () => {
  it('finds the words before a company, team, vendor or bought-in tool', () => {
    expect(described('Our live-chat vendor calls one function.')).toEqual(['live chat']);
    expect(described('A film-transcoding business keeps its invoices in S3.')).toEqual(['film transcoding']);
    expect(described('The support team must answer within a day.')).toEqual(['support']);
    expect(described('The team needs a chat app.')).toEqual([]);
  });

  it('reads no real-time need from the name of a chat product being integrated', () => {
    expect(wanted('Our live-chat vendor sends each new support ticket to one Lambda function over HTTPS.')).not.toContain('realtime-app');
    expect(wanted('Customers need a live chat with support agents in the browser.')).toContain('realtime-app');
  });

  it('reads no neighbouring-service need from what the company does', () => {
    expect(areas('A film-transcoding business wants its billing script to call one Lambda function with IAM credentials.')).not.toContain('mediaconvert');
    expect(areas('Each uploaded film must be transcoded into three bitrates.')).toContain('mediaconvert');
  });
});
