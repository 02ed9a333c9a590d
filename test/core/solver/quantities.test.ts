import { describe, expect, it } from 'vitest';
import { quantitiesIn, sameAmount } from '../../../src/core/solver/quantities.js';

const read = (text: string) => quantitiesIn(text).map((q) => [q.measure, q.value, text.slice(q.start, q.end)]);
const one = (text: string) => {
  const found = quantitiesIn(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('amounts written in a text', () => {
  it('reads one duration however it is written', () => {
    for (const text of ['7,200 seconds', '120 minutes', 'two hours', '2 h', '7200s']) expect(one(`stays open for ${text}`)).toMatchObject({ measure: 'time', value: 7200 });
    expect(one('about an hour')).toMatchObject({ measure: 'time', value: 3600 });
    expect(one('a limit of 50 milliseconds')).toMatchObject({ measure: 'time', value: 0.05 });
  });

  it('reads sizes in powers of 1,024 and joined to their number', () => {
    expect(sameAmount(one('a body of 2,097,152 bytes'), one('a 2MB body'))).toBe(true);
    expect(one('frames of 64 KB')).toMatchObject({ measure: 'size', value: 65_536 });
    expect(sameAmount(one('1 GB'), one('1 MB'))).toBe(false);
  });

  it('reads money, percentages, counts with their scale, and status codes by the words around them', () => {
    expect(read('$2.80 per million for the next 667 million, 40% less')).toEqual([
      ['money', 2.8, '$2.80'],
      ['count', 667_000_000, '667 million'],
      ['percent', 40, '40%'],
    ]);
    expect(one('clients get HTTP 403 back')).toMatchObject({ measure: 'status', value: 403 });
    expect(one('it answers 502 Bad Gateway')).toMatchObject({ measure: 'status', value: 502 });
    expect(one('up to 600 stages')).toMatchObject({ measure: 'count', value: 600 });
  });

  it('gives the unit of a range or list to every number in it', () => {
    expect(read('between 10 and 90 seconds')).toEqual([
      ['time', 10, '10'],
      ['time', 90, '90 seconds'],
    ]);
    expect(read('sizes 2, 4 or 8 GB').map(([, v]) => v)).toEqual([2, 4, 8].map((n) => n * 1024 ** 3));
  });

  it('finds no amount in names, dates, years or number words used as words', () => {
    expect(read('the ap-south-2 Region, version v3, the 4XXError metric')).toEqual([]);
    expect(read('on 9 March, in 2031, one of the stages')).toEqual([]);
    expect(read('3 million a day')).toEqual([['count', 3_000_000, '3 million']]);
  });
});

describe('number words that count what the service meters', () => {
  it('reads "five requests" and "two messages" as counts, but not "one of the APIs" nor "a message"', () => {
    expect(read('five requests and two messages')).toEqual([['count', 5, 'five'], ['count', 2, 'two']]);
    expect(read('one of the APIs sends a message')).toEqual([]);
    expect(read('ninety calls')).toEqual([['count', 90, 'ninety']]);
    expect(read('the API receives 500 million requests')).toEqual([['count', 500e6, '500 million']]);
  });
});

describe('a scale written without a number', () => {
  it('counts one of it after a word that sets a tier', () => {
    expect(quantitiesIn('billed at one rate for the first trillion calls').map((q) => [q.measure, q.value])).toEqual([['count', 1e12]]);
    expect(quantitiesIn('a lower price beyond billion-request months, $2 above that').map((q) => [q.measure, q.value])).toEqual([['count', 1e9], ['money', 2]]);
    expect(quantitiesIn('one of the million reasons')).toEqual([]);
  });
});
