// Issue #3/#4, session 12: a blind set of 30 articles (articles-check-2) showed the main event lost
// to another incident of the story: a harmless incident ("without causing any casualties") gave
// way to a deadly one told as background, or took its toll; an incident of another day ("On
// Friday, a missile hit ...") or told "Elsewhere" or "In June" stood in for the news; a toll split
// between two peoples was read as one side's. Mentions and sentences of our own making, restating
// widely reported incidents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventLocation, EventMention } from '../../src/core/types.js';
import type { SubEventType } from '../../src/core/taxonomy.js';
import { eventTypeOf } from '../../src/core/taxonomy.js';
import { fillMainEventToll, preferTellingOfDeaths } from '../../src/extract/main-event.js';
import { recallsEarlierIncident } from '../../src/extract/salience.js';
import { fatalitiesIn } from '../../src/extract/fatalities.js';

const place = (name: string, p: 1 | 2 | 3 = 1): EventLocation => ({ name, lat: 0, lon: 0, geonameid: null, country: 'Iraq', admin1: name, geo_precision: p });

function mention(sub: SubEventType, fatalities: number, location: EventLocation | null, text: string, at: number, date: string | null = null): EventMention {
  return {
    event_type: eventTypeOf(sub), sub_event_type: sub, event_date: date, time_precision: date ? 1 : null,
    actor1: null, assoc_actor_1: null, inter1: null, actor2: null, assoc_actor_2: null, inter2: null,
    location, fatalities, claim: { status: 'reported', by: null },
    evidence: { start: at, end: at + text.length, text }, entry: 0, salience: 1,
    sources: { location: { span: { start: 0, end: 1 }, rule: 'place-in-sentence:place' } },
  };
}
const story = (e: EventMention) => e.entry;

test('an incident told as harmless stays the news, and takes no toll of another', () => {
  // Restated from Reuters' reports of rockets on Baghdad's Green Zone, 2019.
  const rocket = mention('Shelling/artillery/missile attack', 0, place('Baghdad'), "A rocket landed inside Baghdad's Green Zone late on Monday, falling near the U.S. embassy without causing any casualties, the military said.", 0, '2019-09-23');
  const older = mention('Shelling/artillery/missile attack', 1, place('Baghdad', 2), 'A blast at a base south of Baghdad killed one person and wounded 29.', 1100, '2019-09-23');
  const ordered = [rocket, older];
  preferTellingOfDeaths(ordered, story);
  assert.equal(ordered[0], rocket);
  fillMainEventToll(ordered, story);
  assert.equal(rocket.fatalities, 0);
});

test('a deadly incident of another day does not replace the day\'s news', () => {
  // Restated from coverage of the Kremlin drone incident and the Uman missile strike, 2023.
  const drones = mention('Air/drone strike', 0, place('Moscow'), 'Russia accused Ukraine on Wednesday of trying to kill the president with two drones aimed at the Kremlin.', 0, '2023-05-03');
  const uman = mention('Shelling/artillery/missile attack', 23, place('Uman'), 'On Friday, a Russian missile hit an apartment building in the central city of Uman, killing 23 people.', 1500, '2023-04-28');
  const ordered = [drones, uman];
  preferTellingOfDeaths(ordered, story);
  assert.equal(ordered[0], drones);
});

test('"Elsewhere", "came hours after" and a sentence opening on a month tell another incident', () => {
  assert.ok(recallsEarlierIncident('Elsewhere in the country, government air strikes on eastern Ghouta have killed more than 200 civilians since Monday.'));
  assert.ok(recallsEarlierIncident('The incident came hours after Russian shelling of Kherson killed 21 people.'));
  assert.ok(recallsEarlierIncident('In June, a missile hit the arrivals hall of Abha airport, wounding 26 people.'));
  assert.ok(!recallsEarlierIncident('Drones struck two major oil facilities in the Eastern Province on Saturday.'));
  assert.ok(!recallsEarlierIncident('In a statement, the army said it had repelled the attack.'));
});

test('deaths among two peoples told in one clause are added up', () => {
  // Restated from reporting of the Kabul airport bombing, 26 August 2021.
  assert.equal(fatalitiesIn('A suicide bomber struck outside Kabul airport on Thursday, killing 13 American service members and at least 95 Afghans, officials said.').value, 108);
  assert.equal(fatalitiesIn('The strike killed four soldiers and two Iraqis at the checkpoint.').value, 6);
});
