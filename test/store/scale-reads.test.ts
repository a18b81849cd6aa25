// The read paths built for 100,000 events (migration 4) must give exactly the answers of the plain
// queries they replace: the actor name index vs a LIKE over every actor column, grid cells from the
// half-degree index vs flooring each event's coordinates, paging by walking the order vs sorting the
// matches, the timeline's per-type counts; and older databases upgrade (or are read) as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore, schemaVersion } from '../../src/store/sqlite.js';
import { openReader } from '../../src/store/read.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { FIXED_NOW, ISIS, PLACES, REBELS, REGIME, processed, report, tempDb } from './helpers.js';

const HTS = 'Hayat Tahrir al-Sham';
const TYPES: [string, string][] = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Protests', 'Peaceful protest'],
  ['Violence against civilians', 'Attack'],
];

interface Row {
  id: string;
  type: [string, string];
  date: string;
  actor1: string | null;
  assoc1: string | null;
  actor2: string | null;
  lat: number;
  lon: number;
  admin1: string;
  country: string;
  fatalities: number;
}

/** Rows straight into the events table (the write path is tested elsewhere): many share a date. */
function rows(n: number): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      id: `SR-${(i * 7919).toString(16).padStart(10, '0')}`,
      type: TYPES[i % TYPES.length]!,
      date: new Date(Date.UTC(2016, 0, 1) + (i % 40) * 86_400_000).toISOString().slice(0, 10),
      actor1: i % 3 === 0 ? HTS : i % 3 === 1 ? REGIME : null,
      assoc1: i % 11 === 0 ? `${REBELS}; Syria 50% Brigade` : null,
      actor2: i % 5 === 0 ? ISIS : null,
      // Both sides of the equator and of Greenwich: flooring negative coordinates is where grids go wrong.
      lat: -12.3 + ((i * 37) % 600) / 10,
      lon: -20.7 + ((i * 53) % 900) / 10,
      admin1: i % 4 === 0 ? 'Aleppo' : 'Idlib',
      country: i % 6 === 0 ? 'Iraq' : 'Syria',
      fatalities: i % 9,
    });
  }
  return out;
}

function insert(db: Database.Database, list: Row[]): void {
  const ins = db.prepare(
    `INSERT INTO events (id, event_type, sub_event_type, event_date, time_precision, actor1, assoc_actor_1, actor2, location, location_norm,
       place_key, lat, lon, country, iso, admin1, geo_precision, fatalities, status, created_batch, updated_batch)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'single-source', 1, 1)`,
  );
  db.transaction(() => {
    for (const r of list) {
      const place = `p${Math.round(r.lat)}_${Math.round(r.lon)}`;
      ins.run(r.id, r.type[0], r.type[1], r.date, r.actor1, r.assoc1, r.actor2, place, place, `name:${place}`, r.lat, r.lon, r.country,
        r.country === 'Iraq' ? 'IRQ' : 'SYR', r.admin1, r.fatalities);
    }
  })();
}

/** The listing order: newest date first, then the higher id. */
const newestFirst = (a: Row, b: Row) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : -1);

test('actor search through the name index finds exactly what a LIKE over every actor column finds, and follows edits', () => {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  try {
    insert(store.db, rows(600));
    const r = store.reader;
    const like = (needle: string) =>
      (store.db
        .prepare(
          `SELECT id FROM events WHERE actor1 LIKE @p ESCAPE '\\' OR actor2 LIKE @p ESCAPE '\\' OR assoc_actor_1 LIKE @p ESCAPE '\\'
             OR assoc_actor_2 LIKE @p ESCAPE '\\' ORDER BY id`,
        )
        .all({ p: `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }) as { id: string }[]).map((x) => x.id);
    const found = (actor: string) => r.listEvents({ actor }, { limit: 1000 }).events.map((e) => e.id).sort();
    for (const needle of ['tahrir', 'ISLAMIC state', 'Rebels', '50%', 'Syria', 'IS', 'nobody at all']) {
      assert.deepEqual(found(needle), like(needle), needle);
    }
    assert.equal(found('50%').length, 55, '"%" is a literal, not a wildcard (every 11th of 600 events)');
    assert.equal(r.listEvents({ actor: '_' }).total, 0, '"_" is a literal too');

    // An edit of an event's actors (a later telling names the perpetrator) moves it between searches.
    const first = found('Military Forces')[0]!;
    store.db.prepare('UPDATE events SET actor1 = ? WHERE id = ?').run('Jaysh al-Izza', first);
    assert.deepEqual(found('izza'), [first]);
    assert.ok(!found('Military Forces').includes(first));
    store.db.prepare('DELETE FROM events WHERE id = ?').run(first);
    assert.deepEqual(found('izza'), []);
    const orphans = store.db.prepare('SELECT count(*) AS n FROM event_actor_names l WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = l.event_id)').get() as { n: number };
    assert.equal(orphans.n, 0);
  } finally {
    store.close();
    cleanup();
  }
});

test('pages are deterministic (ties by id) and the same whether SQLite walks the order or sorts the matches', () => {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  try {
    const all = rows(2600);
    insert(store.db, all);
    const r = store.reader;
    // Above 2,000 matches the page is found by walking the date index; below, by sorting the matches.
    const cases: [Parameters<typeof r.listEvents>[0], (x: Row) => boolean][] = [
      [{ actor: 'tahrir', country: 'syria' }, (x) => x.actor1 === HTS && x.country === 'Syria'],
      [{ country: 'SYR' }, (x) => x.country === 'Syria'],
      [{ place: 'idlib' }, (x) => x.admin1 === 'Idlib'],
      // A period narrows each branch of the place and country sets.
      [{ place: 'IRAQ', from: '2016-01-10', to: '2016-01-20' }, (x) => x.country === 'Iraq' && x.date >= '2016-01-10' && x.date <= '2016-01-20'],
      [{ country: 'Syria', from: '2016-02-01' }, (x) => x.country === 'Syria' && x.date >= '2016-02-01'],
      [{}, () => true],
    ];
    for (const [filters, keep] of cases) {
      const expected = all.filter(keep).sort(newestFirst).map((x) => x.id);
      assert.equal(r.listEvents(filters, { limit: 0 }).total, expected.length, JSON.stringify(filters));
      for (const offset of [0, 50, 777, expected.length - 10]) {
        const page = r.listEvents(filters, { limit: 50, offset }).events.map((e) => e.id);
        assert.deepEqual(page, expected.slice(offset, offset + 50), `${JSON.stringify(filters)} at ${offset}`);
      }
      const oldest = r.listEvents(filters, { limit: 5, order: 'date-asc' }).events.map((e) => e.id);
      assert.deepEqual(oldest, [...expected].reverse().slice(0, 5));
    }
    assert.ok(all.filter((x) => x.country === 'Syria').length > 2000 && all.filter((x) => x.actor1 === HTS && x.country === 'Syria').length < 2000);
    assert.deepEqual(r.listEvents({}, { limit: 10, offset: 5000 }).events, []);
  } finally {
    store.close();
    cleanup();
  }
});

test('grid cells at every zoom are what flooring each event by the cell size gives, on both sides of 0', () => {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  try {
    const all = rows(900);
    insert(store.db, all);
    for (let zoom = 0; zoom <= 6; zoom++) {
      const cell = 32 / 2 ** zoom;
      const expected = new Map<string, Row[]>();
      for (const x of all) {
        const key = `${Math.floor(x.lat / cell)}:${Math.floor(x.lon / cell)}`;
        expected.set(key, [...(expected.get(key) ?? []), x]);
      }
      const cells = store.reader.mapAggregate({}, undefined, zoom);
      assert.equal(cells.length, expected.size, `zoom ${zoom}`);
      for (const c of cells) {
        const members = expected.get(c.key);
        assert.ok(members, `zoom ${zoom}: unexpected cell ${c.key}`);
        assert.equal(c.events, members.length);
        assert.equal(c.fatalities, members.reduce((n, x) => n + x.fatalities, 0));
        assert.ok(Math.abs(c.lat - members.reduce((n, x) => n + x.lat, 0) / members.length) < 1e-9);
        assert.deepEqual(c.sample, [[...members].sort(newestFirst)[0]!.id]);
        const admins = new Set(members.map((x) => x.admin1));
        assert.equal(c.admin1, admins.size === 1 ? [...admins][0] : null);
        const byType: Record<string, number> = {};
        for (const x of members) byType[x.type[0]] = (byType[x.type[0]] ?? 0) + 1;
        assert.deepEqual(c.by_type, byType);
      }
    }
    // By place, a popup gets the three newest events of the place.
    const places = store.reader.mapAggregate({ country: 'Iraq' });
    const busiest = places[0]!;
    const at = all.filter((x) => x.country === 'Iraq' && `name:p${Math.round(x.lat)}_${Math.round(x.lon)}` === busiest.key).sort(newestFirst);
    assert.equal(busiest.events, at.length);
    assert.deepEqual(busiest.sample, at.slice(0, 3).map((x) => x.id));
  } finally {
    store.close();
    cleanup();
  }
});

test('timeline buckets carry per-type counts that add up and match a per-type query', () => {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  try {
    insert(store.db, rows(500));
    const r = store.reader;
    for (const size of ['day', 'week', 'month'] as const) {
      const buckets = r.timelineCounts({ country: 'Syria' }, size);
      assert.ok(buckets.length > 0);
      for (const b of buckets) assert.equal(Object.values(b.by_type).reduce((n, k) => n + k, 0), b.events);
      const battles = new Map(r.timelineCounts({ country: 'Syria', type: 'Battles' }, size).map((b) => [b.bucket, b.events]));
      for (const b of buckets) assert.equal(b.by_type.Battles ?? 0, battles.get(b.bucket) ?? 0, `${size} ${b.bucket}`);
    }
    assert.deepEqual(r.timelineCounts({}, 'week')[0]!.bucket, '2015-12-28', 'weeks start on Monday');
  } finally {
    store.close();
    cleanup();
  }
});

test('the per-day summary behind unfiltered timelines follows inserts, edits and deletions of events', () => {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  try {
    insert(store.db, rows(400));
    const db = store.db;
    const all = rows(400);
    // A later telling revises a toll, re-dates one event and re-types another; a third is deleted.
    db.prepare('UPDATE events SET fatalities = 40 WHERE id = ?').run(all[3]!.id);
    db.prepare("UPDATE events SET event_date = '2017-06-01' WHERE id = ?").run(all[5]!.id);
    db.prepare("UPDATE events SET event_type = 'Riots', sub_event_type = 'Mob violence' WHERE id = ?").run(all[6]!.id);
    db.prepare('DELETE FROM events WHERE id = ?').run(all[7]!.id);
    db.prepare("UPDATE events SET event_date = NULL WHERE id = ?").run(all[8]!.id);
    const direct = (type?: string) =>
      (db
        .prepare(
          `SELECT substr(event_date, 1, 7) AS bucket, count(*) AS events, sum(fatalities) AS fatalities FROM events
           WHERE event_date IS NOT NULL ${type ? 'AND event_type = ?' : ''} GROUP BY bucket ORDER BY bucket`,
        )
        .all(...(type ? [type] : [])) as { bucket: string; events: number; fatalities: number }[]);
    const summary = (type?: string) => store.reader.timelineCounts(type ? { type } : {}, 'month').map(({ bucket, events, fatalities }) => ({ bucket, events, fatalities }));
    assert.deepEqual(summary(), direct());
    assert.deepEqual(summary('Riots'), direct('Riots'));
    assert.deepEqual(summary('Battles'), direct('Battles'));
    assert.equal(store.reader.timelineCounts({}, 'month').find((b) => b.bucket === '2017-06')?.events, 1);
    // check() compares the summaries with the events, and says when they drift.
    const drift = () => store.check().problems.filter((p) => /summary|actor name index/.test(p));
    assert.deepEqual(drift(), []);
    db.prepare("UPDATE event_days SET events = events + 1 WHERE day = '2017-06-01'").run();
    db.prepare('DELETE FROM event_actor_names WHERE event_id = ?').run(all[9]!.id);
    assert.deepEqual(drift(), ['1 day(s) of the timeline summary disagree with the events', '1 event(s) missing from the actor name index']);
  } finally {
    store.close();
    cleanup();
  }
});

test('publication date precision is stored with the report and shown with each telling', () => {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  try {
    const monthly = { ...report({ id: 'digest/2016-02', published: '2016-02-15', text: 'A monthly digest: fighting in Azaz left 4 dead.' }), publishedPrecision: 3 as const };
    const daily = report({ id: 'blog/day', published: '2016-03-02', text: 'Clashes in Douma killed 2 on Wednesday.' });
    const undated = report({ id: 'leaflet', published: null, text: 'Clashes near Ad Dana, date unknown.' });
    store.saveProcessed(processed(monthly, [{ sub: 'Armed clash', evidence: 'fighting in Azaz left 4 dead', date: null, location: PLACES.azaz, fatalities: 4 }]));
    store.saveProcessed(processed(daily, [{ sub: 'Armed clash', evidence: 'Clashes in Douma killed 2', date: '2016-03-02', location: PLACES.douma, fatalities: 2 }]));
    store.saveProcessed(processed(undated, [{ sub: 'Armed clash', evidence: 'Clashes near Ad Dana', date: null, location: PLACES.dana }]));
    store.resolvePending();
    const precisionOf = (reportKey: string) => {
      for (const e of store.reader.listEvents({}, { limit: 10 }).events) {
        for (const m of store.reader.mentionsOf(e.id)) if (m.report.key === reportKey) return m.report.published_precision;
      }
      return undefined;
    };
    assert.equal(precisionOf('digest/2016-02'), 3);
    assert.equal(precisionOf('blog/day'), 1, 'absent means the day');
    assert.equal(precisionOf('leaflet'), null, 'no date, no precision');
  } finally {
    store.close();
    cleanup();
  }
});

test('a version-3 database upgrades (actor index built from its events) and is still readable before upgrading', () => {
  const { path, cleanup } = tempDb();
  try {
    const raw = new Database(path);
    raw.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, FIXED_NOW());
    }
    insert(raw, rows(120));
    raw.close();

    // Read-only (the server on an old file): the plain queries answer.
    const old = openReader(path);
    try {
      const hts = old.reader.listEvents({ actor: 'tahrir' }, { limit: 0 }).total;
      assert.equal(hts, 40);
      assert.equal(old.reader.mapAggregate({}, undefined, 3).reduce((n, c) => n + c.events, 0), 120);
    } finally {
      old.close();
    }

    const store = openStore(path, { now: FIXED_NOW });
    try {
      assert.equal(schemaVersion(store.db), MIGRATIONS.at(-1)!.version);
      assert.equal(store.reader.listEvents({ actor: 'tahrir' }, { limit: 0 }).total, 40);
      const names = store.db.prepare('SELECT count(*) AS n FROM actor_names').get() as { n: number };
      assert.equal(names.n, 4, 'HTS, the regime, ISIS and the rebels list');
      assert.deepEqual(store.check().problems.filter((p) => !p.includes('without mentions') && !p.includes('mention count')), []);
    } finally {
      store.close();
    }
  } finally {
    cleanup();
  }
});
