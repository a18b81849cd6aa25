// Two misreadings found reading sitrep's events from stories we wrote on Ukraine (November 2022)
// and Sudan (April 2023): "the eastern bank of the Dnipro river" put the event in the city of
// Dnipro, 300 km away; "Kabkabiya, North Darfur" found only "Darfur", since GeoNames calls the
// state "Northern Darfur".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { divisionNames } from '../../src/geo/build.js';
import { places } from './helpers.js';

test('a name followed by "river" is the river, never an event place in the city of that name', () => {
  const found = places('Russian troops crossed to the eastern bank of the Dnipro river overnight.');
  const dnipro = found.find((p) => p.text === 'Dnipro');
  assert.ok(!dnipro || dnipro.role === 'embedded', 'the city of Dnipro is not where the crossing happened');
  // The city itself, named as a place, is still found.
  const city = places('A missile struck an apartment block in Dnipro on Saturday.').find((p) => p.text === 'Dnipro');
  assert.ok(city && city.role !== 'embedded');
  assert.equal(city.country, 'Ukraine');
});

test('a division is found under either compass form: North or Northern, West or Western', () => {
  assert.deepEqual(divisionNames('Northern Darfur').sort(), ['North Darfur', 'Northern Darfur']);
  assert.ok(divisionNames('West Kordofan').includes('Western Kordofan'));
  // A compass word alone is no name to vary.
  assert.deepEqual(divisionNames('North'), ['North']);
  const p = places('Three aid workers were killed in Kabkabiya, North Darfur, on Saturday.').find((x) => x.text === 'North Darfur');
  assert.ok(p, 'North Darfur is found whole');
  assert.equal(p.level, 'admin1');
  assert.equal(p.country, 'Sudan');
});
