import { randomBytes } from 'node:crypto';

let lastMilliseconds = 0;
let counter = 0;

/**
 * A UUID version 7: a millisecond timestamp, then a counter, then random bits. Ids made by this
 * process sort in the order they were made, even within one millisecond, so an append-only log
 * can be read newest first by id alone.
 */
export function timeOrderedId(): string {
  let milliseconds = Math.max(Date.now(), lastMilliseconds);
  if (milliseconds === lastMilliseconds) {
    counter += 1;
    if (counter > 0xfff) {
      milliseconds += 1;
      counter = 0;
    }
  } else {
    counter = 0;
  }
  lastMilliseconds = milliseconds;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(milliseconds, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
