/**
 * What goes wrong in storage, as the store's own errors: the message is one clear line for the
 * user. The command line decides what each means for the exit code (see cli/errors.ts).
 */

/** A file the trainer needs could not be used as it is. */
export class StoreError extends Error {}

/** A progress file could not be written or read. */
export class StorageError extends StoreError {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly path: string,
  ) {
    super(message);
  }
}
