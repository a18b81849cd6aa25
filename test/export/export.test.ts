// Exports parse: the CSV header is ACLED's columns (then sitrep's), GeoJSON is a valid
// FeatureCollection with province-level events flagged, JSONL lines are full events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { PassThrough } from 'node:stream';
import { openStore } from '../../src/store/sqlite.js';
import { writeExport } from '../../src/export/index.js';
import { ACLED_COLUMNS, csvField } from '../../src/export/acled-csv.js';
import { parseCsv } from './csv.js';
import { CIVILIANS, FIXED_NOW, ISIS, PLACES, REBELS, REGIME, processed, report, tempDb } from '../store/helpers.js';

const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

function seeded() {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  const r = report({
    id: 'blog/jan-2014',
    source: 'Northern Front Blog',
    published: '2014-01-09',
    text:
      'Insurgents took ad-Dana from the Islamic State on Wednesday, activists said.\n' +
      'Regime helicopters dropped barrel bombs on a bakery queue in Aleppo, killing "at least 11", doctors said.\n' +
      'Clashes were reported across Aleppo Province, details unclear.',
  });
  store.saveProcessed(
    processed(r, [
      { sub: 'Non-state actor overtakes territory', evidence: 'Insurgents took ad-Dana from the Islamic State on Wednesday', date: '2014-01-08', actor1: REBELS, inter1: 2, actor2: ISIS, inter2: 2, location: PLACES.dana, by: 'activists' },
      { sub: 'Air/drone strike', evidence: 'Regime helicopters dropped barrel bombs on a bakery queue in Aleppo, killing "at least 11"', date: '2014-01-09', actor1: REGIME, inter1: 1, actor2: CIVILIANS, inter2: 7, location: PLACES.aleppo, fatalities: 11, by: 'doctors' },
      { sub: 'Armed clash', evidence: 'Clashes were reported across Aleppo Province', date: '2014-01-09', location: PLACES.aleppoProvince },
    ]),
  );
  store.resolvePending();
  return { store, dir: dirname(path), cleanup };
}

test('ACLED CSV: ACLED header then sitrep columns, one row per event, quotes round-trip', async () => {
  const { store, dir, cleanup } = seeded();
  try {
    const out = join(dir, 'events.csv');
    const n = await writeExport(store.reader, 'acled-csv', {}, out);
    assert.equal(n, 3);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    const header = rows[0];
    assert.equal(header.slice(0, ACLED_COLUMNS.length).join(','), ACLED_HEADER);
    assert.deepEqual(header.slice(ACLED_COLUMNS.length), ['claim_status', 'claimed_by', 'sources_count', 'corroboration']);
    assert.equal(rows.length, 4);
    const byType = new Map(rows.slice(1).map((r) => [r[header.indexOf('sub_event_type')], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
    const strike = byType.get('Air/drone strike')!;
    assert.equal(strike.fatalities, '11');
    assert.equal(strike.interaction, '17');
    assert.equal(strike.civilian_targeting, 'Civilian targeting');
    assert.equal(strike.iso, '760');
    assert.equal(strike.region, 'Middle East');
    assert.equal(strike.disorder_type, 'Political violence');
    assert.match(strike.notes, /killing "at least 11"/, 'quotes inside a field survive');
    const clash = byType.get('Armed clash')!;
    assert.equal(clash.geo_precision, '3');
    assert.match(clash.tags, /province level/);
    assert.equal(byType.get('Non-state actor overtakes territory')!.claimed_by, 'activists');
  } finally {
    store.close();
    cleanup();
  }
});

test('GeoJSON: a valid FeatureCollection; province-level events flagged', async () => {
  const { store, cleanup } = seeded();
  try {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    await writeExport(store.reader, 'geojson', { from: '2014-01-01' }, sink);
    const fc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 3);
    for (const f of fc.features) {
      assert.equal(f.type, 'Feature');
      assert.equal(f.geometry.type, 'Point');
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(lon > 35 && lon < 43 && lat > 32 && lat < 38, 'lon, lat order inside Syria');
    }
    assert.deepEqual(
      fc.features.filter((f: { properties: { province_level: boolean } }) => f.properties.province_level).map((f: { properties: { sub_event_type: string } }) => f.properties.sub_event_type),
      ['Armed clash'],
    );
  } finally {
    store.close();
    cleanup();
  }
});

test('JSONL: one full event per line with mentions and evidence; filters apply', async () => {
  const { store, cleanup } = seeded();
  try {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    await writeExport(store.reader, 'jsonl', { type: 'Battles' }, sink);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    for (const e of lines) {
      assert.equal(e.event_type, 'Battles');
      assert.equal(e.mentions.length, 1);
      assert.ok(e.mentions[0].evidence.text.length > 10);
      assert.equal(e.mentions[0].report.outlet, 'Northern Front Blog');
    }
  } finally {
    store.close();
    cleanup();
  }
});

test('csvField quotes only what needs quoting', () => {
  assert.equal(csvField('Aleppo'), 'Aleppo');
  assert.equal(csvField('Damascus, Rif Dimashq'), '"Damascus, Rif Dimashq"');
  assert.equal(csvField('said "at least 11"'), '"said ""at least 11"""');
  assert.equal(csvField(null), '');
  assert.equal(csvField(0), '0');
});
