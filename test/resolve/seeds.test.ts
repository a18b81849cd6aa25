// Issue #5's measured checks on the five real seed articles beside the repo
// (../shared/corpus/seeds, third-party text: read here, never copied into the repository). The
// whole pipeline runs on them into a temporary database, as `sitrep run` does, and the six checks
// are asserted on what was stored. Skipped, with a message, when ../shared is absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { io } from '../../src/cli/commands/query.js';
import { openStore, type SqliteStore } from '../../src/store/sqlite.js';

const SEEDS = process.env.SITREP_SEEDS ?? fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const present = existsSync(SEEDS);
const skip = present ? false : `no seed articles at ${SEEDS} (set SITREP_SEEDS to the folder of ../shared/corpus/seeds)`;

// The pages, by the file name prefix the corpus gives them.
const PAGE = { jan10: '000_', jan4: '001_', jan8: '002_', qaryatayn: '003_', countryside: '004_' } as const;

let dir = '';
let store: SqliteStore;

before(async () => {
  if (!present) return;
  dir = mkdtempSync(join(tmpdir(), 'sitrep-seeds-'));
  const db = join(dir, 'seeds.db');
  const savedOut = io.out;
  io.out = () => {};
  const saved = process.exitCode;
  try {
    const code = await main(['run', SEEDS, '--db', db, '-q']);
    assert.equal(code, 0, 'sitrep run on the seeds');
  } finally {
    io.out = savedOut;
    process.exitCode = saved;
  }
  store = openStore(db, { now: () => '2026-01-01T00:00:00.000Z' });
});

after(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ISIS = /^Islamic State/;
const pageOf = (reportKey: string) => reportKey.split('/').at(-1) ?? reportKey;
const TERRITORY = /territory/;

function eventsIn(filters: Parameters<SqliteStore['reader']['listEvents']>[0]) {
  return store.reader.listEvents(filters, { limit: 500 }).events;
}

test('seeds: ad-Dana passes from ISIS to the insurgents in January 2014, whatever its spelling', { skip }, () => {
  const answers = ['ad-Dana', 'Dana', 'al-Dana'].map((n) => store.reader.control(n, '2014-01-20'));
  assert.ok(answers[0]!.place, 'ad-Dana has a control record');
  for (const a of answers) assert.equal(a.place?.key, answers[0]!.place!.key, 'every spelling finds the same place');
  const a = answers[0]!;
  assert.ok(a.holder && !ISIS.test(a.holder), `holder on 2014-01-20: ${a.holder}`);
  assert.ok(a.timeline.some((r) => r.since >= '2014-01-01' && r.since <= '2014-01-31' && ISIS.test(r.previous ?? '')), 'a change from ISIS in January 2014');
});

test("seeds: ISIS's loss of insurgent-held Aleppo, told in two pages, is one event with mentions from both", { skip }, () => {
  const candidates = eventsIn({ admin1: 'Aleppo', from: '2014-01-01', to: '2014-01-31' }).filter((e) => TERRITORY.test(e.sub_event_type));
  const joined = candidates.filter((e) => {
    const ev = store.reader.getEvent(e.id)!;
    const pages = new Set(ev.mentions.map((m) => pageOf(m.report.key).slice(0, 4)));
    const isisLost = ev.mentions.some((m) => ISIS.test(m.actor1 ?? '') || ISIS.test(m.actor2 ?? ''));
    return isisLost && pages.has(PAGE.jan10) && pages.has(PAGE.jan8);
  });
  assert.equal(joined.length, 1, `territory events in Aleppo, Jan 2014: ${candidates.map((e) => `${e.id} ${e.location} ${e.sub_event_type} ${e.outlets.map(pageOf).join('+')}`).join('; ')}`);
  const ev = store.reader.getEvent(joined[0]!.id)!;
  assert.equal(ev.location, 'Aleppo');
  const withdrawn = store.reader.control('Aleppo', '2014-01-12').timeline.some((r) => r.event_id === ev.id && ISIS.test(r.previous ?? ''));
  assert.ok(withdrawn, 'the control timeline records ISIS losing Aleppo');
});

test('seeds: the ~300 prisoners released from the ISIS headquarters in Aleppo, told twice in one page, are one event', { skip }, () => {
  const releases = eventsIn({ place: 'Aleppo', from: '2014-01-01', to: '2014-01-31', subType: 'Other' }).filter((e) => {
    const ev = store.reader.getEvent(e.id)!;
    return ev.mentions.some((m) => /\b300\b/.test(m.evidence.text) && /\b(?:released|freed)\b/.test(m.evidence.text));
  });
  assert.equal(releases.length, 1, `release events of ~300 prisoners in Aleppo: ${releases.map((e) => e.id).join(', ')}`);
  // The second telling (in the commander's account of the retreat) sits in the retreat's event,
  // never in a second release event.
  const tellings = eventsIn({ from: '2014-01-01', to: '2014-01-31' }).filter((e) =>
    store.reader.getEvent(e.id)!.mentions.some((m) => pageOf(m.report.key).startsWith(PAGE.jan8) && /\b300\b/.test(m.evidence.text)),
  );
  assert.ok(tellings.every((e) => e.id === releases[0]!.id || TERRITORY.test(e.sub_event_type)), tellings.map((e) => `${e.id} ${e.sub_event_type}`).join('; '));
});

test('seeds: al-Qaryatayn passes to the Islamic State in early October 2017', { skip }, () => {
  const after = store.reader.control('al-Qaryatayn', '2017-10-20');
  assert.match(after.holder ?? 'none', ISIS, after.timeline.map((r) => `${r.since} ${r.holder} <- ${r.previous}`).join('; '));
  // The page is dated only by what it says (no dateline): the change falls in the first half of the month.
  assert.ok(after.since && after.since >= '2017-09-28' && after.since <= '2017-10-15', `since ${after.since}`);
  assert.equal(store.reader.control('Qaryatayn', '2017-10-20').place?.key, after.place?.key, 'spellings meet');
});

test('seeds: the reports that ISIS is or is not withdrawing from the Aleppo countryside are contested', { skip }, () => {
  const pairs = store.reader.conflicts({ kind: 'withdrawal' }).filter((c) => pageOf(c.a.report).startsWith(PAGE.countryside) || pageOf(c.b.report).startsWith(PAGE.countryside));
  assert.ok(pairs.length >= 1, 'a withdrawal contradiction from the countryside page');
  for (const c of pairs) {
    for (const id of [c.event_a, c.event_b]) assert.equal(store.reader.getEvent(id!)!.status, 'contested', `${id}: ${c.summary}`);
  }
});

test('seeds: the unconfirmed bombing claims of January 2014 are not counted as confirmed events', { skip }, () => {
  const bombings = eventsIn({ type: 'Explosions/Remote violence', from: '2014-01-01', to: '2014-01-31' });
  // Told only as claims (a bombing some page also reports as fact, such as Beirut's on 2 January, is established).
  const hedged = bombings.filter((e) => store.reader.getEvent(e.id)!.mentions.every((m) => m.claim.status === 'unverified' || m.claim.status === 'claimed'));
  assert.ok(hedged.length >= 1, `hedged bombing tellings found: ${hedged.length}`);
  // "The one bombing which could be confirmed ... was not claimed by ISIS": established, and by nobody named.
  const hama = bombings.find((e) => e.location?.startsWith('Hama') && e.fatalities === 17);
  assert.ok(hama, 'the confirmed Hama bombing');
  assert.ok(!/Islamic State/.test(hama!.actor1 ?? ''), `Hama bombing author: ${hama!.actor1}`);
  for (const e of hedged) assert.ok(!['single-source', 'corroborated'].includes(e.status), `${e.id} ${e.location}: ${e.status}`);
  assert.equal(store.reader.listEvents({ type: 'Explosions/Remote violence', from: '2014-01-01', to: '2014-01-31', status: 'corroborated' }).total, 0);
});
