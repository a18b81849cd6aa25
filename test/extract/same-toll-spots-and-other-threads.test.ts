// Issue #4, session 23: the same stated toll tells the same incident whatever type each telling reads
// as, so the village or quarter a toll's sentence names near the main event's town is the incident's
// place ("... killing at least 128" in Mastung ... "128 people had been killed in ... Dringarh"); a
// village the body names at the title's town is more precise than that town; a toll lent from the
// main mention is no evidence; "In the same context" (state-media style) opens another thread whose
// count is not the story's; a dateline's spaced dash joins no name to "Army units".
// Our own sentences, restating widely reported incidents named in each test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './helpers.js';

test('a village named with the main toll near the town of the lead is the main event place', () => {
  // Restating Reuters on the July 2018 suicide bombing of an election rally at Dringarh, Mastung district.
  const text =
    'QUETTA (Reuters) - A suicide bomber struck an election rally in Mastung on Friday, killing at least 128 people, officials said. ' +
    'The provincial home minister said 128 people had been killed in the attack on the corner meeting in the village of Dringarh, about 10 km from Mastung. ' +
    'The Islamic State group claimed the bombing.';
  const [e] = eventsOf(text, '2018-07-14');
  assert.equal(e?.sub_event_type, 'Suicide bomb');
  assert.equal(e?.fatalities, 128);
  assert.equal(e?.location?.name, 'Dringarh');
  assert.match(e?.sources.location?.rule ?? '', /^spot-told-with-toll:/);
});

test('the toll told again in the village the story has just named places the strike there', () => {
  // Restating Reuters on the September 2015 air strike on a wedding party at al-Wahijah, near Mocha (Yemen).
  const text =
    "ADEN (Reuters) - Warplanes struck a wedding party in a village on Yemen's Red Sea coast near the port of Mocha on Monday, killing at least 131 people, medical officials said. " +
    'Two missiles hit the tents where the guests had gathered in the village of al-Wahijah, residents said. ' +
    'Medical officials at the hospital where the wounded were taken said 131 people had been killed in the village, among them women and children.';
  const [e] = eventsOf(text, '2015-09-29', 'Air strike on wedding party kills scores near Yemen port of Mocha');
  assert.equal(e?.sub_event_type, 'Air/drone strike');
  assert.equal(e?.fatalities, 131);
  assert.equal(e?.location?.name, 'al-Wahijah');
});

test('a village the body names at the title town is not swapped for the title town', () => {
  // The same strike, told with the village in the lead and the port in the title.
  const text =
    "Air strikes hit wedding party near Yemen's Red Sea port of Mocha, medics say\n\n" +
    'ADEN - Warplanes struck a wedding party in the village of Wahijah near the Red Sea port of Mocha on Monday, killing at least 131 people, medics said. Women and children were among the dead.';
  const [e] = eventsOf(text, '2015-09-29');
  assert.equal(e?.location?.name, 'Wahijah');
  assert.equal(e?.location?.geo_precision, 2);
});

test('a hamlet "also attacked" whose toll is lent by the main mention does not move the massacre', () => {
  // Restating AFP on the March 2019 massacre at Ogossagou, central Mali.
  const text =
    'BAMAKO (AFP) - Gunmen dressed as traditional hunters killed at least 134 Fulani villagers in the village of Ogossagou in central Mali on Saturday, officials said. ' +
    'The assailants arrived at dawn, shot residents and set fire to huts, a local official said. ' +
    'The nearby hamlet of Welingara was also attacked and several people were killed there, officials said.';
  const [e] = eventsOf(text, '2019-03-24');
  assert.equal(e?.fatalities, 134);
  assert.equal(e?.location?.name, 'Ogossagou');
});

test('"In the same context" opens another thread: its ambush lends no toll, and the army regains the quarter', () => {
  // Restating SANA on the army's recapture of the al-Khalidiya quarter of Homs, July 2013.
  const text =
    'Homs, SANA - Army units on Monday restored security and stability to the entire al-Khalidiya neighborhood in Homs city after eliminating the last terrorists holed up there. ' +
    'Engineering units dismantled dozens of explosive devices planted in the streets. ' +
    'In the same context, an army unit killed nine terrorists in an ambush in the village of al-Dar al-Kabira in Homs countryside.';
  const [e, ...rest] = eventsOf(text, '2013-07-29');
  assert.equal(e?.sub_event_type, 'Government regains territory');
  assert.equal(e?.actor1, 'Military Forces of Syria (2000-)');
  assert.equal(e?.fatalities, 0);
  assert.equal(e?.location?.name, 'al-Khalidiya');
  // The ambush is still its own event, with its own nine.
  assert.ok(rest.some((x) => x.fatalities === 9 && x.location?.name === 'al-Dar al-Kabira'));
});
