// Where attackers came from is not where the event happened: ACLED codes the place struck.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../../src/core/types.js';
import { isAttackOrigin, eventPlaceCandidates } from '../../src/extract/location.js';

function placesIn(text: string, names: string[]): PlaceMention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, name, lat: 35, lon: 36, geonameid: '1', country: 'Syria', countryCode: 'SY', admin1: null, admin2: null, featureCode: 'PPL', level: 'place', confidence: 0.9 } as PlaceMention;
  });
}
const sentence = (text: string) => ({ start: 0, end: text.length });
const kept = (text: string, names: string[]) => eventPlaceCandidates(text, sentence(text), placesIn(text, names)).map((p) => p.name);

test('an airbase the aircraft were based at, or a launch site, gives way to the place struck', () => {
  // Restates the US Department of Defense statement on Shayrat, 6-7 April 2017.
  const shayrat = 'The department said that aircraft based at Shayrat carried out the chemical weapons attack on Khan Shaykhun on April 4.';
  assert.deepEqual(kept(shayrat, ['Shayrat', 'Khan Shaykhun']), ['Khan Shaykhun']);
  // Restates wire reports of rocket fire from Gaza on Sderot (e.g. Reuters, May 2021).
  const sderot = 'Rockets fired from Gaza hit the town of Sderot, wounding two people.';
  assert.deepEqual(kept(sderot, ['Gaza', 'Sderot']), ['Sderot']);
});

test('a place taken "from" someone, or an origin that is the only place named, is kept', () => {
  const manbij = 'The SDF drove Islamic State from Manbij in August 2016.';
  assert.equal(isAttackOrigin(manbij, placesIn(manbij, ['Manbij'])[0]!), false);
  const only = 'Jets that took off from Hmeimim struck rebel positions overnight.';
  assert.deepEqual(kept(only, ['Hmeimim']), ['Hmeimim']);
});
