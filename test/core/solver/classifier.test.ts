import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, pack, train, unpack, viewOf } from '../../../src/core/solver/classifier.js';
import { clausesOf, featuresOf } from '../../../src/core/solver/clauses.js';
import { learnedClues } from '../../../src/core/solver/learned.js';
import { normalize } from '../../../src/core/solver/text.js';
import { solve } from '../../../src/core/solver/solve.js';
import { ROOT } from '../../e2e/terminal.js';
import { modelJson } from '../../../scripts/solver/train.js';

const words = (text: string) => featuresOf(normalize(text));

const examples = [
  { features: words('hold the messages until a worker is ready'), label: 'area:sqs' },
  { features: words('workers poll the queue for jobs'), label: 'area:sqs' },
  { features: words('block sql injection at the api'), label: 'waf' },
  { features: words('filter malicious bots and attacks'), label: 'waf' },
  { features: words('the company is reviewing its architecture'), label: 'none' },
];

describe('the clause model', () => {
  it('splits a scenario into clauses at sentence ends and before a new clause', () => {
    const text = 'Orders arrive in bursts, and the workers fall behind. Nothing may be lost; it must scale.';
    expect(clausesOf(text).map((c) => text.slice(c.start, c.end))).toEqual(['Orders arrive in bursts', 'and the workers fall behind', 'Nothing may be lost', 'it must scale']);
  });

  it('does not read a clause made mostly of words it never saw, such as random characters', () => {
    const model = viewOf(train(examples, { minCount: 1 }));
    expect(classify(model, words('the workers queue'))?.label).toBe('area:sqs');
    expect(classify(model, words('Km/9YuP ywRYa L6Eo SUyS xBMi VaHiE VARD queue Ifbb dLHh QvYf LuSHG wpxv jHCi ii0B bNbD ODdb qYb HzJP LZ3E aziU ATnG'))).toBeUndefined();
  });

  it('never answers random characters with a service', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const text = Array.from({ length: 20_000 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    expect(solve(text).service).toBeNull();
  });

  it('learns a label from the words around it, in any word form', () => {
    const model = viewOf(train(examples, { minCount: 1 }));
    expect(classify(model, words('messages are held until the workers are ready'))?.label).toBe('area:sqs');
    expect(classify(model, words('blocking SQL injection'))?.label).toBe('waf');
    expect(classify(model, words('entirely unknown words'))).toBeUndefined();
  });

  it('ships packed and reads back the same predictions', () => {
    const model = train(examples, { minCount: 1 });
    const packed = unpack(JSON.parse(JSON.stringify(pack(model))));
    for (const text of ['messages are held until the workers are ready', 'blocking SQL injection', 'reviewing the architecture']) {
      const a = classify(viewOf(model), words(text));
      const b = classify(packed, words(text));
      expect(b?.label).toBe(a?.label);
      expect(b?.probability).toBeCloseTo(a!.probability, 1);
    }
  });

  it('is the model training gives today (npm run build retrains it)', () => {
    expect(readFileSync(join(ROOT, 'src', 'core', 'solver', 'clause-model.json'), 'utf8')).toBe(modelJson(ROOT));
  });

  it('adds a clue only where the written patterns found none, and marks it learned', () => {
    const text = 'A news site renders its pages on EC2. Every tenth request on the production stage should go to the new deployment.';
    const s = solve(text);
    const learned = s.clues.filter((c) => c.learned);
    expect(learned.length).toBeGreaterThan(0);
    for (const clue of learned) expect(s.clues.some((c) => !c.learned && c.start >= clue.start && c.start < clue.end && c.concept === clue.concept)).toBe(false);
  });

  it.each([
    ['xray', 'Operators want to follow each call through the services it passes, to see which one is slow.'],
    ['area:eventbridge', 'Each incoming event should be routed to several different targets according to rules that match its content.'],
    ['area:auto-scaling', 'Capacity should be added ahead of the usual morning peak, based on forecasts from the previous weeks of load.'],
    ['canary', "Send a fifth of the stage's calls to the fresh deployment while the remainder stays on the current version."],
    ['area:dynamodb', 'The sessions table must be writable in both Regions, with each write replicated to the other Region automatically.'],
  ])('recognises the need %s however it is worded', (label, text) => {
    const { clues, areas } = learnedClues(text, [], []);
    expect([...clues.map((c) => c.concept), ...areas.map((h) => `area:${h.area}`)]).toContain(label);
  });

  it('learns no clue of the rule in a clause that rules something out', () => {
    expect(learnedClues('There is no need to send a share of live traffic to the new version.', [], []).clues).toEqual([]);
  });

  it('never makes an answer that rests only on learned clues confident', () => {
    const s = solve('Every tenth request on the production stage should go to the new deployment.while the rest stay on the current one.');
    const deciding = s.clues.filter((c) => !c.negated && s.trace.at(-1)?.clues.includes(c.quote));
    if (deciding.length && deciding.every((c) => c.learned)) expect(s.confidence).toBeLessThan(0.8);
  });
});
