// Resolution's memory must not grow with the database: compiled statements hold native memory that
// no V8 heap figure shows, so the resolver's statement cache is bounded, and event updates use a
// fixed set of column groups instead of one statement per combination of changed columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/sqlite.js';
import { STATEMENT_CACHE_LIMIT, UPDATE_GROUPS, cachedStatements, prep } from '../../src/store/resolver.js';
import { FIXED_NOW, REGIME, REBELS, PLACES, processed, report, tempDb } from './helpers.js';

test('the statement cache keeps at most its limit, dropping the least recently used', () => {
  const db = new Database(':memory:');
  try {
    const first = prep(db, 'SELECT 0 AS n');
    for (let i = 1; i <= STATEMENT_CACHE_LIMIT + 50; i++) {
      prep(db, `SELECT ${i} AS n`);
      // Used all along, the first statement must survive every eviction.
      assert.equal(prep(db, 'SELECT 0 AS n'), first);
    }
    assert.equal(cachedStatements(db), STATEMENT_CACHE_LIMIT);
    assert.notEqual(prep(db, 'SELECT 1 AS n'), undefined, 'an evicted statement is prepared again on demand');
  } finally {
    db.close();
  }
});

test('every column of an event but its id and creation batch is written by exactly one update group', () => {
  const { path, cleanup } = tempDb();
  try {
    openStore(path, { now: FIXED_NOW }).close();
    const db = new Database(path, { readonly: true });
    const columns = (db.prepare("SELECT name FROM pragma_table_info('events')").pluck().all() as string[]).filter((c) => c !== 'id' && c !== 'created_batch');
    db.close();
    const grouped = UPDATE_GROUPS.flat();
    assert.deepEqual([...grouped].sort(), [...new Set(grouped)].sort(), 'no column in two groups');
    assert.deepEqual([...grouped].sort(), [...columns].sort());
  } finally {
    cleanup();
  }
});

/** Stores three tellings of one shelling, resolving after each (stepwise) or once at the end. */
function resolveTellings(stepwise: boolean) {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const tellings = [
      { text: 'Shelling hit Douma on Tuesday, a local council said.', evidence: 'Shelling hit Douma on Tuesday', actor1: null, fatalities: 0 },
      { text: 'Government artillery shelled Douma on Tuesday, killing 3 people, medics said.', evidence: 'Government artillery shelled Douma on Tuesday, killing 3 people', actor1: REGIME, fatalities: 3 },
      { text: 'Regime shelling of Douma on Tuesday killed 7 civilians and wounded a rebel commander.', evidence: 'Regime shelling of Douma on Tuesday killed 7 civilians', actor1: REGIME, fatalities: 7 },
    ];
    tellings.forEach((t, i) => {
      const r = report({ id: `t${i}`, text: t.text, published: '2016-03-09', source: `Outlet ${i}` });
      const actor2 = i === 2 ? REBELS : null;
      store.saveProcessed(
        processed(r, [{ sub: 'Shelling/artillery/missile attack', evidence: t.evidence, date: '2016-03-08', actor1: t.actor1, actor2, location: PLACES.douma, fatalities: t.fatalities }]),
      );
      // Each resolution revises the stored row through the grouped updates. (The id depends on which
      // telling founded the event, which the order of resolution decides: it is left out.)
      if (stepwise) store.resolvePending();
    });
    if (!stepwise) store.resolvePending();
    const check = store.check();
    const out = {
      events: store.db.prepare('SELECT * FROM events').all().map((e) => ({ ...(e as object), id: 'founder-dependent', created_batch: 0, updated_batch: 0 })),
      days: store.db.prepare('SELECT day, events, fatalities FROM event_days WHERE events > 0').all(),
      actors: store.db.prepare('SELECT a.name FROM event_actor_names l JOIN actor_names a ON a.id = l.actor ORDER BY a.name').pluck().all(),
      sources: store.db.prepare('SELECT outlet FROM event_sources ORDER BY outlet').pluck().all(),
    };
    store.close();
    assert.equal(check.ok, true, check.problems.join('; '));
    return out;
  } finally {
    cleanup();
  }
}

test('tellings that revise toll, actors and sources one resolution at a time leave the event as one pass does', () => {
  const stepwise = resolveTellings(true);
  const once = resolveTellings(false);
  assert.equal(stepwise.events.length, 1, 'the three tellings are one event');
  const e = stepwise.events[0] as unknown as { actor1: string; actor2: string | null; fatalities: number; mentions_count: number; sources_count: number };
  assert.equal(e.actor1, REGIME);
  assert.equal(e.mentions_count, 3);
  assert.equal(e.sources_count, 3);
  assert.ok(e.fatalities >= 3, `the toll is revised upward (${e.fatalities})`);
  assert.deepEqual(stepwise.days, [{ day: '2016-03-08', events: 1, fatalities: e.fatalities }], 'the timeline summary follows the revised toll');
  assert.ok(stepwise.actors.includes(REGIME), 'the actor index learns the actor a later telling named');
  assert.deepEqual(stepwise, once);
});
