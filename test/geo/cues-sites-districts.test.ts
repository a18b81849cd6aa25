// Issue #4: a country told by the text's clock times or prices, sites named after a state, towns
// inside a district whose code they lack, weak alternate names, and the Kurdish lands. Our sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../../src/core/types.js';
import { km, places } from './helpers.js';

/** The places of a text whose toponyms are given, as a caller that vouches for them does. */
function given(text: string, ...names: string[]): PlaceMention[] {
  return places(text, names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })));
}
const find = (ps: PlaceMention[], text: string) => ps.find((p) => p.text === text)!;

test('a clock time in a US time zone tips an ambiguous name to the US namesake', () => {
  const us = given('Tickets for the riverside concert go on sale at 9 a.m. CT on Friday, and the show opens in Birmingham next month.', 'Birmingham');
  assert.equal(find(us, 'Birmingham').countryCode, 'US');
  const bare = given('Tickets for the riverside concert go on sale on Friday, and the show opens in Birmingham next month.', 'Birmingham');
  assert.equal(find(bare, 'Birmingham').countryCode, 'GB');
});

test('prices in pounds are a cue for Britain, Egypt\'s pounds are not; two countries\' cues are none', () => {
  const gb = given('Seats cost £25 and the festival returns to Birmingham in June.', 'Birmingham');
  assert.equal(find(gb, 'Birmingham').countryCode, 'GB');
  const egypt = given('A ticket costs E£25 at 9 a.m. CT, and the festival returns to Birmingham in June.', 'Birmingham');
  assert.equal(find(egypt, 'Birmingham').countryCode, 'US', 'E£ is no British price: the clock time alone tells');
  const both = given('Seats cost £25 at the door, and the festival returns to Birmingham at 9 a.m. CT in June.', 'Birmingham');
  assert.equal(find(both, 'Birmingham').countryCode, 'GB', 'no cue: the most prominent Birmingham');
});

test('a site named after a state is in a town of it: the town named, else the seat', () => {
  const text = 'The new clinic in Gainesville, Va., sits beside Virginia Gateway, a shopping centre.';
  const gateway = find(given(text, 'Gainesville', 'Va.', 'Virginia Gateway'), 'Virginia Gateway');
  assert.equal(gateway.level, 'place');
  assert.ok(km(gateway, 38.796, -77.614) < 5, `near Gainesville, got ${gateway.name}`);
  const csu = find(given('Kate Moreno teaches hydrology at Colorado State University and lives near a reservoir.', 'Colorado State University'), 'Colorado State University');
  assert.equal(csu.level, 'place');
  assert.ok(km(csu, 39.739, -104.985) < 10, `Denver, the seat, got ${csu.name}`);
  assert.match(csu.reason ?? '', /site named after Colorado/);
});

test('a town is inside the district named as its parent even when the town lacks the district code', () => {
  const text = 'Floodwater cut the road through Del Monte, Rizal, on Sunday.';
  const dm = find(given(text, 'Del Monte', 'Rizal'), 'Del Monte');
  assert.equal(dm.countryCode, 'PH');
  assert.match(dm.reason ?? '', /inside Province of Rizal/);
  assert.ok(km(dm, 14.642, 121.018) < 10);
});

test('a hamlet matched only by an alternate name does not pull a namesake into its state', () => {
  const text = 'Buyers looking in Jamison and Centreville found fewer houses for sale this spring, an agent in Manassas said.';
  const c = find(given(text, 'Jamison', 'Centreville', 'Manassas'), 'Centreville');
  assert.equal(c.admin1, 'Virginia');
  assert.doesNotMatch(c.reason ?? '', /Alabama/);
});

test('"Kurdish" is the Kurdish lands, a region, and no country\'s people', () => {
  const ps = places('Kurdish fighters held their positions near Kobani on Tuesday.');
  const k = find(ps, 'Kurdish');
  assert.equal(k.role, 'demonym');
  assert.equal(k.level, null);
  assert.equal(k.countryCode ?? null, null);
  assert.ok(km(k, 37.5, 43) < 1);
  assert.equal(find(ps, 'Kobani').countryCode, 'SY');
});
