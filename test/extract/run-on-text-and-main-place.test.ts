// Issues #4 and #3, session 14: crawled articles written in many outlets' voices (our own sentences
// restating widely reported incidents). A crawler that strips full stops leaves one run-on
// "sentence"; sitrep cuts it where a capitalised word follows a lower-case one, and one network's
// count after another's is the same dead, not more dead. The place of the main event: an unknown
// village the text places in its province beats the province's own name ("Idlib strikes ... the
// village of Haas"); a neighbourhood "of the central city of Homs" is not Aleppo's namesake; "the
// city of Suwayda" is the city; "Hasakah province" the province; "The attack took place near the
// village of X" tells the event's place. And the ranking: a headline's "blasts" stand for the lead's
// suicide bombing; "Meanwhile in ..." opens another thread; "Since the beginning of the operation
// ..." tallies a campaign; "near liberated al-Bab" is an epithet, not a capture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { classifySentence } from '../../src/extract/classify/index.js';
import { eventsOf } from './helpers.js';
import { place } from '../geo/helpers.js';

const events = eventsOf;

test('a crawled article without full stops is cut into sentences and its event is found', () => {
  // Restating Reuters and AFP on the December 2012 air strike on a bakery in Halfaya, Hama.
  const text =
    'Activists said a Syrian air force jet bombed a bakery in the town of Halfaya in Hama province on Sunday killing more than 60 people who had been queuing for bread ' +
    'Another activist network said more than 90 had died Amateur video posted online showed bodies strewn across a street next to a collapsed building ' +
    'Halfaya was seized by rebels last week during an offensive in the Hama countryside Residents said hundreds of people had gathered at the bakery because flour had not reached the town for days ' +
    'Meanwhile international peace envoy Lakhdar Brahimi arrived in Damascus for talks with President Bashar al-Assad';
  const r = reportFromText(text, { id: 't', date: '2012-12-24' });
  const ss = splitSentences(r);
  assert.ok(ss.length >= 5, `${ss.length} sentences`);
  // A name of several words and "in the central Syrian province" are not cut.
  assert.ok(ss.some((s) => r.text.slice(s.start, s.end).includes('envoy Lakhdar Brahimi arrived')));
  const [e] = events(text, '2012-12-24');
  assert.equal(e?.sub_event_type, 'Air/drone strike');
  assert.equal(e?.location?.name, 'Halfaya');
  assert.equal(e?.fatalities, 60, 'another network counting 90 is the same dead, not 90 more');
});

test('an unknown village placed in its province is the event place, not the province named first', () => {
  // In the style of a Guardian live page on the October 2016 strikes on a school complex in Hass, Idlib.
  const [e] = events("14:02 Children killed in Idlib strikes: Air strikes have hit a school complex in the village of Haas in Syria's Idlib province, killing at least 22 people.", '2016-10-26');
  assert.equal(e?.location?.admin1, 'Idlib');
  assert.match(e?.location?.name ?? '', /^Hass?$/);
});

test('a quarter "of the central city of Homs" is in Homs; "the city of Suwayda" is the city; "Hasakah province" the province', () => {
  // Restating reports of the February 2016 car bombs in the al-Zahraa district of Homs.
  const z = place('Two car bombs exploded at a busy intersection in the al-Zahraa district of the central city of Homs on Sunday.', 'al-Zahraa');
  assert.equal(z.admin1, 'Homs');
  // Restating reports of the September 2015 bombings that killed Sheikh Wahid al-Balous in Suwayda.
  const s = place('Two explosions in the city of Suwayda on Friday evening killed a Druze sheikh.', 'Suwayda');
  assert.equal(s.level, 'place');
  const h = place('Clashes in Hasakah province left six fighters dead.', 'Hasakah');
  assert.equal(h.level, 'admin1');
});

test('"The attack took place near the village of X" gives the event its place', () => {
  // Restating reports of the January 2015 Israeli strike near Mazraat Amal, Quneitra.
  const [e] = events(
    "An Israeli helicopter fired missiles at a convoy in the Golan Heights on Sunday, killing six Hezbollah fighters. The attack took place near the village of Mazraat Amal, in Quneitra province, a few kilometres from the ceasefire line.",
    '2015-01-19',
  );
  assert.equal(e?.location?.name, 'Mazraat Amal');
  assert.match(e?.sources.location?.rule ?? '', /place-told-next/);
  // A line drawn by a ceasefire is a place, not an agreement.
  assert.equal(classifySentence('The attack took place near the village of Mazraat Amal, a few kilometres from the ceasefire line.'), null);
});

test("a headline's blasts stand for the lead's suicide bombing; a deadlier bombing elsewhere told after it stays second", () => {
  // Restating Reuters on the May 2016 bombings in Tartus and Jableh.
  const text =
    'TARTUS, Syria (Reuters) - A car bomb and two suicide bombers struck the main bus station in the Mediterranean city of Tartus on Monday, killing at least 25 people, state television said.\n\n' +
    'Witnesses said the car bomb exploded first. The Syrian Observatory for Human Rights said 48 people had died in Tartus.\n\n' +
    'At almost the same time, several explosions hit the bus station and the hospital in Jableh, about 60 km to the north in Latakia province, killing more than 100 people, the Observatory said.';
  const [e] = events(text, '2016-05-23', 'Triple blasts rip through bus station in Syria\'s coastal province');
  assert.equal(e?.location?.name, 'Tartus');
  assert.equal(e?.fatalities, 25);
});

test('"Meanwhile in ..." and "Since the beginning of the operation ..." do not take the lead', () => {
  // Restating Reuters on the February 2018 coalition strikes near Khasham, Deir ez-Zor.
  const text =
    'The US-led coalition said it carried out strikes overnight against pro-government forces that had attacked a headquarters of the SDF near Khasham, east of the Euphrates, killing about 100 of the attackers.\n\n' +
    'Syrian state media called the raid a massacre.\n\n' +
    'Meanwhile in Eastern Ghouta government and Russian air strikes killed dozens of civilians on Wednesday and Thursday, rescuers said.';
  const [e] = events(text, '2018-02-08', 'Coalition air strikes kill pro-government fighters in Syria');
  assert.equal(e?.location?.name, 'Khasham');
  // An epithet is no capture.
  assert.equal(classifySentence('Daesh car bomb strikes FSA post near liberated al-Bab')?.sub_event_type, 'Remote explosive/landmine/IED');
  // "IS fighters" is not the verb "is": the group took the city.
  assert.equal(classifySentence('IS fighters took control of the city after government troops fled.')?.sub_event_type, 'Non-state actor overtakes territory');
});
