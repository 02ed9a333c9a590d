const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const WORDS_FOR: Record<number, string> = { 2: 'TWO', 3: 'THREE', 4: 'FOUR', 5: 'FIVE' };

const STATED = [
  /\b(?:choose|select|pick)\s+(two|three|four|five|[2-5])\b/i,
  /\bthere\s+are\s+(two|three|four|five|[2-5])\s+correct\s+answers?\b/i,
];

/** How many options a multiple-response stem asks for ("Choose TWO" → 2), or undefined. */
export function statedChoiceCount(stem: string): number | undefined {
  for (const pattern of STATED) {
    const match = pattern.exec(stem);
    if (match?.[1]) {
      const word = match[1].toLowerCase();
      return NUMBER_WORDS[word] ?? Number(word);
    }
  }
  return undefined;
}

/** "Choose TWO" for 2, as the real exam writes it. */
export function chooseLabel(count: number): string {
  return `Choose ${WORDS_FOR[count] ?? String(count)}`;
}
