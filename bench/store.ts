// Store load check: builds a database of synthetic events through the store's own write path
// (saveProcessed + resolvePending, in batches of 500 reports as a stream of ingests would come),
// reports resolution cost per mention as the database grows, then times the read API
// (listEvents, mapAggregate, timelineCounts, getEvent, control) with several filter sets.
//
//   npx tsx bench/store.ts [--events 100000] [--db FILE] [--rebuild] [--runs 20] [--reads-only]
//
// Reads are timed sequentially in this process, uncached (SQLite's page cache is warm after the first
// call, as in a running server). Prints markdown tables. Nothing leaves the machine.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/sqlite.js';
import { reportFromText } from '../src/ingest/index.js';
import type { EventMention, ProcessedReport } from '../src/core/types.js';
import { SUB_EVENT_TYPE_LIST, eventTypeOf } from '../src/core/taxonomy.js';
import type { EventFilters, StoreReader } from '../src/store/read.js';

import { ACTORS, INTER, OUTLETS, STATUSES, eventLocation, isoDay, loadPlaces, rng, type Place } from './synthetic.js';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
}
const TARGET = Number(arg('events', '100000'));
const RUNS = Number(arg('runs', '20'));
const DB = arg('db', join(tmpdir(), `sitrep-store-bench-${TARGET}.db`));


/** A report telling of ten events over twelve years; a few are told again by later reports (merges). */
function syntheticReport(n: number, places: Place[], rand: () => number, told: EventMention[]): ProcessedReport {
  const start = Date.UTC(2012, 0, 1);
  const events: EventMention[] = [];
  let text = '';
  for (let k = 0; k < 10; k++) {
    // One telling in ten retells an earlier event (another outlet's account of one incident).
    const again = told.length > 0 && rand() < 0.1 ? told[Math.floor(rand() * told.length)]! : null;
    const place = places[Math.floor(rand() * places.length)]!;
    const sub = again?.sub_event_type ?? SUB_EVENT_TYPE_LIST[Math.floor(rand() * SUB_EVENT_TYPE_LIST.length)]!;
    const date = again?.event_date ?? isoDay(start, Math.floor(rand() * 365 * 12));
    const a1 = Math.floor(rand() * ACTORS.length);
    const a2 = (a1 + 1 + Math.floor(rand() * (ACTORS.length - 1))) % ACTORS.length;
    const fatalities = rand() < 0.6 ? 0 : Math.floor(rand() * rand() * 60);
    const provinceOnly = rand() < 0.05;
    const loc = again?.location ?? eventLocation(place, provinceOnly);
    const sentence = `Report ${n}.${k}: ${sub.toLowerCase()} involving ${again?.actor1 ?? ACTORS[a1]} and ${again?.actor2 ?? ACTORS[a2]} in ${loc.name} on ${date}, with ${fatalities} dead. `;
    const s = text.length;
    text += sentence;
    const claim = STATUSES[Math.floor(rand() * STATUSES.length)]!;
    const m: EventMention = {
      event_type: eventTypeOf(sub),
      sub_event_type: sub,
      event_date: date,
      time_precision: 1,
      actor1: again?.actor1 ?? ACTORS[a1]!,
      assoc_actor_1: null,
      inter1: again?.inter1 ?? INTER[a1]!,
      actor2: again?.actor2 ?? ACTORS[a2]!,
      assoc_actor_2: null,
      inter2: again?.inter2 ?? INTER[a2]!,
      location: loc,
      fatalities,
      claim: { status: claim, by: claim === 'claimed' ? (again?.actor1 ?? ACTORS[a1]!) : null },
      evidence: { start: s, end: s + sentence.length - 1, text: sentence.slice(0, -1) },
      entry: 0,
      salience: 1 - k / 10,
      sources: {},
    };
    events.push(m);
    if (!again && told.length < 5000) told.push(m);
    else if (!again) told[Math.floor(rand() * told.length)] = m;
  }
  const report = reportFromText(text, { id: `bench/${n}`, title: `Synthetic report ${n}`, date: events[0]!.event_date, source: OUTLETS[n % OUTLETS.length]!, origin: `bench/${n}` });
  return { report, sentences: [], places: [], events };
}

const count = (reader: StoreReader): number => reader.listEvents({}, { limit: 0 }).total;

/** Builds (or tops up) the database; prints ms per resolved mention for each batch. */
function build(): { at: number; msPerMention: number }[] {
  const places = loadPlaces();
  const rand = rng(20260101);
  const told: EventMention[] = [];
  const store = openStore(DB);
  const curve: { at: number; msPerMention: number }[] = [];
  const t0 = Date.now();
  let n = 0;
  try {
    let events = count(store.reader);
    // Skip the reports a previous (interrupted) build stored: the generator is deterministic.
    while (events < TARGET) {
      const reports = Math.max(1, Math.min(500, Math.ceil((TARGET - events) / 9)));
      for (let i = 0; i < reports; i++) store.saveProcessed(syntheticReport(n++, places, rand, told));
      const r0 = performance.now();
      const sum = store.resolvePending();
      const ms = performance.now() - r0;
      events = sum.events;
      // Tiny top-up batches are mostly fixed costs: left out of the curve.
      if (sum.mentions >= 1000) {
        curve.push({ at: events, msPerMention: ms / sum.mentions });
        process.stderr.write(
          `bench: ${events} events after ${n} reports; resolved ${sum.mentions} mentions in ${(ms / 1000).toFixed(1)} s ` +
            `(${(ms / sum.mentions).toFixed(2)} ms/mention; ${((Date.now() - t0) / 1000).toFixed(0)} s total)\n`,
        );
      }
    }
  } finally {
    store.close();
  }
  return curve;
}

function time(fn: () => unknown): { p50: number; p99: number; max: number } {
  fn(); // warm up the statement cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    fn();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: q(0.5), p99: q(0.99), max: times.at(-1)! };
}

function reads(): void {
  const store = openStore(DB, { readonly: true });
  const r = store.reader;
  try {
    const total = count(r);
    const anId = r.listEvents({}, { limit: 1, offset: Math.floor(total / 3) }).events[0]?.id ?? '';
    const aPlace = r.listEvents({ country: 'Syria' }, { limit: 1, offset: 7 }).events[0]?.location ?? 'Aleppo';
    const typeYear: EventFilters = { type: 'Battles', from: '2015-01-01', to: '2015-12-31' };
    const cases: [string, () => unknown][] = [
      ['listEvents, first page', () => r.listEvents({}, { limit: 50 })],
      ['listEvents, type + year', () => r.listEvents(typeYear, { limit: 50 })],
      ['listEvents, actor + country', () => r.listEvents({ actor: 'Islamic State', country: 'Syria' }, { limit: 50 })],
      ['listEvents, actor (substring)', () => r.listEvents({ actor: 'tahrir' }, { limit: 50 })],
      ['listEvents, province + status', () => r.listEvents({ admin1: 'Aleppo', status: 'corroborated' }, { limit: 50 })],
      ['listEvents, free text', () => r.listEvents({ q: 'Aleppo' }, { limit: 50 })],
      ['listEvents, place', () => r.listEvents({ place: aPlace }, { limit: 50 })],
      [`listEvents, offset ${Math.floor(total / 2)}`, () => r.listEvents({}, { limit: 50, offset: Math.floor(total / 2) })],
      ['listEvents, fatalities-desc', () => r.listEvents({ country: 'Iraq' }, { limit: 50, order: 'fatalities-desc' })],
      ['listEvents, count only (map mode)', () => r.listEvents({}, { limit: 0 })],
      ['getEvent', () => r.getEvent(anId)],
      ['mapAggregate, world grid (zoom 5)', () => r.mapAggregate({}, undefined, 5)],
      ['mapAggregate, Syria bbox by place (zoom 8)', () => r.mapAggregate({}, [36, 35, 38, 36.5], 8)],
      ['mapAggregate, type + year grid (zoom 6)', () => r.mapAggregate({ type: 'Protests', from: '2016-01-01', to: '2016-12-31' }, undefined, 6)],
      ['mapAggregate, country by place', () => r.mapAggregate({ country: 'Syria', from: '2016-01-01', to: '2016-12-31' }, undefined, undefined)],
      ['timelineCounts, month', () => r.timelineCounts({}, 'month')],
      ['timelineCounts, week', () => r.timelineCounts({}, 'week')],
      ['timelineCounts, day, country + year', () => r.timelineCounts({ country: 'Syria', from: '2016-01-01', to: '2016-12-31' }, 'day')],
      ['timelineCounts, type (per-type series)', () => r.timelineCounts({ type: 'Battles' }, 'month')],
      ['control', () => r.control(aPlace)],
      ['stats', () => r.stats()],
    ];
    console.log(`\nsitrep store reads on ${total.toLocaleString('en')} events (${DB}), ${RUNS} runs each, sequential, in process\n`);
    console.log('| call | p50 ms | p99 ms | max ms |');
    console.log('|---|---:|---:|---:|');
    for (const [name, fn] of cases) {
      const t = time(fn);
      console.log(`| ${name} | ${t.p50.toFixed(1)} | ${t.p99.toFixed(1)} | ${t.max.toFixed(1)} |`);
    }
  } finally {
    store.close();
  }
}

if (process.argv.includes('--rebuild')) for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) if (existsSync(f)) rmSync(f, { force: true });
if (!process.argv.includes('--reads-only')) {
  const t0 = Date.now();
  const curve = build();
  if (curve.length) {
    console.log(`\nbuilt ${DB} in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    console.log('| events in db | ms per mention (resolution) |');
    console.log('|---:|---:|');
    const step = Math.max(1, Math.floor(curve.length / 10));
    for (let i = 0; i < curve.length; i += step) console.log(`| ${curve[i]!.at} | ${curve[i]!.msPerMention.toFixed(2)} |`);
    if ((curve.length - 1) % step !== 0) console.log(`| ${curve.at(-1)!.at} | ${curve.at(-1)!.msPerMention.toFixed(2)} |`);
  }
}
reads();
