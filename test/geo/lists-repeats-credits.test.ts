// Issue #4: a province named after its city means the city among other places unless a type word
// says otherwise; a name found once is found at every repeat; a scraped possessive and a wire
// headline's credit word ("... Monitor AFP") do not hide the place between them. Sentences written by us.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { km, place, places } from './helpers.js';

test('a bare province-and-city name listed with other cities is the city', () => {
  const raqqa = place('Warplanes struck Raqqa and Aleppo on Sunday, killing at least nine people.', 'Raqqa');
  assert.equal(raqqa.level, 'place', `${raqqa.name} ${raqqa.level}`);
  assert.ok(km(raqqa, 35.95, 39.01) < 10, `${raqqa.lat},${raqqa.lon}`);
  // Scraped copy that lost the comma between the two names.
  const deir = place('Government jets carried out raids in Deir Ezzor Aleppo and Homs overnight.', 'Deir Ezzor');
  assert.equal(deir.level, 'place', `${deir.name} ${deir.level}`);
  assert.ok(km(deir, 35.34, 40.14) < 10, `${deir.lat},${deir.lon}`);
});

test('a list of states is no list of cities: its names keep the state reading', () => {
  const text = 'Tornadoes tore through Oklahoma and Arizona overnight, and Tulsa lost power.';
  for (const surface of ['Oklahoma', 'Arizona']) assert.equal(place(text, surface).level, 'admin1', surface);
});

test('a type word or "province of" keeps the province reading', () => {
  for (const [text, surface] of [
    ['Fighting spread across Raqqa province and reached Aleppo on Friday.', 'Raqqa'],
    ['Jets bombed villages in the province of Deir Ezzor and near Homs.', 'Deir Ezzor'],
  ] as const) {
    const p = place(text, surface);
    assert.equal(p.level, 'admin1', `${surface} -> ${p.name} ${p.level}`);
  }
});

test('a place found once is found again where a title-case headline hides it', () => {
  // Alone, the headline's "Front Shelling of X" reads as an organisation's name.
  const head = 'Five Dead After Nusra Front Shelling of Sheikh Maqsood\n';
  assert.deepEqual(places(`${head}Residents said mortar fire began at dawn.`).map((p) => p.text), []);
  const ps = places(`${head}Residents said mortar fire hit Sheikh Maqsood at dawn.`).filter((p) => p.text === 'Sheikh Maqsood');
  assert.equal(ps.length, 2);
  assert.ok(ps.every((p) => p.admin1 === 'Aleppo'), ps.map((p) => `${p.name}/${p.admin1}`).join(', '));
});

test('a repeat is not echoed into a title or an organisation name', () => {
  const ps = places('Drones struck Hasakeh on Monday. The Hasakeh Media Center put the toll at six.');
  assert.deepEqual(ps.filter((p) => p.text === 'Hasakeh').map((p) => p.start), [14]);
});

test('"in Syrias X Monitor AFP": the place between a lost apostrophe and the credit is found', () => {
  const text = 'Russian raids kill 21 civilians in Syrias Deir Ezzor Monitor AFP Tuesday 4 Oct 2016 Russian jets hit two villages.';
  const p = place(text, 'Deir Ezzor');
  assert.equal(p.countryCode, 'SY');
  assert.ok(km(p, 35.34, 40.14) < 60, `${p.lat},${p.lon}`);
  const q = place('Shelling kills four in Syrias Idlib Monitor\nShells fell on a bakery in the city.', 'Idlib');
  assert.equal(q.countryCode, 'SY');
  // A newspaper called after a town, in running text, is still a name.
  assert.equal(places('She writes for the Deir Ezzor Monitor every week.').filter((p) => p.text === 'Deir Ezzor').length, 0);
});

test('news spellings added to the supplement: Sheikh Maqsood, al-Shadadi, Salahuddin', () => {
  assert.equal(place('Snipers fired into Sheikh Maqsood on Friday.', 'Sheikh Maqsood').admin1, 'Aleppo');
  assert.ok(km(place('The SDF pushed into al-Shadadi after a week of fighting.', 'al-Shadadi'), 36.05, 40.73) < 10);
  assert.equal(place('Rebels shelled Salahuddin in Aleppo on Monday.', 'Salahuddin').countryCode, 'SY');
  // The Iraqi province keeps its news spelling too.
  assert.equal(place('Militants attacked a checkpoint near Tikrit in Salahuddin province.', 'Salahuddin').countryCode, 'IQ');
});
