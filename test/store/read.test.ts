// The read API the CLI and the server share: filters, paging, free text, timeline, map, places,
// and that it stays fast with 100,000 events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/sqlite.js';
import { parseFilters, FilterError } from '../../src/store/filters.js';
import { CIVILIANS, FIXED_NOW, ISIS, PLACES, REBELS, REGIME, RUSSIA, processed, report, tempDb } from './helpers.js';

function seeded() {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  const blog = report({
    id: 'blog/north-2016',
    source: 'Northern Front Blog',
    published: '2016-02-16',
    text:
      'Russian jets bombed a hospital in Azaz on Monday, killing 9 patients.\n' +
      'Rebels repelled an Islamic State assault on the outskirts of Azaz on Tuesday.\n' +
      'In Aleppo, regime barrel bombs hit the Sakhour district on 3 January, killing 6.',
  });
  const wire = report({
    id: 'wire/douma',
    source: 'Damascus Wire',
    url: 'https://www.damascuswire.example/douma',
    published: '2018-02-21',
    text: 'Warplanes struck a market in Douma on Tuesday, killing at least 14 civilians.',
  });
  store.saveProcessed(
    processed(blog, [
      { sub: 'Air/drone strike', evidence: 'Russian jets bombed a hospital in Azaz on Monday, killing 9 patients', date: '2016-02-15', actor1: RUSSIA, actor2: CIVILIANS, location: PLACES.azaz, fatalities: 9 },
      { sub: 'Armed clash', evidence: 'Rebels repelled an Islamic State assault on the outskirts of Azaz on Tuesday', date: '2016-02-16', actor1: REBELS, actor2: ISIS, location: PLACES.azaz },
      { sub: 'Air/drone strike', evidence: 'regime barrel bombs hit the Sakhour district on 3 January, killing 6', date: '2016-01-03', actor1: REGIME, actor2: CIVILIANS, location: PLACES.aleppo, fatalities: 6 },
    ]),
  );
  store.saveProcessed(processed(wire, [{ sub: 'Air/drone strike', evidence: 'Warplanes struck a market in Douma on Tuesday, killing at least 14 civilians', date: '2018-02-20', actor2: CIVILIANS, location: PLACES.douma, fatalities: 14 }]));
  store.resolvePending();
  return { store, cleanup };
}

test('listEvents filters by type, actor, place, province, dates, source and free text, with a total', () => {
  const { store, cleanup } = seeded();
  try {
    const r = store.reader;
    assert.equal(r.listEvents().total, 4);
    assert.equal(r.listEvents({ type: 'Explosions/Remote violence' }).total, 3);
    assert.equal(r.listEvents({ subType: 'Armed clash' }).total, 1);
    assert.equal(r.listEvents({ actor: 'russia' }).total, 1);
    assert.equal(r.listEvents({ place: 'Azaz' }).total, 2);
    assert.equal(r.listEvents({ place: 'Aleppo' }).total, 3, 'a province name matches the events inside it');
    assert.equal(r.listEvents({ admin1: 'Rif Dimashq' }).total, 1);
    assert.equal(r.listEvents({ from: '2016-02-01', to: '2016-02-29' }).total, 2);
    assert.equal(r.listEvents({ source: 'damascus wire' }).total, 1);
    assert.equal(r.listEvents({ q: 'barrel bombs' }).total, 1);
    assert.equal(r.listEvents({ q: '"; DROP TABLE events; --' }).total, 0, 'free text never breaks the query');
    assert.equal(r.listEvents({ bbox: [36.9, 36.5, 37.2, 36.7] }).total, 2);
    assert.equal(r.listEvents({ country: 'SYR' }).total, 4);
    const page = r.listEvents({}, { limit: 2, offset: 1, order: 'date-asc' });
    assert.equal(page.total, 4);
    assert.deepEqual(page.events.map((e) => e.event_date), ['2016-02-15', '2016-02-16']);
    const worst = r.listEvents({}, { limit: 1, order: 'fatalities-desc' });
    assert.equal(worst.events[0].fatalities, 14);
  } finally {
    store.close();
    cleanup();
  }
});

test('timeline, map aggregate, places and stats', () => {
  const { store, cleanup } = seeded();
  try {
    const r = store.reader;
    assert.deepEqual(
      r.timelineCounts({}, 'month').map((b) => [b.bucket, b.events, b.fatalities]),
      [
        ['2016-01', 1, 6],
        ['2016-02', 2, 9],
        ['2018-02', 1, 14],
      ],
    );
    assert.deepEqual(r.timelineCounts({ place: 'Azaz' }, 'week').map((b) => b.bucket), ['2016-02-15']);
    const cells = r.mapAggregate();
    const azaz = cells.find((c) => c.name === 'Azaz')!;
    assert.equal(azaz.events, 2);
    assert.equal(azaz.fatalities, 9);
    assert.equal(azaz.sample.length, 2);
    const coarse = r.mapAggregate({}, undefined, 3);
    assert.equal(coarse.reduce((n, c) => n + c.events, 0), 4);
    assert.ok(coarse.length < cells.length, 'low zoom groups nearby places');
    assert.deepEqual(r.listPlaces('az').map((p) => p.name), ['Azaz']);
    const s = r.stats();
    assert.equal(s.events, 4);
    assert.equal(s.reports, 2);
    assert.equal(s.dateRange.from, '2016-01-03');
    assert.equal(s.byType['Explosions/Remote violence'], 3);
  } finally {
    store.close();
    cleanup();
  }
});

test('filters from user input are validated with clear messages', () => {
  assert.deepEqual(parseFilters({ type: 'battles', from: '2014-01', to: '2014' }), { type: 'Battles', from: '2014-01-01', to: '2014-12-31' });
  assert.deepEqual(parseFilters({ type: 'Air/drone strike' }), { subType: 'Air/drone strike' });
  assert.throws(() => parseFilters({ type: 'Skirmish' }), FilterError);
  assert.throws(() => parseFilters({ from: '2014-02-30' }), /not a real date/);
  assert.throws(() => parseFilters({ from: '2015-01-01', to: '2014-01-01' }), /after/);
  assert.throws(() => parseFilters({ status: 'true' }), /unknown status/);
  assert.throws(() => parseFilters({ bbox: '1,2,3' }), /bbox/);
});

test('queries stay fast with 100,000 events', (t) => {
  const { path, cleanup } = tempDb();
  const store = openStore(path, { now: FIXED_NOW });
  try {
    // Synthetic rows straight into the events table: this measures the read side only.
    const provinces = ['Aleppo', 'Idlib', 'Homs', 'Hama', 'Rif Dimashq', 'Deir ez-Zor', 'Raqqa', 'Daraa'];
    const types: [string, string][] = [
      ['Battles', 'Armed clash'],
      ['Explosions/Remote violence', 'Air/drone strike'],
      ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
      ['Violence against civilians', 'Attack'],
    ];
    const ins = store.db.prepare(
      `INSERT INTO events (id, event_type, sub_event_type, event_date, time_precision, actor1, location, location_norm, place_key, lat, lon,
         country, iso, admin1, geo_precision, fatalities, status, created_batch, updated_batch)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'Syria', 'SYR', ?, 1, ?, ?, 1, 1)`,
    );
    store.db.transaction(() => {
      for (let i = 0; i < 100_000; i++) {
        const [t, st] = types[i % types.length];
        const day = new Date(Date.UTC(2012, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 10);
        const place = `town${i % 2000}`;
        ins.run(`X${i}`, t, st, day, i % 3 ? REGIME : ISIS, place, place, `name:${place}`, 32 + (i % 2000) / 400, 35.5 + (i % 1000) / 250, provinces[i % provinces.length], i % 7, i % 5 ? 'single-source' : 'corroborated');
      }
    })();
    const time = (fn: () => unknown) => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    };
    const r = store.reader;
    const timings = {
      list: time(() => r.listEvents({ admin1: 'Aleppo', from: '2014-01-01', to: '2014-12-31' }, { limit: 50 })),
      listAll: time(() => r.listEvents({}, { limit: 50 })),
      type: time(() => r.listEvents({ type: 'Battles', status: 'corroborated' }, { limit: 50 })),
      timeline: time(() => r.timelineCounts({ admin1: 'Idlib' }, 'month')),
      map: time(() => r.mapAggregate({ from: '2015-01-01', to: '2015-12-31' }, [35, 31, 43, 38], 8)),
      mapCoarse: time(() => r.mapAggregate({}, undefined, 4)),
      stats: time(() => r.stats()),
    };
    t.diagnostic(Object.entries(timings).map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`).join(', '));
    for (const [name, ms] of Object.entries(timings)) assert.ok(ms < 1500, `${name} took ${ms.toFixed(0)} ms`);
    assert.equal(r.listEvents({ admin1: 'Aleppo' }).total, 12_500);
  } finally {
    store.close();
    cleanup();
  }
});
