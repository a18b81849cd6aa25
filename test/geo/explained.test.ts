// geoparse skips building the candidates' descriptions (issue #7); `sitrep geocode` still gets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/sentences.js';
import { geoparse, geoparseExplained } from '../../src/geo/index.js';
import { gazetteer, reportOf } from './helpers.js';

const TEXT = 'Shelling hit Tripoli, Lebanon, on Monday; later, a convoy near Homs and the town of Ariha came under fire.';

test('geoparse gives the same places as the explained geoparse, without candidates built', () => {
  const r = reportOf(TEXT);
  const s = splitSentences(r);
  const explained = geoparseExplained(r, s, gazetteer());
  assert.deepEqual(geoparse(r, s, gazetteer()), explained.map((p) => p.mention));
  assert.ok(explained.length >= 3, explained.map((p) => p.mention.text).join(', '));
  // The explained form still lists what the resolver weighed, described for a reader.
  const tripoli = explained.find((p) => p.mention.text === 'Tripoli');
  assert.ok(tripoli && tripoli.candidates.length > 1);
  assert.match(tripoli.candidates[0]!.name, /Tripoli/);
  assert.ok(tripoli.candidates.some((c) => c.country === 'Libya'), JSON.stringify(tripoli.candidates.map((c) => c.country)));
  // Asked not to, it builds none.
  assert.ok(geoparseExplained(r, s, gazetteer(), { candidates: false }).every((p) => p.candidates.length === 0));
});
