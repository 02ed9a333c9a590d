import { describe, expect, it } from 'vitest';
import { replay } from '../../src/core/exam/reducer.js';
import { examResult } from '../../src/core/exam/results.js';
import type { ExamItem } from '../../src/core/exam/types.js';
import { examMenuText } from '../../src/ui/exam/home-detail.js';
import { bar, navigatorLayout, resultRow, submitBlocks, summaryLines } from '../../src/ui/exam/layout.js';
import { layoutBlocks, lineWidth, plainText } from '../../src/ui/layout/text.js';
import { byId, makeQuestion } from '../core/exam/fixtures.js';

const questions = Array.from({ length: 30 }, (_, i) => makeQuestion({ id: `q${i + 1}`, topic: i % 2 ? 'auth' : 'caching' }));
const items: ExamItem[] = questions.map((q) => ({ qid: q.id, topic: q.topic, order: [0, 1, 2, 3], pick: 1 }));
const T0 = 1_000_000;

describe('exam layouts', () => {
  const state = replay([
    { type: 'start', at: T0, id: 'x', items, durationMs: 60_000 },
    { type: 'answer', at: T0, options: [0] },
    { type: 'flag', at: T0 },
    { type: 'goto', at: T0, index: 12 },
  ])!;

  it('the review grid fits the width, marks status and flags, and follows the cursor row', () => {
    const layout = navigatorLayout(state, 13, 60);
    expect(layout.perRow).toBe(7);
    for (const line of layout.lines) expect(lineWidth(line)).toBeLessThanOrEqual(60);
    const text = plainText(layout.lines);
    expect(text.replace(/\s+/g, ' ')).toContain('1 answered · 0 incomplete · 29 unanswered · 1 flagged for review');
    expect(text).toMatch(/ 1 ✓⚑/);
    expect(text).toMatch(/14 ·/);
    expect(plainText([layout.lines[layout.focus[0]]!])).toContain('14 ·');
  });

  it('the results list tells a question left blank from one never shown', () => {
    const ended = replay([{ type: 'start', at: T0, id: 'x', items: items.slice(0, 3), durationMs: 60_000 }, { type: 'answer', at: T0, options: [0] }, { type: 'goto', at: T0, index: 1 }, { type: 'submit', at: T0 }])!;
    const rows = examResult(ended, byId(questions)).questions.map((r) => plainText([resultRow(r, false, 80)]));
    expect(rows[0]).toContain('✓ right');
    expect(rows[1]).toContain('– blank');
    expect(rows[2]).toContain('· unseen');
  });

  it('the results list shows each question\'s level', () => {
    const leveled = [makeQuestion({ id: 'f', difficulty: 'foundational' }), makeQuestion({ id: 'e' }), makeQuestion({ id: 'b', difficulty: 'beyond-exam' })];
    const three: ExamItem[] = leveled.map((q) => ({ qid: q.id, topic: q.topic, order: [0, 1, 2, 3], pick: 1 }));
    const ended = replay([{ type: 'start', at: T0, id: 'x', items: three, durationMs: 60_000 }, { type: 'submit', at: T0 }])!;
    const rows = examResult(ended, byId(leveled)).questions.map((r) => plainText([resultRow(r, false, 60)]));
    expect(rows[0]).toMatch(/– blank {6}found\. {2}f stem/);
    expect(rows[1]).toMatch(/· unseen {5}exam {4}e stem/);
    expect(rows[2]).toMatch(/· unseen {5}beyond {2}b stem/);
  });

  it('the submit question names what is open, by number', () => {
    const state = replay([
      { type: 'start', at: T0, id: 'x', items: items.slice(0, 3), durationMs: 60_000 },
      { type: 'answer', at: T0 + 1000, options: [0] },
      { type: 'flag', at: T0 + 1000 },
      { type: 'goto', at: T0 + 1000, index: 2 },
      { type: 'flag', at: T0 + 1000 },
    ])!;
    const text = plainText(layoutBlocks(submitBlocks(state), 80));
    expect(text).toMatch(/2 questions unanswered: 2, 3/);
    expect(text).toMatch(/2 questions flagged for review: 1, 3/);
    expect(text).toContain('count as wrong');
  });

  it('the review grid shows only the questions its filter keeps, with every filter counted', () => {
    const state = replay([
      { type: 'start', at: T0, id: 'x', items: items.slice(0, 3), durationMs: 60_000 },
      { type: 'flag', at: T0 + 1000 },
      { type: 'goto', at: T0 + 1000, index: 1 },
      { type: 'answer', at: T0 + 1000, options: [0] },
    ])!;
    const flagged = plainText(navigatorLayout(state, 0, 80, 'flagged').lines);
    expect(flagged).toMatch(/\[flagged 1\]/);
    expect(flagged).toMatch(/all 3 +\[flagged 1\] +incomplete 2 +unanswered 2/);
    expect(flagged).toMatch(/ 1 ·⚑/);
    expect(flagged).not.toMatch(/ 2 [✓◐·]/);
    expect(plainText(navigatorLayout(state, 0, 80, 'unanswered').lines)).toMatch(/ 1 ·⚑ +3 ·/);
  });

  it('the summary labels the scaled score as an estimate and marks the weakest topic', () => {
    const ended = replay([
      { type: 'start', at: T0, id: 'x', items, durationMs: 60_000 },
      { type: 'answer', at: T0 + 1000, options: [0] },
      { type: 'submit', at: T0 + 2000 },
    ])!;
    const lines = summaryLines(examResult(ended, byId(questions)), 80);
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(80);
    const text = plainText(lines);
    expect(text).toContain('✗ FAIL   3% correct (1 of 30)');
    expect(text).toMatch(/Estimated scaled score: 129 of 1000 \(pass line 700\) — estimate/);
    expect(text).toContain('  Authentication and authorization   0/15  ░░░░░░░░░░░░░░░░   0%  weakest');
    expect(text).toContain('  Caching                            1/15  █░░░░░░░░░░░░░░░   7%');
    expect(bar(1, 4, 8)).toBe('██░░░░░░');
  });

  it('the summary says the score covers the API Gateway part of CLF-C02, and scores each exam domain before the topics', () => {
    const mapped = questions.map((q, i) => (i < 10 ? { ...q, domain: 'security-compliance' as const } : i < 25 ? { ...q, domain: 'technology-services' as const } : q));
    const ended = replay([
      { type: 'start', at: T0, id: 'x', items, durationMs: 60_000 },
      { type: 'answer', at: T0 + 1000, options: [0] },
      { type: 'submit', at: T0 + 2000 },
    ])!;
    for (const width of [58, 98]) {
      const lines = summaryLines(examResult(ended, byId(mapped)), width);
      for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
      // In the narrowest window the bars shorten so the domain names stay whole.
      expect(plainText(lines)).toContain('3. Cloud Technology and Services');
    }
    const text = plainText(summaryLines(examResult(ended, byId(mapped)), 98));
    expect(text.replace(/\s+/g, ' ')).toContain('It covers the API Gateway part of CLF-C02 only, not the whole exam. A pass here is not a pass of CLF-C02.');
    expect(text).toContain('By exam domain  as the real score report groups it');
    expect(text).toMatch(/ {2}2\. Security and Compliance +1\/10 {2}██░+ {2}10%\n/);
    expect(text).toMatch(/ {2}3\. Cloud Technology and Services +0\/15 {2}░+ {3}0%\n/);
    expect(text).toMatch(/ {2}Not mapped to an exam domain +0\/5 {2}░+ {3}0%\n/);
    expect(text.indexOf('By exam domain')).toBeLessThan(text.indexOf('By topic'));
  });
});

describe('the home menu line', () => {
  it('offers the unfinished exam first, else the last score, else nothing', () => {
    expect(examMenuText({ unfinishedExamMs: 2_481_000, lastExam: { scaled: 712, passed: true } })).toBe('unfinished exam: 41:21 left');
    expect(examMenuText({ lastExam: { scaled: 712, passed: true } })).toBe('last: 712 (pass)');
    expect(examMenuText({})).toBeUndefined();
  });
});
