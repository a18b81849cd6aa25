// Issue #4: a report's main event is the incident it tells deaths in, unless its first event is
// news without deaths (a change of hands, an agreement). Mentions of our own making.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventLocation, EventMention } from '../../src/core/types.js';
import type { SubEventType } from '../../src/core/taxonomy.js';
import { eventTypeOf } from '../../src/core/taxonomy.js';
import { fillMainEventPlace, preferTellingOfDeaths } from '../../src/extract/main-event.js';

const place = (name: string, admin1: string, p: 1 | 2 | 3): EventLocation => ({ name, lat: 0, lon: 0, geonameid: null, country: 'Syria', admin1, geo_precision: p });

function mention(sub: SubEventType, fatalities: number, location: EventLocation | null, text = 'x', entry = 0, at = 0): EventMention {
  return {
    event_type: eventTypeOf(sub), sub_event_type: sub, event_date: null, time_precision: null,
    actor1: null, assoc_actor_1: null, inter1: null, actor2: null, assoc_actor_2: null, inter2: null,
    location, fatalities, claim: { status: 'reported', by: null },
    evidence: { start: at, end: at + text.length, text }, entry, salience: 1,
    sources: { location: { span: { start: 0, end: 1 }, rule: 'place-in-sentence:place' } },
  };
}
const story = (e: EventMention) => e.entry;

test('a lead telling fighting without deaths yields to the telling of where people died', () => {
  const push = mention('Armed clash', 0, place('Tal Hamis', 'Al-Hasakah', 2), 'Insurgents pressed on across the plain on Sunday.');
  const toll = mention('Armed clash', 40, place('Tal Tamr', 'Al-Hasakah', 1), 'Some 40 guards were killed defending Tal Tamr.', 0, 1400);
  const ordered = [push, toll];
  preferTellingOfDeaths(ordered, story);
  assert.equal(ordered[0], toll);
  assert.match(toll.sources.salience!.rule, /main-tells-no-deaths/);
});

test('it runs as the first step of filling the main event\'s place', () => {
  const push = mention('Shelling/artillery/missile attack', 0, null);
  const toll = mention('Air/drone strike', 6, place('Binnish', 'Idlib', 1), 'x', 0, 900);
  const ordered = [push, toll];
  fillMainEventPlace(ordered, story);
  assert.equal(ordered[0], toll);
});

test('a short dispatch keeps its first telling: a later sentence\'s deaths are the same incident\'s', () => {
  const blast = mention('Suicide bomb', 0, place('Azaz', 'Aleppo', 1), 'A bomber blew himself up at a checkpoint outside Azaz.');
  const dead = mention('Attack', 2, place('Sawran', 'Aleppo', 1), 'Two guards died.', 0, 120);
  const ordered = [blast, dead];
  preferTellingOfDeaths(ordered, story);
  assert.equal(ordered[0], blast);
});

test('a change of hands or an agreement stays the main event, deaths or none', () => {
  const taken = mention('Non-state actor overtakes territory', 0, place('Palmyra', 'Homs', 1));
  const truce = mention('Agreement', 0, place('Idlib', 'Idlib', 3));
  for (const main of [taken, truce]) {
    const ordered = [main, mention('Air/drone strike', 12, place('Saraqib', 'Idlib', 1), 'x', 0, 900)];
    preferTellingOfDeaths(ordered, story);
    assert.equal(ordered[0], main);
  }
});

test('no promotion of deaths recalled as older news, denied, told only by province, or of another story', () => {
  const main = () => mention('Armed clash', 0, place('Jobar', 'Damascus', 1));
  const recalled = mention('Air/drone strike', 30, place('Douma', 'Rif Dimashq', 1), 'Raids killed 30 people in Douma last week.', 0, 900);
  const denied = mention('Air/drone strike', 9, place('Douma', 'Rif Dimashq', 1), 'x', 0, 900);
  denied.claim = { status: 'denied', by: null };
  const vague = mention('Air/drone strike', 9, place('Rif Dimashq', 'Rif Dimashq', 3), 'x', 0, 900);
  const elsewhere = mention('Air/drone strike', 9, place('Douma', 'Rif Dimashq', 1), 'x', 1, 900);
  for (const other of [recalled, denied, vague, elsewhere]) {
    const m = main();
    const ordered = [m, other];
    preferTellingOfDeaths(ordered, story);
    assert.equal(ordered[0], m);
  }
});

test('a main event that tells deaths keeps its place first', () => {
  const main = mention('Air/drone strike', 3, place('Ariha', 'Idlib', 1));
  const more = mention('Air/drone strike', 50, place('Maarat al-Numan', 'Idlib', 1), 'x', 0, 900);
  const ordered = [main, more];
  preferTellingOfDeaths(ordered, story);
  assert.equal(ordered[0], main);
});
