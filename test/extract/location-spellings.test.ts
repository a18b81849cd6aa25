// data/gazetteer/supplement-syria-spellings.tsv: the spellings English-language news uses for
// Syrian places reach the GeoNames place (and, for a province, the province), in our sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { place } from '../geo/helpers.js';

test('news spellings of towns reach their GeoNames place', () => {
  // Reuters, November 2017: air strikes on the market of Atareb, west of Aleppo.
  const atareb = place('Three air strikes hit the market in Atareb, west of Aleppo, on Monday.', 'Atareb');
  assert.equal(atareb.name, 'Al-Atarib');
  assert.equal(atareb.admin1, 'Aleppo');
  const jisr = place('Three children were killed in air raids on Jisr al-Shigour on Wednesday.', 'Jisr al-Shigour');
  assert.equal(jisr.name, 'Jisr al-Shughur');
  const tal = place('Kurdish fighters entered Tal Abiad on the Turkish border.', 'Tal Abiad');
  assert.equal(tal.name, 'Tell Abyad');
});

test('a province takes the spelling of its city: "Deir Ezzor province" is the province', () => {
  const prov = place('Russian jets struck a village held by Islamic State in Deir Ezzor province.', 'Deir Ezzor');
  assert.equal(prov.level, 'admin1');
  const city = place('Shells hit two districts of Deir Ezzor city on Monday.', 'Deir Ezzor');
  assert.equal(city.level, 'place');
  assert.equal(city.name, 'Deir ez-Zor');
});

test('places cities500 lacks: a border town and a village by Aleppo', () => {
  const atmeh = place('A suicide bomber struck a bus near the Atmeh border crossing with Turkey.', 'Atmeh');
  assert.equal(atmeh.admin1, 'Idlib');
  const khan = place('Rebels recaptured Khan Touman, southwest of Aleppo, after heavy fighting.', 'Khan Touman');
  assert.equal(khan.name, 'Khan Tuman');
});
