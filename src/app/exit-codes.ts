/** The program's exit codes: 0 done, 1 bad input, 2 usage error or no terminal, 130 interrupted (Ctrl+C). */
export const EXIT = { ok: 0, input: 1, usage: 2, interrupted: 130 } as const;
