// Ingest that never stops a batch: each path is ingested on its own, and if ingest throws on one
// (unreadable, vanished, a bug) that path is reported as failed and the next one is read.
import { ingestPaths, type IngestItem, type IngestOptions } from '../ingest/index.js';
import type { Message } from '../core/types.js';
import { describeError } from './process-safe.js';

export async function* ingestEach(paths: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  for (const path of paths) {
    try {
      yield* ingestPaths([path], opts);
    } catch (err) {
      yield { ok: false, message: { level: 'error', code: 'ingest/failed', reason: describeError(err), origin: path } };
    }
  }
}

/** `origin:line: reason` (or `origin: reason`): one line per failed input, for stderr. */
export function formatFailure(m: Message): string {
  const origin = m.origin ?? '-';
  // JSONL origins are already 'path:line'; add the line only when it is not there yet.
  const where = m.line != null && !origin.endsWith(`:${m.line}`) ? `${origin}:${m.line}` : origin;
  return `${where}: ${m.reason.replace(/\s+/g, ' ').trim()}`;
}
