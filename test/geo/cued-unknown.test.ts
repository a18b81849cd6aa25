// Unknown names the text itself calls places (issue #4): an apposition ("X, a village near Y"),
// a type word without a parent (kept at the town the story is about), and the later mentions of a
// name once it has been introduced. Sentences written by us; places and sources named per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { km, places } from './helpers.js';

test('an apposition "X, a farming village near Y" keeps the unknown name at Y', () => {
  // Reuters-style report (made up): a raid on a village outside Kano, Nigeria.
  const ps = places('Gunmen stormed Dankoli, a farming village near Kano, and abducted eleven people on Friday.');
  const p = ps.find((x) => x.text === 'Dankoli');
  assert.ok(p, ps.map((x) => x.text).join(', '));
  assert.equal(p.geonameid, null);
  assert.equal(p.countryCode, 'NG');
  assert.ok(p.confidence <= 0.2);
  assert.match(p.reason ?? '', /not in the gazetteer/);
  assert.ok(km(p, 12.0, 8.52) < 30, `${p.lat},${p.lon}`);
});

test('once introduced, the later mentions of the unknown place are kept too', () => {
  // Restating an AP feature on jobless graduates in Rajasthan (names of the town kept, words ours).
  const text = 'Kasba Bonli, a market town in Rajasthan, has few jobs for its graduates. ' +
    'Young men in Kasba Bonli say they wait for months for a government post.';
  const found = places(text).filter((x) => x.text === 'Kasba Bonli');
  assert.equal(found.length, 2);
  for (const p of found) assert.equal(p.admin1, 'Rajasthan');
});

test('a home village with no parent named is kept at the town the story is about', () => {
  // AFP-style feature (our words): a footballer's academy in Cairo and his home village.
  const text = 'The academy in Cairo trains four hundred boys. Its coaches in Cairo say the boys dream of his fame. ' +
    'He learnt the game on the dirt roads of his modest home village of Nagrig.';
  const p = places(text).find((x) => x.text === 'Nagrig');
  assert.ok(p);
  assert.equal(p.countryCode, 'EG');
  assert.match(p.reason ?? '', /the town the text is about/);
});

test('a person or a job after a type word is not made a place', () => {
  const ps = places('Ahmed Saleh, a town councillor in Aden, said the port was shelled. The mayor of Aden visited.');
  assert.equal(ps.find((x) => x.text === 'Ahmed Saleh'), undefined);
  const qs = places('The town of Hope welcomed Mr Tambo, a villager from near Durban.');
  assert.equal(qs.find((x) => x.text === 'Tambo'), undefined);
});

test('with no parent and no town the story is about, an unknown village is still not guessed', () => {
  const ps = places('Troops entered the village of Rityan overnight and stayed for two days in Syria.');
  assert.equal(ps.find((p) => p.text === 'Rityan'), undefined);
});

test('"at X, near Y" keeps an unknown hamlet at the town it is said to be near', () => {
  // Restating an Irish local-paper item: a singer raised at Rathbeggan, near Dunshaughlin, Co Meath.
  const p = places('Her father runs a recording studio at the family home at Rathbeggan, near Dunshaughlin.').find((x) => x.text === 'Rathbeggan');
  assert.ok(p);
  assert.equal(p.countryCode, 'IE');
  assert.ok(km(p, 53.51, -6.54) < 10, `${p.lat},${p.lon}`);
});

test('a county that closes a "Town, " pair counts as local even when the town is unknown', () => {
  // A racing calendar of our own: Knockhill circuit lies in Fife, Scotland.
  const ps = places('The calendar: 11 August: Croft, North Yorkshire. 25 August: Knockhill, Fife. 15 September: Silverstone, Northamptonshire.');
  const fife = ps.find((x) => x.text === 'Fife');
  assert.ok(fife, ps.map((x) => x.text).join(', '));
  assert.equal(fife.countryCode, 'GB');
  // A common word before the comma is no town: "Yesterday, Fife" is not a pair.
  assert.equal(places('Yesterday, Fife. The rest of the team stayed home.').find((x) => x.text === 'Fife'), undefined);
});

test('an unknown village counted in a list of towns is kept beside its listed neighbours', () => {
  // Restating an Irish local-paper item on housing lists in north Tipperary (figures ours).
  const text = 'Most applicants are in Nenagh, with 57 in Ballina, 48 in Newport and 36 in Cloughjordan. There are 26 applicants in Portroe.';
  const p = places(text).find((x) => x.text === 'Portroe');
  assert.ok(p);
  assert.equal(p.countryCode, 'IE');
  assert.match(p.reason ?? '', /list of places/);
  // A body counted the same way is not a place: "4 in Parliament".
  assert.equal(places('Police held 12 in Dublin, 3 in Cork and 4 in Parliament on Monday.').find((x) => x.text === 'Parliament'), undefined);
});

test('"in X, in Y province" and "at X in Y region" keep an unknown town in the division named', () => {
  // Restating reports of the October 2015 air strike on a wedding party in Sanaban, Dhamar, Yemen.
  const p = places("An air strike hit a wedding party in Sanaban, in Yemen's central Dhamar province.").find((x) => x.text === 'Sanaban');
  assert.ok(p);
  assert.equal(p.countryCode, 'YE');
  assert.equal(p.geonameid, null);
  assert.match(p.reason ?? '', /not in the gazetteer/);
  // Restating Reuters on al-Shabaab's January 2016 attack on the Kenyan base at El Adde, Gedo, Somalia.
  const q = places("Militants overran the Kenyan base at El Adde in Somalia's Gedo region before dawn.").find((x) => x.text === 'El Adde');
  assert.ok(q);
  assert.equal(q.countryCode, 'SO');
  assert.equal(q.admin1, 'Gedo');
  // A holiday is a time, not a place, whatever the division after it.
  const r = places('Clashes broke out during Eid and again in Ramadan in Idlib province.');
  assert.deepEqual(r.map((x) => x.text), ['Idlib']);
});

test('"X, a rebel-held district of Y" is an unknown quarter of Y', () => {
  // Restating Reuters on the April 2017 bombing of evacuees' buses at al-Rashideen, west of Aleppo city.
  const p = places('The blast hit buses waiting in al-Rashideen, a rebel-held district west of Aleppo.').find((x) => x.text === 'al-Rashideen');
  assert.ok(p);
  assert.equal(p.countryCode, 'SY');
  assert.ok(km(p, 36.2, 37.16) < 15, `${p.lat},${p.lon}`);
});
