import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/types.js';
import { guessChance } from '../../src/core/stats/readiness.js';
import { loadLibrary } from '../../src/store/bank-files.js';
import { QUESTIONS_PER_BLOCK, questionsWithHeldText, splitQuestions } from '../../src/store/question-texts.js';

const builtin = async () => (await loadLibrary({ cache: false })).questions.map(({ bank: _, ...q }) => q);

/** Held questions whose block openings are counted: `checked` grows by a block's size each time one is decompressed. */
function held(questions: Omit<Question, 'bank'>[]) {
  const { headers, blocks } = splitQuestions(questions);
  const count = { checked: 0 };
  return { count, headers, questions: questionsWithHeldText(headers, blocks, () => (count.checked++, true)) };
}

describe('questions held with their text compressed', () => {
  it('read exactly like the questions they were made from', async () => {
    const questions = await builtin();
    expect(questions.length).toBeGreaterThan(3 * QUESTIONS_PER_BLOCK);
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

  it('decompress only the block of the question whose text is read, once', async () => {
    const { count, questions } = held(await builtin());
    expect(count.checked).toBe(0);
    const last = questions.at(-1)!;
    expect(last.stem.length).toBeGreaterThan(0);
    const inLastBlock = questions.length % QUESTIONS_PER_BLOCK || QUESTIONS_PER_BLOCK;
    expect(count.checked).toBe(inLastBlock);
    void last.choices;
    void questions.at(-2)!.explanation;
    expect(count.checked).toBe(inLastBlock);
  });

  it('tell how many options they have without decompressing anything', async () => {
    const questions = await builtin();
    const { count, questions: kept } = held(questions);
    expect(kept.map((q) => guessChance(q as Question))).toEqual(questions.map((q) => guessChance(q as Question)));
    expect(count.checked).toBe(0);
  });

  it('refuse text the loader could not have made (a forged cache)', async () => {
    const questions = await builtin();
    const { headers, blocks } = splitQuestions(questions);
    const refused = questionsWithHeldText(headers, blocks, () => false);
    expect(() => refused[0]!.stem).toThrow(/delete the cache folder/);
  });
});
