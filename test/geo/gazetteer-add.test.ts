// `sitrep gazetteer add`: a GeoNames-format file (written by us) makes a new village resolvable,
// the addition lives in $SITREP_HOME/gazetteer and survives a rebuild; CSV tables and bad files too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parsePlaceText } from '../../src/geo/user-data.js';
import { gazetteer } from './helpers.js';

const root = new URL('../..', import.meta.url).pathname;

// Two made-up villages named in our own sentences: "Khirbet Umm Zaytuna" in Idlib and a second
// "Tall Abyad" in Iraq (so that the name has namesakes in two countries).
const GEONAMES_ROWS = [
  ['99000001', 'Khirbet Umm Zaytuna', 'Khirbat Umm Zaytunah', 'Khirbet Umm Zaytouna,Khirbat Umm Zaytuna', '35.9012', '36.6034', 'P', 'PPL', 'SY', '', '12', '', '', '', '0', '', '300', 'Asia/Damascus', '2024-01-01'],
  ['99000002', 'Tall Abyad', 'Tall Abyad', 'Tal Abyad,Tell Abyad', '36.2000', '42.1000', 'P', 'PPL', 'IQ', '', '15', '', '', '', '0', '', '250', 'Asia/Baghdad', '2024-01-01'],
].map((r) => r.join('\t'));

function sitrep(home: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/dev.ts'), ...args], { cwd: root, env: { ...process.env, SITREP_HOME: home }, encoding: 'utf8' });
}

test('gazetteer add: a GeoNames dump makes a new village resolvable, parents pick between namesakes', { timeout: 180_000 }, () => {
  const home = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  const file = join(home, 'villages.txt');
  writeFileSync(file, GEONAMES_ROWS.join('\n') + '\n');

  // Unknown to the packaged gazetteer (this process uses the default cache, not `home`).
  assert.equal(gazetteer().lookup('Khirbet Umm Zaytuna').length, 0, 'unknown before the addition');

  const add = sitrep(home, 'gazetteer', 'add', file);
  assert.equal(add.status, 0, add.stderr);
  assert.match(add.stdout, /geonames, 2 places/);
  assert.ok(existsSync(join(home, 'gazetteer', 'villages.txt')), 'kept in the user directory');

  const after = JSON.parse(sitrep(home, 'geocode', '--json', 'Shelling hit Khirbet Umm Zaytouna, Idlib, at dawn.').stdout);
  const village = after.places.find((p: { text: string }) => p.text.startsWith('Khirbet'));
  assert.equal(village.countryCode, 'SY');
  assert.ok(Math.abs(village.lat - 35.9012) < 1e-3 && Math.abs(village.lon - 36.6034) < 1e-3);

  // Tal Abyad now exists in Syria (GeoNames) and in Iraq (our file): the parent decides.
  const sy = JSON.parse(sitrep(home, 'geocode', '--json', 'The YPG entered Tal Abyad, Raqqa, after heavy fighting.').stdout);
  assert.equal(sy.places.find((p: { text: string }) => p.text === 'Tal Abyad').countryCode, 'SY');
  const iq = JSON.parse(sitrep(home, 'geocode', '--json', 'Militants attacked Tal Abyad, Iraq, near Mosul.').stdout);
  assert.equal(iq.places.find((p: { text: string }) => p.text === 'Tal Abyad').countryCode, 'IQ');

  const info = sitrep(home, 'gazetteer', 'info', '--json');
  const parsed = JSON.parse(info.stdout);
  assert.ok(parsed.sources.user >= 2);
  assert.ok(readdirSync(join(home, 'cache')).some((f) => f.startsWith('gazetteer-')));
});

test('gazetteer add refuses a file with no places, with a clear message', () => {
  const home = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  const bad = join(home, 'notes.csv');
  writeFileSync(bad, 'title,body\nhello,world\n');
  const r = sitrep(home, 'gazetteer', 'add', bad);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no places found.*name, lat and lon/);
});

test('CSV tables and alternate-name files parse', () => {
  const csv = parsePlaceText('name,lat,lon,country,admin1,alt_names\n"Hawar al-Nahr, east",36.5,37.1,SY,Aleppo,Hawar Nahr;Huwar al-Nahr\nbroken,x,1\n');
  assert.equal(csv.format, 'table');
  assert.equal(csv.records.length, 1);
  assert.equal(csv.records[0]!.name, 'Hawar al-Nahr, east');
  assert.deepEqual(csv.records[0]!.altNames, ['Hawar Nahr', 'Huwar al-Nahr']);
  assert.equal(csv.problems.length, 1);
  const alt = parsePlaceText('1\t170063\tar\tحلب\t1\t\t\t\t\t\n2\t170063\tlink\thttps://example.org/Aleppo\t\t\t\t\t\t\n');
  assert.equal(alt.format, 'geonames-alternates');
  assert.deepEqual(alt.alternates, [{ id: '170063', name: 'حلب' }]);
});
