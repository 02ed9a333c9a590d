import { describe, expect, it } from 'vitest';
import { statedChoiceCount, chooseLabel } from '../../../src/core/bank/count.js';
import { checkAcrossBanks } from '../../../src/core/bank/check.js';
import { parseBank, parseFacts } from '../../../src/core/bank/parse.js';

const bank = (questions: string) => `title: T\nquestions:\n${questions}`;
const question = (id: string, extra = '') => `  - id: ${id}
    topic: caching
    type: single
    difficulty: exam
    stem: What is the default cache TTL?
    choices:
      - text: 300 seconds
        correct: true
        why: The default TTL is 300 seconds.
      - text: 3600 seconds
        why: That is the maximum.
    explanation: Default 300 s, maximum 3,600 s.
    facts: [cache.ttl]
    source: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
${extra}`;

describe('parseBank', () => {
  it('normalises a question: answer indices, defaults, sanitised text', () => {
    const parsed = parseBank(bank(question('c-1')), 'b.yaml');
    expect(parsed.problems).toEqual([]);
    const q = parsed.bank!.questions[0]!;
    expect(q).toMatchObject({ id: 'c-1', topic: 'caching', type: 'single', answer: [0], facts: ['cache.ttl'], bank: 'b.yaml', difficulty: 'exam' });
    expect(q.choices[1]).toEqual({ text: '3600 seconds', correct: false, why: 'That is the maximum.' });
  });

  it('keeps the good questions of a bank when one is broken', () => {
    const broken = question('c-2').replace('    stem: What is the default cache TTL?\n', '');
    const parsed = parseBank(bank(question('c-1') + broken + question('c-3')), 'b.yaml');
    expect(parsed.bank!.questions.map((q) => q.id)).toEqual(['c-1', 'c-3']);
    expect(parsed.problems).toEqual([expect.objectContaining({ rule: 'missing-field', line: 17, col: 5 })]);
  });

  it('relaxes per-option explanations for imported questions only', () => {
    const imported = `  - id: imp-1
    topic: general
    type: single
    stem: Which service runs code without servers?
    choices:
      - text: AWS Lambda
        correct: true
      - text: Amazon EC2
    imported: { file: README.md, line: 12, position: 3 }
`;
    expect(parseBank(bank(imported), 'i.yaml').problems).toEqual([]);
    const notImported = imported.replace('    imported: { file: README.md, line: 12, position: 3 }\n', '');
    const rules = parseBank(bank(notImported), 'n.yaml').problems.map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['missing-why', 'missing-explanation', 'missing-facts', 'missing-source', 'missing-difficulty']));
  });

  it('keeps the exam domain and task, and refuses a task from another domain', () => {
    const mapped = question('d-1').replace('    difficulty: exam\n', '    difficulty: exam\n    domain: technology-services\n    task: "3.5"\n');
    const parsed = parseBank(bank(mapped), 'd.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.bank!.questions[0]).toMatchObject({ domain: 'technology-services', task: '3.5' });
    const wrong = mapped.replace('task: "3.5"', 'task: "4.1"');
    expect(parseBank(bank(wrong), 'd.yaml').problems).toEqual([
      expect.objectContaining({ rule: 'task-domain-mismatch', line: 8, message: 'd-1: task 4.1 belongs to billing-pricing-support, not technology-services' }),
    ]);
    const unknownDomain = mapped.replace('domain: technology-services', 'domain: networking');
    expect(parseBank(bank(unknownDomain), 'd.yaml').problems.map((p) => p.rule)).toEqual(['schema']);
  });

  it('never throws on garbage', () => {
    for (const text of ['', '\u0000\u0001', ':', '- - -', '{{{{', 'title: [', 'a: *b', '%TAG ! tag:x\n--- !x\n']) {
      expect(() => parseBank(text, 'g.yaml')).not.toThrow();
      expect(parseBank(text, 'g.yaml').problems.length).toBeGreaterThan(0);
    }
  });
});

describe('checkAcrossBanks', () => {
  it('rejects an id used in two banks and a fact id missing from the catalogue', () => {
    const a = parseBank(bank(question('same')), 'a.yaml');
    const b = parseBank(bank(question('same') + question('other').replace('[cache.ttl]', '[cache.nope]')), 'b.yaml');
    const problems = checkAcrossBanks([a, b], [{ id: 'cache.ttl', topic: 'caching', status: 'verified', core: true, statement: 's', source: 'https://x.y' }]);
    expect(problems.map((p) => [p.file, p.rule, p.line])).toEqual([
      ['b.yaml', 'duplicate-id', 3],
      ['b.yaml', 'unknown-fact', 29],
    ]);
    expect(a.bank!.questions).toHaveLength(1);
    expect(b.bank!.questions).toHaveLength(0);
  });
});

describe('parseFacts', () => {
  it('reads the catalogue and refuses a fact defined twice', () => {
    const text = `facts:
  - { id: a.b, topic: auth, status: verified, statement: One., source: "https://x.y" }
  - { id: a.b, topic: auth, status: corrected, statement: Two., chapter: Old., source: "https://x.y" }
`;
    const parsed = parseFacts(text, 'facts.yaml');
    expect(parsed.facts).toHaveLength(1);
    expect(parsed.problems).toEqual([expect.objectContaining({ rule: 'duplicate-fact', line: 3 })]);
  });
});

describe('stated choice counts', () => {
  it.each([
    ['Which TWO? (Choose TWO.)', 2],
    ['(Select three)', 3],
    ['There are 2 correct answers.', 2],
    ['choose 3 options', 3],
    ['Which service should they choose?', undefined],
  ])('%s → %s', (stem, count) => expect(statedChoiceCount(stem)).toBe(count));

  it('labels counts as the exam does', () => expect(chooseLabel(3)).toBe('Choose THREE'));
});
