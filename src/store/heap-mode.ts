import { setFlagsFromString } from 'node:v8';

/**
 * Bank files beyond this many bytes (about 3,000 questions) make a library large: loading it
 * from the cache then asks V8 to favour memory over speed.
 */
export const LARGE_LIBRARY_BYTES = 4 * 1024 * 1024;

let favoured = false;

/**
 * Sizes the heap for memory rather than speed from now on: the young generation stays small
 * instead of growing to 32 MB while a large library is loaded, and old garbage is collected
 * sooner. It costs a little time, so only a large library asks for it (once per process).
 */
export function favourMemory(): void {
  if (favoured) return;
  favoured = true;
  setFlagsFromString('--optimize-for-size');
}
