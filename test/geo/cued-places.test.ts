// Places the gazetteer does not know but the text vouches for ("the village of X north of Aleppo",
// "the X neighbourhood of Damascus"), a namesake abroad named inside its Syrian parent, and bylines
// whose surnames are also towns. Sentences written by us, restating incidents reported by AFP and
// Reuters (sources named per test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateEvent } from '../../src/extract/location.js';
import { splitSentences } from '../../src/text/sentences.js';
import { gazetteer, km, place, places, reportOf } from './helpers.js';
import { geoparse } from '../../src/geo/index.js';

test('an unknown village named with its type word and its parent keeps its name at the parent point', () => {
  // AFP, February 2015: families were executed in Rityan, a village north of Aleppo.
  const p = place('Regime troops shot dead whole families in the village of Rityan north of Aleppo, the monitor said.', 'Rityan');
  assert.equal(p.name, 'Rityan');
  assert.equal(p.countryCode, 'SY');
  assert.equal(p.admin1, 'Aleppo');
  assert.equal(p.geonameid, null);
  assert.equal(p.qualifier?.kind, 'near');
  assert.ok(p.confidence <= 0.2);
  assert.ok(km(p, 36.2, 37.16) < 30, `${p.lat},${p.lon}`);
});

test('a neighbourhood before its type word and city is kept under its own name', () => {
  // Reuters, October 2017: suicide bombers attacked a police station in Damascus's Midan district.
  const p = place('Three suicide bombers attacked a police station in the Midan neighbourhood of Damascus on Monday.', 'Midan');
  assert.equal(p.name, 'Midan');
  assert.ok(km(p, 33.51, 36.29) < 10, `${p.lat},${p.lon}`);
});

test('without a parent named beside it, an unknown name after a type word is not guessed', () => {
  const ps = places('Troops entered the village of Rityan overnight and stayed for two days.');
  assert.equal(ps.find((p) => p.text === 'Rityan'), undefined);
});

test('a town whose only match lies abroad, named inside its Syrian province, keeps its own name there', () => {
  // Anadolu/AA, October 2014: barrel bombs on al-Hara in the Daraa countryside.
  const p = place('Government jets dropped barrel bombs on the town of al-Hara in the countryside of Daraa.', 'al-Hara');
  assert.equal(p.name, 'al-Hara');
  assert.equal(p.countryCode, 'SY');
  assert.equal(p.admin1, 'Daraa');
  assert.equal(p.level, 'place');
});

test("the event's place is the neighbourhood rather than the city it is put in", () => {
  // SANA, October 2016: a chemical attack on the al-Hamadaniyeh area of Aleppo city.
  const text = 'Dozens suffocated in a chemical attack on al-Hamadaniyeh area in Aleppo city on Sunday.';
  const r = reportOf(text);
  const sentences = splitSentences(r);
  const ps = geoparse(r, sentences, gazetteer());
  const located = locateEvent(sentences[0]!, sentences, ps);
  assert.equal(located?.location.name, 'al-Hamadaniyeh');
  assert.equal(located?.location.geo_precision, 2);
});

test('surnames in a byline line are not towns', () => {
  // A Syrian story bylined by two correspondents (names made up): "Hamra" is also a Syrian village.
  const text = 'Government shelling killed twelve people in Homs on Sunday. Maha Dahan Issam Hamra. ' +
    'The monitor said rockets hit the Waer district of Homs and a school in Hama. Rebels in Idlib shelled the town of Fuaa.';
  const ps = places(text);
  assert.equal(ps.find((p) => p.text === 'Hamra'), undefined, ps.map((p) => `${p.text}->${p.name}`).join(', '));
  assert.ok(ps.some((p) => p.text === 'Waer'));
});

test('a headline in capitalised words still names its town', () => {
  const ps = places('Regime Jets Pound Binnish. Rescuers in Idlib province pulled survivors from the rubble of Binnish market.');
  assert.equal(ps.find((p) => p.text === 'Binnish' && p.start < 30)?.countryCode, 'SY', ps.map((p) => `${p.text}->${p.name}`).join(', '));
});

test('in a story about Syria, a faith word is not the far village that has it as an alternate name', () => {
  // AFP, March 2015: rebels in Idlib shelled the province's last two regime-held Shiite villages.
  const text = 'Regime forces and allied militias held Nubl and Zahraa north of Aleppo. In Idlib province rebels shelled the last two regime-held Shiite villages for a second day.';
  const ps = places(text);
  assert.equal(ps.find((p) => p.text === 'Shiite'), undefined, ps.map((p) => `${p.text}->${p.name},${p.countryCode}`).join(', '));
  // The Syrian towns stay.
  assert.ok(ps.some((p) => p.text === 'Zahraa' && p.countryCode === 'SY'));
});
