// The main event of a wire story: the headline's telling takes the lead's toll (issue #3), and a
// headline about talk gives way to the lead's violence (issue #4). Sentences written by us.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventLocation, EventMention, PlaceMention } from '../../src/core/types.js';
import type { SubEventType } from '../../src/core/taxonomy.js';
import { eventTypeOf } from '../../src/core/taxonomy.js';
import { fillMainEventToll } from '../../src/extract/main-event.js';
import { isTalkHeadline } from '../../src/extract/salience.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import { geoparse } from '../../src/geo/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';
import { gazetteer } from '../geo/helpers.js';

const place = (name: string, admin1: string | null, country: string): EventLocation => ({ name, lat: 0, lon: 0, geonameid: null, country, admin1, geo_precision: 1 });

function telling(sub: SubEventType, fatalities: number, location: EventLocation | null, start: number, text = 'x'): EventMention {
  return {
    event_type: eventTypeOf(sub), sub_event_type: sub, event_date: null, time_precision: null,
    actor1: null, assoc_actor_1: null, inter1: null, actor2: null, assoc_actor_2: null, inter2: null,
    location, fatalities, claim: { status: 'reported', by: null },
    evidence: { start, end: start + text.length, text }, entry: 0, salience: 1,
    sources: { fatalities: { span: { start: start + 1, end: start + 3 }, rule: 'number' } },
  };
}
const story = (e: EventMention) => e.entry;

test('a headline that states no deaths takes the toll its lead tells, whatever type the lead is read as', () => {
  // Somalia: "Militants storm hotel in Mogadishu" then "Gunmen killed 9 people ..." read as an attack.
  const mogadishu = place('Mogadishu', 'Banaadir', 'Somalia');
  const head = telling('Armed clash', 0, mogadishu, 0, 'Militants storm seaside hotel in Mogadishu');
  const lead = telling('Attack', 9, mogadishu, 45, 'Gunmen killed at least nine guests before troops ended the siege, police said.');
  fillMainEventToll([head, lead], story);
  assert.equal(head.fatalities, 9);
  assert.match(head.sources.fatalities!.rule, /^same-incident-in-entry/);
  // Nigeria: the lead names the town inside the headline's state.
  const state = place('Borno', 'Borno', 'Nigeria');
  const raid = telling('Attack', 0, state, 0, 'Insurgents raid villages in Borno');
  const town = telling('Armed clash', 14, place('Konduga', 'Borno', 'Nigeria'), 40, 'Fourteen villagers died when fighters opened fire near Konduga on Sunday.');
  fillMainEventToll([raid, town], story);
  assert.equal(raid.fatalities, 14);
});

test('no lead toll from another place, a recalled incident, a denial, or for a main that is not the headline', () => {
  // Afghanistan: the lead's deaths are in another province.
  const head = telling('Attack', 0, place('Kunduz', 'Kunduz', 'Afghanistan'), 0, 'Taliban attack checkpoints in Kunduz');
  const elsewhere = telling('Armed clash', 12, place('Herat', 'Herat', 'Afghanistan'), 40, 'Twelve soldiers were killed in Herat on Monday.');
  fillMainEventToll([head, elsewhere], story);
  assert.equal(head.fatalities, 0);
  // Iraq: the only death count recalls an older bombing.
  const baghdad = place('Baghdad', 'Baghdad', 'Iraq');
  const blast = telling('Remote explosive/landmine/IED', 0, baghdad, 0, 'Bomb hits Baghdad market');
  const recalled = telling('Suicide bomb', 30, baghdad, 30, 'The blast came two weeks after a suicide bomber killed 30 people in the same district.');
  fillMainEventToll([blast, recalled], story);
  assert.equal(blast.fatalities, 0);
  // Yemen: a denied toll is no toll.
  const aden = place('Aden', 'Aden', 'Yemen');
  const strike = telling('Shelling/artillery/missile attack', 0, aden, 0, 'Missile strikes port in Aden');
  const denied = telling('Attack', 5, aden, 30, 'The coalition denied that five dockworkers were killed.');
  denied.claim = { status: 'denied', by: null };
  fillMainEventToll([strike, denied], story);
  assert.equal(strike.fatalities, 0);
  // Mali: when the main mention is a later sentence, the headline rule does not apply.
  const gao = place('Gao', 'Gao', 'Mali');
  const later = telling('Armed clash', 0, gao, 200, 'Fighting went on near Gao into the night.');
  const first = telling('Attack', 7, gao, 0, 'Gunmen killed seven traders on the road to Gao.');
  fillMainEventToll([later, first], story);
  assert.equal(later.fatalities, 0);
});

test('a headline about talk is told apart from a headline about the violence', () => {
  assert.equal(isTalkHeadline('UN envoy urges inquiry into shelling of Donetsk market'), true);
  assert.equal(isTalkHeadline('Kenya condemns attack on bus near Mandera'), true);
  assert.equal(isTalkHeadline('Minister accuses separatists of burning villages in Anglophone region'), true);
  assert.equal(isTalkHeadline('President says Kabul bombing will not go unpunished'), true);
  // Deaths in the headline make it the incident's own telling; a trailing "monitor says" attributes it.
  assert.equal(isTalkHeadline('Air strike kills 12 in Idlib as UN urges restraint'), false);
  assert.equal(isTalkHeadline('Car bomb hits checkpoint in Mosul, police say'), false);
  assert.equal(isTalkHeadline('Rebels shell government district of Aleppo'), false);
});

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
function events(text: string, title: string): EventMention[] {
  const r = reportFromText(text, { id: 't', date: '2016-05-10', title });
  const ss = splitSentences(r);
  const places: PlaceMention[] = geoparse(r, ss, gazetteer());
  return extractEvents(r, ss, places, ctx);
}

test('a story headlined by a call for an inquiry leads with the strike it is about', () => {
  const title = 'UN envoy urges inquiry into air strike on Idlib hospital';
  const text = `${title}. Warplanes struck a field hospital in the town of Saraqib in Idlib province on Tuesday, ` +
    'killing six patients and a nurse, a monitor said. Medics said the building was put out of service.';
  const all = events(text, title);
  const main = all[0];
  assert.ok(main);
  assert.ok(main.evidence.text.startsWith('Warplanes struck'), main.evidence.text);
  assert.equal(main.fatalities, 7);
  // The headline, a call for an inquiry, may be coded as an event or not; never as the main one (above).
});

test('a headline that tells the strike itself stays the main event', () => {
  const title = 'Air strike hits hospital in Idlib';
  const text = `${title}. Warplanes struck a field hospital in the town of Saraqib in Idlib province on Tuesday, ` +
    'killing six patients and a nurse, a monitor said.';
  const main = events(text, title)[0];
  assert.ok(main);
  assert.ok(main.evidence.text.startsWith('Air strike hits'), main.evidence.text);
  assert.equal(main.fatalities, 7);
});
