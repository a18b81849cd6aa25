// The query and export commands as scripts use them: JSON shapes, exit codes, clear errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { io } from '../../src/cli/commands/query.js';
import { openStore } from '../../src/store/sqlite.js';
import { FIXED_NOW, ISIS, PLACES, REGIME, processed, report, tempDb } from './helpers.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  // Standard output carries the test reporter's stream: command output is collected through io.
  const savedOut = io.out;
  io.out = (s) => void out.push(s);
  const e = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((c: string | Uint8Array) => (err.push(String(c)), true)) as typeof process.stderr.write;
  const saved = process.exitCode;
  try {
    const code = await main(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    io.out = savedOut;
    process.stderr.write = e;
    process.exitCode = saved;
  }
}

function seeded(): { path: string; cleanup: () => void } {
  const db = tempDb();
  const store = openStore(db.path, { now: FIXED_NOW });
  const taken = report({ id: 'a/taken', source: 'Levant Monitor', published: '2015-08-06', text: 'Islamic State fighters seized al-Qaryatayn from government forces on Thursday.' });
  const retaken = report({ id: 'b/retaken', source: 'Damascus Wire', published: '2016-04-03', text: 'Government troops recaptured al-Qaryatayn from the Islamic State on Sunday.' });
  store.saveProcessed(processed(taken, [{ sub: 'Non-state actor overtakes territory', evidence: 'Islamic State fighters seized al-Qaryatayn from government forces on Thursday', date: '2015-08-06', actor1: ISIS, inter1: 2, actor2: REGIME, inter2: 1, location: PLACES.qaryatayn }]));
  store.saveProcessed(processed(retaken, [{ sub: 'Government regains territory', evidence: 'Government troops recaptured al-Qaryatayn from the Islamic State on Sunday', date: '2016-04-03', actor1: REGIME, inter1: 1, actor2: ISIS, inter2: 2, location: PLACES.qaryatayn }]));
  store.resolvePending();
  store.close();
  return db;
}

test('control --json gives place, on, holder, since, confidence, evidence and timeline', async () => {
  const { path, cleanup } = seeded();
  try {
    const r = await run(['control', 'Qaryatayn', '--on', '2015-10-01', '--json', '--db', path]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    for (const k of ['place', 'on', 'holder', 'since', 'confidence', 'evidence', 'timeline']) assert.ok(k in j, `missing ${k}`);
    assert.equal(j.on, '2015-10-01');
    assert.equal(j.holder, ISIS);
    assert.equal(j.since, '2015-08-06');
    assert.equal(j.place.name, 'Al Qaryatayn');
    assert.equal(j.timeline.length, 2);
    const later = JSON.parse((await run(['control', 'al-Qaryatayn', '--on', '2016-05-01', '--json', '--db', path])).out);
    assert.equal(later.holder, REGIME);
    const unknown = JSON.parse((await run(['control', 'Palmyra', '--on', '2016-05-01', '--json', '--db', path])).out);
    assert.equal(unknown.holder, null, 'no evidence: holder is null, not a guess');
    const changes = JSON.parse((await run(['control', 'Homs', '--from', '2016-04', '--to', '2016-04', '--json', '--db', path])).out);
    assert.equal(changes.changes.length, 1);
  } finally {
    cleanup();
  }
});

test('events, event and conflicts print tables by default and JSON with --json', async () => {
  const { path, cleanup } = seeded();
  try {
    const table = await run(['events', '--db', path]);
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /^id\s+date\s+sub_event_type/);
    assert.match(table.out, /2 event\(s\)/);
    const list = JSON.parse((await run(['events', '--type', 'Battles', '--from', '2016', '--json', '--db', path])).out);
    assert.equal(list.total, 1);
    const id = list.events[0].id;
    const detail = await run(['event', id, '--db', path]);
    assert.match(detail.out, /Mentions:/);
    assert.match(detail.out, /recaptured al-Qaryatayn/);
    const conflicts = await run(['conflicts', '--db', path]);
    assert.equal(conflicts.code, 0);
    assert.match(conflicts.out, /no contradictions recorded/);
  } finally {
    cleanup();
  }
});

test('export writes ACLED CSV to a file and reports the count', async () => {
  const { path, cleanup } = seeded();
  try {
    const out = join(dirname(path), 'events.csv');
    const r = await run(['export', '--format', 'acled-csv', '--out', out, '--db', path]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /2 event\(s\) written/);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    assert.equal(lines.length, 3);
    assert.ok(lines[0].startsWith('event_id_cnty,event_date,year,time_precision,disorder_type'));
    assert.equal(existsSync(`${out}.partial`), false);
  } finally {
    cleanup();
  }
});

test('bad input: a missing database, an unknown type or date is a usage error (exit 2) with one clear line', async () => {
  const { path, cleanup } = seeded();
  try {
    const missing = await run(['events', '--db', join(dirname(path), 'nope.db')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no database at .*nope\.db/);
    const badType = await run(['events', '--type', 'Skirmish', '--db', path]);
    assert.equal(badType.code, 2);
    assert.match(badType.err, /unknown event type "Skirmish"/);
    const badDate = await run(['control', 'Qaryatayn', '--on', '2016-13-01', '--db', path]);
    assert.equal(badDate.code, 2);
    const badFormat = await run(['export', '--format', 'xlsx', '--db', path]);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.err, /unknown format "xlsx"/);
    const noEvent = await run(['event', 'SR-0000000000', '--db', path]);
    assert.equal(noEvent.code, 2);
  } finally {
    cleanup();
  }
});
