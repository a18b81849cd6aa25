// Resolution in chunks (one transaction per chunk of pending mentions, rows read as their turn
// comes) must build exactly the database one pass over the whole backlog builds; candidate events
// come from indexed neighbourhoods (place, province, half-degree cells) that must find every event
// the matching rules could accept, and no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/sqlite.js';
import type { EventLocation } from '../../src/core/types.js';
import { canonicalDump, diffDumps } from '../pipeline/helpers/db-dump.js';
import { processExamples } from '../examples/load.js';
import { FIXED_NOW, ISIS, REBELS, REGIME, processed, report, tempDb } from './helpers.js';

function historyOf(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT event_id, kind, detail FROM event_history ORDER BY id').all() as Record<string, unknown>[]).map((r) => JSON.stringify(r));
  } finally {
    db.close();
  }
}

test('resolving the examples one mention per transaction builds the same database as one pass', async () => {
  const reports = await processExamples();
  const whole = tempDb();
  const chunked = tempDb();
  try {
    const summaries = [];
    for (const [path, chunk] of [[whole.path, 1_000_000], [chunked.path, 1]] as const) {
      const store = openStore(path, { now: FIXED_NOW });
      for (const p of reports) store.saveProcessed(p);
      summaries.push(store.resolvePending({ chunk }));
      store.close();
    }
    assert.ok(summaries[0]!.mentions > 20, `the examples give mentions to resolve (${summaries[0]!.mentions})`);
    assert.ok(summaries[0]!.events < summaries[0]!.mentions, 'some tellings merge, so chunk boundaries matter');
    assert.deepEqual(summaries[1], summaries[0]);
    assert.equal(diffDumps(canonicalDump(chunked.path), canonicalDump(whole.path)), '');
    assert.deepEqual(historyOf(chunked.path), historyOf(whole.path));
  } finally {
    whole.cleanup();
    chunked.cleanup();
  }
});

test('an event created in an earlier chunk of the same run gets no revision history, as in one pass', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const douma: EventLocation = { name: 'Douma', lat: 33.5711, lon: 36.4027, geonameid: '170592', country: 'Syria', admin1: 'Rif Dimashq', geo_precision: 1 };
    const first = report({ id: 'a', text: 'Government shelling killed 4 people in Douma on Monday, medics said.', published: '2016-03-08', source: 'Levant Desk' });
    const second = report({ id: 'b', text: 'Shelling by government forces on Douma on Monday killed 9 people, a monitor said.', published: '2016-03-08', source: 'Orontes Review' });
    const spec = (r: typeof first, evidence: string, fatalities: number) =>
      processed(r, [{ sub: 'Shelling/artillery/missile attack', evidence, date: '2016-03-07', actor1: REGIME, location: douma, fatalities }]);
    store.saveProcessed(spec(first, 'Government shelling killed 4 people in Douma on Monday', 4));
    store.saveProcessed(spec(second, 'Shelling by government forces on Douma on Monday killed 9 people', 9));
    const sum = store.resolvePending({ chunk: 1 });
    store.close();
    assert.deepEqual({ mentions: sum.mentions, events: sum.events, created: sum.created, updated: sum.updated }, { mentions: 2, events: 1, created: 1, updated: 0 });
    const kinds = historyOf(path).map((h) => (JSON.parse(h) as { kind: string }).kind);
    assert.deepEqual(kinds, ['created', 'mention-added']);
  } finally {
    cleanup();
  }
});

/** Two villages 14.5 km apart east-west at 50 degrees north: 0.2 degrees of longitude there is only 14.3 km. */
const WEST: EventLocation = { name: 'Zakhidne', lat: 50.2, lon: 30.1, geonameid: 'test-west', country: 'Ukraine', admin1: 'Kyiv Oblast', geo_precision: 2 };
const EAST_SAME_PROVINCE: EventLocation = { name: 'Skhidne', lat: 50.2, lon: 30.3035, geonameid: 'test-east', country: 'Ukraine', admin1: 'Kyiv Oblast', geo_precision: 1 };
const EAST_OTHER_PROVINCE: EventLocation = { ...EAST_SAME_PROVINCE, geonameid: 'test-east-2', admin1: 'Chernihiv Oblast' };

function resolveTwo(east: EventLocation): number {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const a = report({ id: 'a', text: 'Fighting between rebels and Islamic State near Zakhidne on Tuesday, a local official said.', published: '2015-05-06', source: 'Levant Desk' });
    const b = report({ id: 'b', text: 'Rebels clashed with Islamic State fighters in Skhidne on Tuesday, residents said.', published: '2015-05-06', source: 'Orontes Review' });
    store.saveProcessed(processed(a, [{ sub: 'Armed clash', evidence: 'Fighting between rebels and Islamic State near Zakhidne on Tuesday', date: '2015-05-05', actor1: REBELS, actor2: ISIS, location: WEST }]));
    store.saveProcessed(processed(b, [{ sub: 'Armed clash', evidence: 'Rebels clashed with Islamic State fighters in Skhidne on Tuesday', date: '2015-05-05', actor1: REBELS, actor2: ISIS, location: east }]));
    const sum = store.resolvePending();
    store.close();
    return sum.events;
  } finally {
    cleanup();
  }
}

test('far north, a place "near" another 14.5 km away in the same province is still found and merged', () => {
  assert.equal(resolveTwo(EAST_SAME_PROVINCE), 1);
});

test('in another province and beyond the 0.2-degree box, the same distance is not looked at (as before the indexes)', () => {
  assert.equal(resolveTwo(EAST_OTHER_PROVINCE), 2);
});
