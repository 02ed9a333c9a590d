import { writeFileSync } from 'node:fs';

/**
 * Writes a bank of `count` simple single-answer questions of topic "general" (imported style,
 * so no facts are needed): `--bank FILE --topic general --new N` studies only these. Question n
 * asks "Fixture question n?" with the right option "Right n" among three wrong ones.
 */
export function writeManyQuestions(path: string, count: number): string[] {
  const ids: string[] = [];
  const lines = ['title: Many fixture questions', 'questions:'];
  for (let n = 1; n <= count; n++) {
    const id = `many-${String(n).padStart(4, '0')}`;
    ids.push(id);
    lines.push(
      `  - id: ${id}`,
      '    topic: general',
      '    type: single',
      `    stem: Fixture question ${n}?`,
      '    choices:',
      `      - { text: Right ${n}, correct: true }`,
      `      - { text: Wrong ${n} one }`,
      `      - { text: Wrong ${n} two }`,
      `      - { text: Wrong ${n} three }`,
      '    imported: { file: many.md, line: 1, position: 1 }',
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return ids;
}
