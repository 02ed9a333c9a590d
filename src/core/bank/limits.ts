/**
 * Longest text per field, in characters: far above any real question (the built-in banks stay
 * under a tenth of each), low enough that every screen lays a question out at once.
 */
export const TEXT_LIMITS = { title: 200, stem: 5000, choice: 1000, why: 2000, explanation: 5000, importedExplanation: 10000, reference: 2000 } as const;
