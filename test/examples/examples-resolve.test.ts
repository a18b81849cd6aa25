// The examples through the store: the same incident told twice becomes one event with both tolls
// and the denial recorded; al-Qaryatayn and Palmyra change hands in the control timeline in order;
// different incidents of one town and day stay apart; nothing is stored from reader comments.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type SqliteStore } from '../../src/store/sqlite.js';
import type { EventSummary } from '../../src/store/read.js';
import { processExamples } from './load.js';

let dir = '';
let store: SqliteStore;
/** Reports the store refused, and a failed resolution: reported by the first test, not hidden by a crashed hook. */
const failures: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-examples-'));
  store = openStore(join(dir, 'examples.db'), { now: () => '2026-01-01T00:00:00.000Z' });
  for (const p of await processExamples()) {
    try {
      store.saveProcessed(p);
    } catch (e) {
      failures.push(`save ${p.report.id}: ${(e as Error).message}`);
    }
  }
  try {
    store.resolvePending();
  } catch (e) {
    failures.push(`resolve: ${(e as Error).message}`);
  }
});

after(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const brief = (es: EventSummary[]) =>
  es.map((e) => `${e.sub_event_type} | ${e.event_date} | ${e.location}, ${e.admin1} | ${e.actor1} | fat ${e.fatalities} | ${e.mentions_count} mention(s)`).join('\n  ') || 'none';

test('examples/resolve: the store is consistent after the examples', () => {
  assert.deepEqual(failures, []);
  const check = store.check();
  assert.deepEqual(check.problems, []);
  assert.equal(check.counts.reports, 25);
});

test('examples/resolve: Khan Shaykhun told by two outlets is one event with both tolls and the denial', () => {
  const all = store.reader.listEvents({ subType: 'Chemical weapon', from: '2017-04-04', to: '2017-04-04' }, { limit: 50 }).events;
  assert.equal(all.length, 1, `expected one chemical attack on 4 April 2017:\n  ${brief(all)}`);
  const ev = all[0]!;
  assert.match(ev.admin1 ?? '', /idl/i);
  assert.ok(ev.sources_count >= 2, `sources_count ${ev.sources_count}; outlets ${ev.outlets.join(', ')}`);
  assert.equal(ev.fatalities_low, 58, 'the lower toll is kept as the low figure');
  assert.equal(ev.fatalities_high, 72, 'the higher toll is kept as the high figure');
  // ACLED codes the most conservative figure reported.
  assert.equal(ev.fatalities, 58);
  const kinds = new Set(store.reader.conflicts({ eventId: ev.id }).map((c) => c.kind));
  assert.ok(kinds.has('toll'), `contradictions: ${[...kinds].join(', ') || 'none'}`);
  assert.ok(kinds.has('denial'), `contradictions: ${[...kinds].join(', ') || 'none'}`);
});

test('examples/resolve: al-Qaryatayn changes hands four times, in order', () => {
  const answer = store.reader.control('al-Qaryatayn');
  const timeline = answer.timeline.map((r) => `${r.since} ${r.holder}`);
  const holderOn = (day: string) => store.reader.control('al-Qaryatayn', day).holder ?? 'unknown';
  assert.match(holderOn('2015-10-01'), /^Islamic State/, timeline.join('\n'));
  assert.match(holderOn('2016-06-01'), /^Military Forces of Syria/, timeline.join('\n'));
  assert.match(holderOn('2017-10-10'), /^Islamic State/, timeline.join('\n'));
  assert.match(holderOn('2017-11-01'), /^Military Forces of Syria/, timeline.join('\n'));
  const since = answer.timeline.map((r) => r.since);
  for (const day of ['2015-08-06', '2016-04-03', '2017-10-01', '2017-10-21']) {
    assert.ok(since.includes(day), `no change of control on ${day}:\n${timeline.join('\n')}`);
  }
});

test('examples/resolve: Palmyra is held by Islamic State in 2015 and by the government after March 2016', () => {
  const holderOn = (day: string) => store.reader.control('Palmyra', day).holder ?? 'unknown';
  assert.match(holderOn('2015-12-01'), /^Islamic State/);
  assert.match(holderOn('2016-04-01'), /^Military Forces of Syria/);
});

test('examples/resolve: two incidents in one town on one day stay two events', () => {
  const sanaa = store.reader.listEvents({ country: 'Yemen', from: '2014-09-21', to: '2014-09-21' }).events;
  const types = new Set(sanaa.map((e) => e.sub_event_type));
  assert.ok(types.has('Non-state actor overtakes territory') && types.has('Agreement'), `Sanaa:\n  ${brief(sanaa)}`);

  const mogadishu = store.reader.listEvents({ country: 'Somalia', from: '2017-10-14', to: '2017-10-14' }).events;
  const blasts = mogadishu.filter((e) => e.event_type === 'Explosions/Remote violence');
  assert.deepEqual(blasts.map((e) => e.fatalities).sort((a, b) => a - b), [2, 276], `Mogadishu:\n  ${brief(mogadishu)}`);
});

test('examples/resolve: nothing is stored from reader comments or diplomacy', () => {
  assert.ok(store.reader.stats().events > 0, 'no events stored at all: nothing to check');
  assert.equal(store.reader.listEvents({ q: 'barrel bombs' }).total, 0, 'an event from the live blog comments');
  const unsc = store.reader.listEvents({ from: '2015-12-18', to: '2015-12-18' }).events;
  assert.deepEqual(unsc.map((e) => e.sub_event_type), [], 'events from the Security Council resolution');
});
