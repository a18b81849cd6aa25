// The event-place adapter (src/extract/location.ts) over real geoparses: where the main event of a
// sentence is, given the places geo lists. Sentences are ours, restating typical wire-story leads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/sentences.js';
import { geoparse } from '../../src/geo/index.js';
import { locateEvent, reportCountry } from '../../src/extract/location.js';
import { gazetteer, reportOf } from './helpers.js';

function locate(text: string, sentenceIndex: number) {
  const r = reportOf(text);
  const sentences = splitSentences(r);
  const places = geoparse(r, sentences, gazetteer());
  const s = sentences[sentenceIndex]!;
  const entry = sentences.filter((x) => x.entry === s.entry);
  return locateEvent(s, entry, places, [], reportCountry(r, places));
}

test('a headline naming only the country takes the town its lead names', () => {
  const text = 'Air strikes kill 12 in Syria. The raids hit the town of Saraqib in Idlib province on Tuesday, a monitor said.';
  const got = locate(text, 0);
  assert.equal(got?.location.name, 'Saraqib');
  assert.match(got!.rule, /following/);
});

test('a foreign country named as whose strikes is not the place: the report\'s town is', () => {
  const text = 'Residents of Raqqa in northern Syria said the strikes went on all night. At least 22 people were killed in U.S. air strikes on Saturday.';
  const got = locate(text, 1);
  assert.equal(got?.location.country, 'Syria');
  // Raqqa the city, or its province (coded at the city): either way, the place named before.
  assert.match(got?.location.name ?? '', /Raqq/);
});

test('a toponym inside an organisation\'s name or a demonym is never the event\'s place', () => {
  const text = 'Pakistan Army engineers said Afghan militants attacked their convoy overnight.';
  assert.equal(locate(text, 0), null);
});
