// API load check: requests per second and latency of the workspace API on 100,000 stored events.
//
//   npx tsx bench/api.ts [--events 100000] [--requests 200] [--concurrency 8] [--db FILE] [--rebuild] [--no-cache]
//
// Builds (once, then reuses) a database of synthetic events through the store's own API: reports
// written from a template over real GeoNames places in six countries, each report telling of ten
// events, saved with saveProcessed and resolved with resolvePending. Then starts `sitrep serve` on it
// in a child process on 127.0.0.1 and sends a bounded number of requests per endpoint, printing a
// table of requests/s, p50, p99 and the answer's size. Nothing leaves the machine.
// The server keeps answers until the database changes; --no-cache measures every request computed
// afresh (what the first visitor after an ingest sees).
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { openStore } from '../src/store/sqlite.js';
import { reportFromText } from '../src/ingest/index.js';
import type { EventMention, ProcessedReport } from '../src/core/types.js';
import { SUB_EVENT_TYPE_LIST, eventTypeOf, interaction } from '../src/core/taxonomy.js';

import { ACTORS, eventLocation, INTER, isoDay, loadPlaces, OUTLETS, type Place, rng, STATUSES } from './synthetic.js';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
}
const TARGET = Number(arg('events', '100000'));
const REQUESTS = Number(arg('requests', '200'));
const CONCURRENCY = Number(arg('concurrency', '8'));
const DB = arg('db', join(tmpdir(), `sitrep-bench-${TARGET}.db`));
const ROOT = new URL('..', import.meta.url).pathname;


function syntheticReport(n: number, places: Place[], rand: () => number): ProcessedReport {
  const start = Date.UTC(2012, 0, 1);
  const sentences: string[] = [];
  const events: EventMention[] = [];
  let text = '';
  for (let k = 0; k < 10; k++) {
    const place = places[Math.floor(rand() * places.length)]!;
    const sub = SUB_EVENT_TYPE_LIST[Math.floor(rand() * SUB_EVENT_TYPE_LIST.length)]!;
    const date = isoDay(start, Math.floor(rand() * 365 * 12));
    const a1 = Math.floor(rand() * ACTORS.length);
    const a2 = (a1 + 1 + Math.floor(rand() * (ACTORS.length - 1))) % ACTORS.length;
    const fatalities = rand() < 0.6 ? 0 : Math.floor(rand() * rand() * 60);
    const provinceOnly = rand() < 0.05;
    const sentence = `Report ${n}.${k}: ${sub.toLowerCase()} involving ${ACTORS[a1]} and ${ACTORS[a2]} in ${place.name} on ${date}, with ${fatalities} dead. `;
    const s = text.length;
    text += sentence;
    sentences.push(sentence);
    const claim = STATUSES[Math.floor(rand() * STATUSES.length)]!;
    events.push({
      event_type: eventTypeOf(sub),
      sub_event_type: sub,
      event_date: date,
      time_precision: 1,
      actor1: ACTORS[a1]!,
      assoc_actor_1: null,
      inter1: INTER[a1]!,
      actor2: ACTORS[a2]!,
      assoc_actor_2: null,
      inter2: INTER[a2]!,
      location: eventLocation(place, provinceOnly),
      fatalities,
      claim: { status: claim, by: claim === 'claimed' ? ACTORS[a1]! : null },
      evidence: { start: s, end: s + sentence.length - 1, text: sentence.slice(0, -1) },
      entry: 0,
      salience: 1 - k / 10,
      sources: {},
    });
  }
  void interaction;
  const report = reportFromText(text, { id: `bench/${n}`, title: `Synthetic report ${n}`, date: events[0]!.event_date, source: OUTLETS[n % OUTLETS.length]!, origin: `bench/${n}` });
  return { report, sentences: [], places: [], events };
}

function buildDatabase(): void {
  const t0 = Date.now();
  const places = loadPlaces();
  const rand = rng(20260101);
  const store = openStore(DB);
  let n = 0;
  try {
    while (store.reader.stats().events < TARGET) {
      const missing = TARGET - store.reader.stats().events;
      // Resolution is incremental: batches of up to 500 reports, as a stream of ingests would come.
      const reports = Math.max(1, Math.min(500, Math.ceil(missing / 10)));
      for (let i = 0; i < reports; i++) store.saveProcessed(syntheticReport(n++, places, rand));
      store.resolvePending();
      process.stderr.write(`bench: ${store.reader.stats().events} events after ${n} reports (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
  } finally {
    store.close();
  }
}

async function startServer(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/dev.ts'), 'serve', '--db', DB, '--port', '0', '--read-only'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SITREP_API_CACHE: process.argv.includes('--no-cache') ? '0' : '1' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /workspace at (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  errors: number;
}

async function measure(name: string, url: string): Promise<Row> {
  // Warm up the statement cache and SQLite's pages.
  for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer();
  const times: number[] = [];
  let bytes = 0;
  let errors = 0;
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const s = performance.now();
      const res = await fetch(url);
      const body = await res.arrayBuffer();
      times.push(performance.now() - s);
      if (!res.ok) errors++;
      bytes = body.byteLength;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { name, rps: times.length / elapsed, p50: q(0.5), p99: q(0.99), bytes, errors };
}

async function main(): Promise<void> {
  if (process.argv.includes('--rebuild') && existsSync(DB)) for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) rmSync(f, { force: true });
  buildDatabase();
  const server = await startServer();
  try {
    const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { events: number; reports: number };
    const anId = ((await (await fetch(`${server.url}/api/events?limit=1&offset=${Math.floor(stats.events / 3)}`)).json()) as { events: { id: string }[] }).events[0]!.id;
    const cases: [string, string][] = [
      ['events, first page', '/api/events'],
      ['events, type + year', '/api/events?type=Battles&from=2015-01-01&to=2015-12-31'],
      ['events, actor + country', '/api/events?actor=Islamic%20State&country=Syria'],
      ['events, free text', '/api/events?q=Aleppo'],
      [`events, page at offset ${Math.floor(stats.events / 2).toLocaleString('en')}`, `/api/events?offset=${Math.floor(stats.events / 2)}`],
      ['event detail', `/api/events/${encodeURIComponent(anId)}`],
      ['map, whole world (grid, zoom 5)', '/api/map?zoom=5'],
      ['map, Syria view (zoom 8, bbox)', '/api/map?zoom=8&bbox=36,35,38,36.5'],
      ['map, filtered (type + year)', '/api/map?zoom=6&type=Protests&from=2016-01-01&to=2016-12-31'],
      ['timeline (auto bucket)', '/api/timeline'],
    ];
    const rows: Row[] = [];
    for (const [name, path] of cases) rows.push(await measure(name, server.url + path));
    const cache = process.argv.includes('--no-cache') ? 'answer cache off' : 'answer cache on';
    console.log(`\nsitrep API on ${stats.events.toLocaleString('en')} events (${stats.reports.toLocaleString('en')} reports), ${REQUESTS} requests per row, ${CONCURRENCY} concurrent, 127.0.0.1, ${cache}\n`);
    console.log('| endpoint | req/s | p50 ms | p99 ms | bytes | errors |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.bytes} | ${r.errors} |`);
  } finally {
    server.stop();
  }
}

await main();
