import { EXIT } from '../app/exit-codes.js';
import { StoreError } from '../store/errors.js';

export { EXIT };

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

/** How a failed command ends: its exit code, the line to print, and whether the usage follows. */
export interface Failure {
  code: number;
  message: string;
  /** A usage error: print the command's short usage after the message. */
  usage: boolean;
  /** Not an error the user can act on: a bug (its stack is shown with CLF_TRAINER_DEBUG). */
  unexpected: boolean;
}

/**
 * The one place errors become exit codes and messages: usage errors exit 2; input and storage
 * errors exit 1 with their own line; anything else is unexpected (exit 1, said as such).
 */
export function failureOf(error: unknown): Failure {
  if (error instanceof UsageError) return { code: EXIT.usage, message: error.message, usage: true, unexpected: false };
  if (error instanceof InputError || error instanceof StoreError) return { code: EXIT.input, message: error.message, usage: false, unexpected: false };
  return { code: EXIT.input, message: `unexpected error: ${error instanceof Error ? error.message : String(error)}`, usage: false, unexpected: true };
}
