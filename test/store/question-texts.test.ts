import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/types.js';
import { guessChance } from '../../src/core/stats/readiness.js';
import { loadLibrary } from '../../src/store/bank-files.js';
import { QUESTIONS_PER_BLOCK, questionsWithHeldText, splitQuestions } from '../../src/store/question-texts.js';

const builtin = async () => (await loadLibrary({ cache: false })).questions.map(({ bank: _, ...q }) => q);

/** Held questions whose text is read through a counting reader: `reads` counts the blocks read. */
function held(questions: Omit<Question, 'bank'>[]) {
  const { headers, blocks } = splitQuestions(questions);
  const count = { reads: 0 };
  const readers = blocks.map((block) => () => (count.reads++, block));
  return { count, headers, questions: questionsWithHeldText(headers, readers, () => true) };
}

describe('questions held with their text compressed', () => {
  it('read exactly like the questions they were made from', async () => {
    const questions = await builtin();
    expect(questions.length).toBeGreaterThan(100);
    expect(held(questions).questions).toEqual(questions);
  });

  it('keep no text in their headers', async () => {
    const questions = await builtin();
    const { headers } = held(questions);
    const kept = JSON.stringify(headers);
    for (const q of questions.slice(0, 50)) {
      expect(kept).not.toContain(q.stem);
      for (const choice of q.choices) expect(kept).not.toContain(JSON.stringify(choice.text));
    }
  });

  it('read only the block of the question whose text is used, once', async () => {
    const { count, questions } = held(await builtin());
    expect(count.reads).toBe(0);
    const last = questions.at(-1)!;
    expect(last.stem.length).toBeGreaterThan(0);
    expect(count.reads).toBe(1);
    void last.choices;
    void questions.at(-2)!.explanation;
    expect(count.reads).toBe(1);
    void questions[0]!.stem;
    expect(count.reads).toBe(2);
  });

  it('read each block once when gone through in bank order, and keep the text of questions shown together from several blocks', async () => {
    const { count, questions } = held(await builtin());
    const stems = questions.map((q) => q.stem);
    const blocks = count.reads;
    expect(blocks).toBe(Math.ceil(questions.length / QUESTIONS_PER_BLOCK));
    const at = [1, QUESTIONS_PER_BLOCK + 1, 2 * QUESTIONS_PER_BLOCK + 1];
    for (let shown = 0; shown < 3; shown++) expect(at.map((i) => questions[i]!.stem)).toEqual(at.map((i) => stems[i]));
    expect(count.reads).toBe(blocks + 3);
  });

  it('tell how many options they have without decompressing anything', async () => {
    const questions = await builtin();
    const { count, questions: kept } = held(questions);
    expect(kept.map((q) => guessChance(q as Question))).toEqual(questions.map((q) => guessChance(q as Question)));
    expect(count.reads).toBe(0);
  });

  it('refuse text the loader could not have made (a forged cache)', async () => {
    const questions = await builtin();
    const { headers, blocks } = splitQuestions(questions);
    const refused = questionsWithHeldText(headers, blocks.map((block) => () => block), () => false);
    expect(() => refused[0]!.stem).toThrow(/delete the cache folder/);
  });
});
