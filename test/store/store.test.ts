// The SQLite store: migrations, idempotency by content hash, one transaction per report, check().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore, schemaVersion } from '../../src/store/sqlite.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { CIVILIANS, FIXED_NOW, REGIME, processed, report, tempDb } from './helpers.js';

const r1 = report({
  id: 'outlet-a/idlib-shelling',
  source: 'Levant Monitor',
  published: '2019-05-12',
  text: 'Government artillery shelled the town of Kafr Nabl on Saturday, killing three civilians, according to local rescuers.',
});
const spec = {
  sub: 'Shelling/artillery/missile attack',
  evidence: 'Government artillery shelled the town of Kafr Nabl on Saturday, killing three civilians',
  date: '2019-05-11',
  actor1: REGIME,
  inter1: 1,
  actor2: CIVILIANS,
  inter2: 7,
  location: { name: 'Kafr Nabl', lat: 35.6136, lon: 36.5611, geonameid: '169387', country: 'Syria', admin1: 'Idlib', geo_precision: 1 },
  fatalities: 3,
  by: 'local rescuers',
} as const;

test('a new database is migrated to the latest schema, in WAL mode with foreign keys on', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    assert.equal(schemaVersion(store.db), MIGRATIONS.at(-1)!.version);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
    store.close();
    // Reopening applies nothing twice.
    const again = openStore(path, { now: FIXED_NOW });
    const n = (again.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n;
    assert.equal(n, MIGRATIONS.length);
    again.close();
  } finally {
    cleanup();
  }
});

test('a report is stored once: the same text again is skipped by its hash', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const first = store.saveProcessed(processed(r1, [spec]));
    assert.equal(first.stored, true);
    assert.equal(first.mentions, 1);
    assert.ok(store.hasReport(r1.hash));
    const second = store.saveProcessed(processed(r1, [spec]));
    assert.deepEqual(second, { stored: false, reportId: null, mentions: 0 });
    assert.equal(store.check().counts.reports, 1);
    assert.equal(store.check().counts.mentions, 1);
    store.close();
  } finally {
    cleanup();
  }
});

test('a malformed mention is left out with a message; the rest of the report is stored and resolves', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const bad = processed(r1, [spec, spec]);
    (bad.events[1] as { sub_event_type: string }).sub_event_type = 'Skirmish';
    const res = store.saveProcessed(bad);
    assert.equal(res.stored, true);
    assert.equal(res.mentions, 1);
    const msgs = JSON.parse((store.db.prepare('SELECT messages FROM reports').get() as { messages: string }).messages);
    assert.match(msgs[0].reason, /event 1 not stored: unknown sub_event_type "Skirmish"/);
    assert.equal(store.resolvePending().events, 1);
    store.close();
  } finally {
    cleanup();
  }
});

test('a report that fails half-way leaves nothing behind (one transaction per report)', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const bad = processed(r1, [spec]);
    // A place without its text violates NOT NULL after the report row is inserted.
    (bad as { places: unknown[] }).places = [{ start: 0, end: 5, text: null, name: null, lat: null, lon: null, geonameid: null, country: null, countryCode: null, admin1: null, admin2: null, featureCode: null, level: null, confidence: 0, qualifier: null }];
    assert.throws(() => store.saveProcessed(bad));
    assert.equal(store.hasReport(r1.hash), false);
    assert.equal(store.check().counts.reports, 0);
    assert.equal(store.saveProcessed(processed(r1, [spec])).stored, true, 'the retry stores it');
    store.close();
  } finally {
    cleanup();
  }
});

test('check() is clean after resolution and finds unresolved mentions and broken links', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(processed(r1, [spec]));
    const pending = store.check();
    assert.equal(pending.ok, false);
    assert.match(pending.problems.join('\n'), /not yet resolved/);
    store.resolvePending();
    const clean = store.check();
    assert.deepEqual(clean.problems, []);
    assert.equal(clean.counts.events, 1);
    assert.equal(clean.counts.event_mentions, 1);
    store.close();

    // Break it behind the store's back: an event whose mentions were unlinked.
    const raw = new Database(path);
    raw.prepare('DELETE FROM event_mentions').run();
    raw.close();
    const broken = openStore(path, { readonly: true });
    const res = broken.check();
    assert.equal(res.ok, false);
    assert.match(res.problems.join('\n'), /without mentions/);
    assert.match(res.problems.join('\n'), /belong to no event/);
    broken.close();
  } finally {
    cleanup();
  }
});

test('a mention without a date of its own is dated by its report, to the month', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(processed(r1, [{ ...spec, date: null }]));
    store.resolvePending();
    const ev = store.reader.listEvents().events[0];
    assert.equal(ev.event_date, '2019-05-12');
    assert.equal(ev.time_precision, 3);
    const m = store.reader.getEvent(ev.id)!.mentions[0];
    assert.equal(m.date_from_report, true);
    assert.equal(m.context.text.slice(m.context.start, m.context.end), m.evidence.text, 'context locates the evidence');
    store.close();
  } finally {
    cleanup();
  }
});

test('opening a file that is not a sitrep database read-only fails with a clear message', () => {
  const { path, cleanup } = tempDb();
  try {
    const raw = new Database(path);
    raw.exec('CREATE TABLE unrelated (x)');
    raw.close();
    assert.throws(() => openStore(path, { readonly: true }), /not a sitrep database/);
  } finally {
    cleanup();
  }
});

test('a database made by an older sitrep is upgraded in place and keeps working', () => {
  const { path, cleanup } = tempDb();
  try {
    // Build a version-1 database by hand, as the first release left it.
    const raw = new Database(path);
    raw.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    raw.exec(MIGRATIONS[0].sql);
    raw.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run(MIGRATIONS[0].name, FIXED_NOW());
    raw.close();
    const old = openStore(path, { now: FIXED_NOW });
    assert.equal(schemaVersion(old.db), MIGRATIONS.at(-1)!.version);
    old.saveProcessed(processed(r1, [spec]));
    old.resolvePending();
    assert.deepEqual(old.check().problems, []);
    old.close();
  } finally {
    cleanup();
  }
});
