// Two installs sharing one cache folder must not delete each other's gazetteer cache (each would
// rebuild, ~13 s, on every start); caches nobody has loaded for weeks, and dead temporaries, go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruneStale } from '../../src/geo/cache.js';

const DAY = 24 * 3600 * 1000;

function file(dir: string, name: string, ageMs: number): void {
  const path = join(dir, name);
  writeFileSync(path, 'x');
  const t = new Date(Date.now() - ageMs);
  utimesSync(path, t, t);
}

test("another install's cache in use is kept; stale caches and dead temporaries are removed", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cache-'));
  file(dir, 'gazetteer-aaaa.bin', 0); // ours, just written
  file(dir, 'gazetteer-bbbb.bin', 2 * DAY); // a second checkout, used two days ago
  file(dir, 'gazetteer-cccc.bin', 40 * DAY); // inputs of an install long gone
  file(dir, 'gazetteer-dddd.bin.123.abc.tmp', 2 * 3600 * 1000); // a build killed two hours ago
  file(dir, 'gazetteer-eeee.bin.456.def.tmp', 60 * 1000); // a build running now in another process
  file(dir, 'notes.txt', 400 * DAY); // not ours to touch
  pruneStale(dir, join(dir, 'gazetteer-aaaa.bin'));
  assert.deepEqual(readdirSync(dir).sort(), ['gazetteer-aaaa.bin', 'gazetteer-bbbb.bin', 'gazetteer-eeee.bin.456.def.tmp', 'notes.txt']);
});

test('our own cache is never removed, however old its stamp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cache-'));
  file(dir, 'gazetteer-aaaa.bin', 90 * DAY);
  pruneStale(dir, join(dir, 'gazetteer-aaaa.bin'));
  assert.deepEqual(readdirSync(dir), ['gazetteer-aaaa.bin']);
});
