// Issues #3 and #4, session 14. A group that holds the state on the report's date arrests, it does
// not abduct: the Taliban from 15 August 2021 are Afghanistan's de facto authorities (ACLED codes
// their detentions as Arrests), while the same words in 2019 tell an armed group's abduction. And an
// event in a town the gazetteer lacks, told with its division ("in Sanaban, in Yemen's central Dhamar
// province"), keeps the town's own name at the division's town, as a place near it (precision 2),
// rather than the province alone. Celebratory gunfire at a wedding, and the arrests for it, are
// crime, not a protest met by police. Sentences restate widely reported news in our own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import { geoparse } from '../../src/geo/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';
import { gazetteer } from '../geo/helpers.js';
import { classifySentence } from '../../src/extract/classify/index.js';

function mainEvent(text: string, date: string) {
  const r = reportFromText(text, { id: 't', date });
  const ss = splitSentences(r);
  return extractEvents(r, ss, geoparse(r, ss, gazetteer()), { gazetteer: { size: 0 } } as unknown as PipelineContext)[0];
}

test('detentions by a group that holds the state on the date are arrests, before it they are abductions', () => {
  // Restating reports of Taliban intelligence detaining journalists in Kabul in 2022.
  const text = 'Taliban fighters detained two journalists in Kabul on Tuesday, their employer said.';
  const after = mainEvent(text, '2022-01-12');
  assert.equal(after?.sub_event_type, 'Arrests');
  assert.equal(after?.actor1, 'Military Forces of Afghanistan (2021-)');
  assert.match(after?.sources.sub_event_type?.rule ?? '', /arrests-by-group-holding-the-state/);
  const before = mainEvent(text, '2019-06-04');
  assert.equal(before?.sub_event_type, 'Abduction/forced disappearance');
  assert.equal(before?.actor1, 'Taliban');
});

test("an event in a town the gazetteer lacks keeps the town's name, at its province's point, as province-level", () => {
  // Restating reports of the October 2015 coalition strike on a wedding party in Sanaban, Dhamar, Yemen.
  const e = mainEvent("SANAA — An air strike by the Saudi-led coalition hit a wedding party in Sanaban, in Yemen's central Dhamar province, on Wednesday, killing at least 23 people, residents said.", '2015-10-08');
  assert.equal(e?.sub_event_type, 'Air/drone strike');
  assert.equal(e?.location?.name, 'Sanaban');
  assert.equal(e?.location?.country, 'Yemen');
  // Only the province is known (ACLED: the region's capital or centre, geo_precision 3).
  assert.equal(e?.location?.geo_precision, 3);
  assert.equal(e?.fatalities, 23);
});

test('celebratory gunfire at a wedding and arrests for it are no event; aerial firing at a crowd still is', () => {
  const sub = (t: string) => classifySentence(t)?.sub_event_type ?? null;
  // In the style of Indian and Pakistani district news.
  assert.equal(sub('Police arrested a man who fired in the air during a wedding procession in Bareilly on Sunday.'), null);
  assert.equal(sub('Police detained three men for aerial firing during a marriage function in Moga.'), null);
  assert.equal(sub("A groom's relatives fired shots into the air at his wedding in Peshawar, wounding a child."), null);
  assert.equal(sub('Police resorted to aerial firing to disperse the protesters who pelted stones at the police station in Srinagar.'), 'Violent demonstration');
});
