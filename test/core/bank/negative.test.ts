import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { negativeLabels } from '../../../src/core/bank/negative.js';
import type { Question } from '../../../src/core/bank/types.js';
import { loadLibrary } from '../../../src/store/bank-files.js';
import { ROOT } from '../../e2e/terminal.js';

const negative = (stem: string) => negativeLabels({ angle: 'negative', stem });

describe('the labels of a NOT question', () => {
  it('a "NOT correct" question is about statements: false ones are the answers', () => {
    expect(negative('Which statement about API Gateway caching is NOT correct?')).toEqual({
      answer: 'false statement, so it is an answer',
      notAnswer: 'true statement, so it is not an answer',
    });
    expect(negative('Which THREE statements are NOT correct? (Choose THREE.)')?.answer).toBe('false statement, so it is an answer');
    expect(negative('A colleague makes several claims. Which claim is NOT correct?')?.notAnswer).toBe('true claim, so it is not an answer');
  });

  it('otherwise names what the stem negates, up to its first preposition', () => {
    expect(negative('Which THREE of the following are NOT available for Amazon API Gateway HTTP APIs? (Choose THREE.)')).toEqual({
      answer: 'not available, so it is an answer',
      notAnswer: 'available, so it is not an answer',
    });
    expect(negative('Which monitoring capabilities will NOT be available on the HTTP API? (Choose TWO.)')?.answer).toBe('not available, so it is an answer');
    expect(negative('Which of the following is NOT a valid reason to choose an HTTP API over a REST API?')?.notAnswer).toBe('a valid reason, so it is not an answer');
    expect(negative('Which use case is NOT a good fit for a WebSocket API?')?.answer).toBe('not a good fit, so it is an answer');
  });

  it('falls back to plain words when the stem has no short NOT phrase', () => {
    expect(negative('All of the following are API Gateway features EXCEPT which one?')).toEqual({ answer: 'does not hold, so it is an answer', notAnswer: 'holds, so it is not an answer' });
    expect(negative('Which is NOT something that a team would normally expect to configure on a stage?')?.answer).toBe('does not hold, so it is an answer');
  });

  it('goes by the angle, not by a NOT in the stem: "REST but NOT HTTP" keys what is true', () => {
    expect(negativeLabels({ stem: 'Which TWO are available to REST APIs but NOT to HTTP APIs? (Choose TWO.)' })).toBeUndefined();
    expect(negativeLabels({ angle: 'comparison', stem: 'Which TWO are available to REST APIs but NOT to HTTP APIs? (Choose TWO.)' })).toBeUndefined();
  });

  describe('on the built-in banks', () => {
    let questions: Question[] = [];
    beforeAll(async () => {
      questions = (await loadLibrary({ paths: [join(ROOT, 'questions')], builtin: false, cwd: ROOT })).questions;
    });

    it('every negative question gets labels read from its own stem, and no other question does', () => {
      const labelled = questions.filter((q) => negativeLabels(q));
      expect(labelled.length).toBeGreaterThan(20);
      expect(labelled.every((q) => q.angle === 'negative')).toBe(true);
      for (const q of labelled) expect(negativeLabels(q)!.answer, q.id).not.toBe('does not hold, so it is an answer');
    });
  });
});
