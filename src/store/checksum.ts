import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';

/**
 * A checksum of some bytes, to notice any change to them: CRC-32 where Node has it (fast),
 * SHA-1 otherwise. The name is part of the value, so either is recognised.
 */
export function checksum(chunks: Iterable<Uint8Array>): string {
  const { crc32 } = zlib as { crc32?: (data: Uint8Array, value?: number) => number };
  let length = 0;
  if (crc32) {
    let crc = 0;
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      length += chunk.length;
    }
    return `crc32:${crc.toString(16)}:${length}`;
  }
  const hash = createHash('sha1');
  for (const chunk of chunks) hash.update(chunk);
  return `sha1:${hash.digest('hex')}`;
}
