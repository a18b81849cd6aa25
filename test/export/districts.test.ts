// ACLED's admin2 (the district) travels from the gazetteer through extraction, the store and
// resolution to the CSV export; an event known only to its province claims no district.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLines, sitrep } from '../pipeline/helpers/cli.js';
import { parseCsv } from './csv.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-districts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Our own sentences, restating wire coverage of the Alamdar Road bombing in Quetta (10 January 2013)
// and of the triple suicide bombing at Konduga's fish market, Borno (16 June 2019); the third is a
// province-only clash written for this test.
const reports = [
  { id: 'quetta', date: '2013-01-10', text: 'QUETTA, Pakistan - Twin bombings tore through a snooker hall on Alamdar Road in Quetta on Thursday night, killing at least 81 people, police said.' },
  { id: 'konduga', date: '2019-06-16', text: 'MAIDUGURI, Nigeria - Three suicide bombers blew themselves up at a fish market in Konduga, Borno state, on Saturday, killing at least 30 people, a local official said.' },
  { id: 'province', date: '2013-01-14', text: 'Government forces and militants clashed in Balochistan province on Monday, officials said, without giving a toll.' },
];
const input = join(dir, 'reports.jsonl');
writeFileSync(input, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');

test('extract gives each located event the district that holds its place, and none at province level', async () => {
  const r = await sitrep(['extract', '--jobs', '1', input]);
  assert.equal(r.code, 0, r.stderr);
  const byId = new Map(jsonLines(r.stdout).map((l) => [l.id as string, (l.events as { location: Record<string, unknown> | null }[])[0]?.location]));
  assert.equal(byId.get('quetta')?.admin2, 'Quetta District');
  assert.equal(byId.get('konduga')?.admin2, 'Konduga');
  assert.equal(byId.get('province')?.geo_precision, 3);
  assert.equal(byId.get('province')?.admin2, null);
});

test('the ACLED CSV export fills admin2 from the stored mentions', async () => {
  const db = join(dir, 'events.db');
  const run = await sitrep(['run', '--jobs', '1', '--quiet', '--db', db, input]);
  assert.equal(run.code, 0, run.stderr);
  const out = join(dir, 'events.csv');
  const exp = await sitrep(['export', '--format', 'acled-csv', '--out', out, '--db', db]);
  assert.equal(exp.code, 0, exp.stderr);
  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  const admin2Of = (location: string) => rows.find((r) => r[col('location')] === location)?.[col('admin2')];
  assert.equal(admin2Of('Quetta'), 'Quetta District');
  assert.equal(admin2Of('Konduga'), 'Konduga');
  assert.equal(admin2Of('Balochistan'), '');
});
