// The content hash: the same text ingested twice (from any path or format) gets the same hash.
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
