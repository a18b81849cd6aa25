// Shared checks for ingest tests.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Report, ZoneKind } from '../../src/core/types.js';
import { ingestPaths, type IngestItem, type IngestOptions } from '../../src/ingest/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

export async function collect(paths: string[], opts: IngestOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingestPaths(paths, opts)) out.push(item);
  return out;
}

export async function one(path: string, opts: IngestOptions = {}): Promise<Report> {
  const items = await collect([path], opts);
  assert.equal(items.length, 1, `one item from ${path}`);
  const item = items[0]!;
  if (!item.ok) assert.fail(`ingest failed: ${item.message.reason}`);
  assertWellFormed(item.report);
  return item.report;
}

/** Zones cover the text in order without overlap; entries are in order; spans are in range. */
export function assertWellFormed(r: Report): void {
  let last = 0;
  for (const z of r.zones) {
    assert.ok(z.start >= last && z.end > z.start && z.end <= r.text.length, `zone ${z.kind} [${z.start},${z.end}) in order`);
    last = z.end;
  }
  // Nothing but whitespace is left out between zones.
  let covered = 0;
  for (const z of r.zones) {
    assert.match(r.text.slice(covered, z.start), /^\s*$/, 'only whitespace between zones');
    covered = z.end;
  }
  assert.match(r.text.slice(covered), /^\s*$/, 'only whitespace after the last zone');
  let prevEnd = 0;
  r.entries.forEach((e, i) => {
    assert.equal(e.index, i);
    assert.ok(e.start >= prevEnd && e.end >= e.start, 'entries in order');
    prevEnd = e.end;
    if (e.headline) assert.ok(e.headline.start >= e.start && e.headline.end <= e.end, 'headline inside its entry');
  });
}

/** The text of every zone of a kind. */
export function zoneTexts(r: Report, kind: ZoneKind): string[] {
  return r.zones.filter((z) => z.kind === kind).map((z) => r.text.slice(z.start, z.end));
}

export function headlines(r: Report): string[] {
  return r.entries.filter((e) => e.headline).map((e) => r.text.slice(e.headline!.start, e.headline!.end));
}
