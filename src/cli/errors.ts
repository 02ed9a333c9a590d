/** Wrong use of the command line: exit 2 with a short usage. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Bad input the user can fix (a broken bank, an unreadable file): exit 1, one clear line. */
export class InputError extends Error {}

export const EXIT = { ok: 0, input: 1, usage: 2, interrupted: 130 } as const;
