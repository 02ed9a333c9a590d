import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../src/core/import/index.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'import');
const load = (name: string) => importMarkdown(readFileSync(join(FIXTURES, name), 'utf8'), name, 'auto');

describe('numbered layout with hidden answers (4-space indentation)', () => {
  const result = load('numbered.md');
  const byLine = (line: number) => result.questions.find((q) => q.imported.line === line)!;
  const correctOf = (line: number) => byLine(line).choices.flatMap((c, i) => (c.correct ? [String.fromCharCode(65 + i)] : []));

  it('is detected and counts questions by position, not by their printed numbers', () => {
    expect(result.format).toBe('numbered');
    expect(result.title).toBe('Practice Exam 1');
    expect(result.questions.map((q) => [q.imported.line, q.imported.position])).toEqual([
      [5, 1],
      [17, 2],
      [34, 3],
      [46, 4],
      [58, 5],
      [78, 6],
      [133, 11],
    ]);
  });

  it('reads every way of writing a key: B, "A, C", "A,B", AD, BCD and the lower-case typo Ac', () => {
    expect(correctOf(5)).toEqual(['B']);
    expect(correctOf(17)).toEqual(['A', 'C']);
    expect(correctOf(34)).toEqual(['A', 'B']);
    expect(correctOf(46)).toEqual(['A', 'D']);
    expect(correctOf(58)).toEqual(['B', 'C', 'D']);
    expect(correctOf(78)).toEqual(['A', 'C']);
    expect(byLine(58).type).toBe('multi');
    expect(byLine(5).type).toBe('single');
  });

  it('keeps the options without their letters', () => {
    expect(byLine(5).choices.map((c) => c.text)).toEqual(['Amazon EC2', 'AWS Lambda', 'Amazon EBS', 'AWS Snowball']);
  });

  it('keeps the source explanation (text, bullet list, links with their URL) and the reference', () => {
    expect(byLine(17).imported).toMatchObject({ explanation: 'S3 is object storage; EFS is a shared file system.', reference: 'https://aws.amazon.com/s3/' });
    expect(byLine(58).imported.explanation).toBe('- Lambda runs functions without servers.\n- DynamoDB is a serverless database.\n- Fargate runs containers without managing servers.');
    expect(byLine(133).imported.explanation).toContain('the CloudTrail guide (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-user-guide.html)');
    expect(byLine(5).imported.explanation).toBeUndefined();
    expect(byLine(5).imported.reference).toBeUndefined();
  });

  it('skips what it cannot trust, with line numbers, and never invents an answer', () => {
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [90, 'answer letter E is out of range (options A–D)'],
      [102, 'no answer given (no "Correct answer:" line)'],
      [111, 'the stem asks for 2 answers but 1 is marked correct'],
      [122, 'cannot read the answer key "A or B" (line 129)'],
    ]);
  });
});

describe('numbered layout (2-space indentation, images, a numbered list that is not questions)', () => {
  const result = load('numbered-2space.md');

  it('ignores an introduction written as a numbered list', () => {
    expect(result.questions.map((q) => [q.imported.line, q.imported.position])).toEqual([
      [8, 1],
      [20, 2],
    ]);
  });

  it('reads options and answers indented by two spaces, and a numbered list inside the explanation', () => {
    const [diagram, queue] = result.questions;
    expect(diagram!.choices.map((c) => c.correct === true)).toEqual([false, false, true]);
    expect(diagram!.stem).toContain('[The source shows an image here: images/vpc.png]');
    expect(queue!.imported.explanation).toBe('1. SQS is a fully managed queue.\n2. EMR runs big data frameworks.');
  });

  it('reports a multi-answer key whose letter is out of range', () => {
    expect(result.skipped).toEqual([expect.objectContaining({ line: 35, reason: 'answer letter E is out of range (options A–D)' })]);
  });
});

describe('numbered layout edge cases', () => {
  const one = (md: string) => importMarkdown(md, 'x.md', 'numbered');

  it('reads a key written on the line after "Correct answer:" and a details block without blank lines', () => {
    const md = ['1. Which is a CDN?', '  - A. Amazon CloudFront', '  - B. Amazon EBS', '  <details><summary>Answer</summary>', '  Correct answer:', '  A', '  </details>'].join('\n');
    expect(one(md).questions[0]!.choices[0]).toEqual({ text: 'Amazon CloudFront', correct: true });
  });

  it('refuses options labelled twice with the same letter', () => {
    const md = ['1. Which is a CDN?', '  - A. Amazon CloudFront', '  - A. Amazon EBS', '  Correct answer: A'].join('\n');
    expect(one(md).skipped[0]!.reason).toBe('two options are labelled A');
  });

  it('says "no options" for a question that has an answer but no options', () => {
    const md = ['1. Which is a CDN?', '', '  Correct answer: A'].join('\n');
    expect(one(md).skipped).toEqual([expect.objectContaining({ line: 1, reason: 'no options' })]);
  });
});
