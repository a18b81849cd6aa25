// Bad input end to end: every kind gets a clear one-line error on stderr (`path[:line]: reason`) or a
// flag on its output line, never a stack trace, and never stops the batch. The exit code says
// whether something failed: 0 all done, 1 some inputs failed and were reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, jsonLines, sitrep, type CliResult } from '../pipeline/helpers/cli.js';
import { tempDir } from '../pipeline/helpers/corpus.js';
import { canonicalDump } from '../pipeline/helpers/db-dump.js';
import { makeReport, rng } from '../../bench/corpus/generate.js';

const dir = tempDir('bad');
after(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string) => join(dir, name);

const GOOD = makeReport(3, 1).text;
const SCRIPT_MARKER = 'Zzyzx';

function binaryBytes(n: number): Buffer {
  const r = rng(99);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  b.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
  return b;
}

function hostileHtml(): string {
  const depth = 20_000;
  return (
    '<!doctype html><html><head><title>Live: shelling in Homs</title>' +
    `<script>var s = "Government forces killed 500 people in ${SCRIPT_MARKER} on Monday";</script>` +
    `<style>.x{content:"Rebels shelled ${SCRIPT_MARKER} killing 40"}</style></head><body onload="alert(1)">` +
    '<div>'.repeat(depth) +
    '<p>Shelling by government forces killed 7 people in Homs on Tuesday, activists said.' +
    '</div>'.repeat(depth / 2) +
    `<img src=x onerror="alert('${SCRIPT_MARKER}')"><p>unclosed <b><i>tags <table><tr><td>cell` +
    `<!-- Rebels shelled ${SCRIPT_MARKER} killing 40 --><iframe src="javascript:alert(1)"></iframe>` +
    '<p>' + '&amp;&#0;&#xD800;&#99999999;&bogus;'.repeat(50) + '</p></body>'
  );
}

const files: Record<string, string | Buffer> = {
  'empty.txt': '',
  'blank.txt': ' \n\n\t \n',
  'scan.txt': binaryBytes(64 * 1024),
  'latin1.txt': Buffer.concat([
    Buffer.from('Shelling killed 4 people in Sara'),
    Buffer.from([0x71, 0xe9, 0x62]), // "qéb" in Latin-1: invalid as UTF-8
    Buffer.from(' on Monday, activists said. Residents fled to the caf'),
    Buffer.from([0xe9, 0xff, 0xfe, 0xc3]),
    Buffer.from(' near the square.\n'),
  ]),
  'hostile.html': hostileHtml(),
  'broken.jsonl': [
    JSON.stringify({ id: 'ok-1', text: 'Air strikes killed 5 civilians in Douma on Monday, rescuers said.', date: '2016-02-01' }),
    '{"id": "bad-2", "text": "unterminated',
    JSON.stringify({ id: 'ok-3', text: 'Clashes between the army and rebels near Daraa left 9 fighters dead.', date: '2016-02-02' }),
    '{"id": "no-text-4"}',
    'not json at all }{ ,,',
    JSON.stringify({ id: 'ok-6', text: 'Protesters gathered peacefully in Sweida on Friday.', date: '2016-02-05' }),
    '[1, 2, 3]',
    '"just a string"',
    '',
    JSON.stringify({ id: 'ok-10', text: 'A car bomb exploded in Azaz, killing 11 people.', date: '2016-02-07' }),
  ].join('\n'),
  'french.txt':
    "Des hélicoptères du régime ont largué des barils d'explosifs sur Douma mardi, tuant au moins douze civils, " +
    "selon l'Observatoire syrien des droits de l'homme. Les secouristes cherchaient encore des survivants dans les décombres.\n",
  'arabic.txt': 'قصفت طائرات النظام مدينة دوما يوم الثلاثاء، مما أدى إلى مقتل اثني عشر مدنياً على الأقل، بحسب ناشطين.\n',
  'nonsense.txt':
    'On February 31, 2019 government shelling of Idlib killed 1000000000000000000000000000000 people, activists claimed. ' +
    'A second strike on 32/13/2020 killed 10^30 civilians in Saraqeb. In the year 99999 rebels killed -5 soldiers near Hama. ' +
    'Between 50 and 10 people died in Ariha on Caturday.\n',
  'good.txt': GOOD,
};
const order = Object.keys(files);

let res: CliResult;
before(async () => {
  for (const [name, body] of Object.entries(files)) writeFileSync(path(name), body);
  res = await sitrep(['extract', '--jobs', '2', ...order.map(path)]);
});

const stderrLines = () => res.stderr.split('\n').filter((l) => l.trim());
const reported = (name: string) => stderrLines().filter((l) => l.startsWith(path(name)));
const outputFor = (name: string) => jsonLines(res.stdout).find((l) => l.id === path(name));
const codes = (line: Record<string, unknown> | undefined) =>
  ((line?.messages as { code: string }[] | undefined) ?? []).map((m) => m.code);
const events = (line: Record<string, unknown> | undefined) => (line?.events as Record<string, unknown>[] | undefined) ?? [];

test('the batch goes on: the good report after all the bad ones is coded', () => {
  assert.ok(outputFor('good.txt'), `good.txt has an output line\nstderr:\n${res.stderr}`);
});

test('no stack traces; each failure is one `path[:line]: reason` line; exit 1 exactly when something failed', () => {
  assert.ok(!hasStackTrace(res.stderr), res.stderr);
  for (const line of stderrLines()) assert.match(line, new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[\\w.-]+(:\\d+)?: \\S`), line);
  assert.equal(res.code, stderrLines().length ? 1 : 0, res.stderr);
});

test('every input is accounted for: output or a reported failure', () => {
  for (const name of order.filter((n) => !n.endsWith('.jsonl'))) {
    assert.ok(outputFor(name) || reported(name).length, `${name}: neither output nor reported`);
  }
});

test('an empty or blank file is reported, or gives a report with no events', () => {
  for (const name of ['empty.txt', 'blank.txt']) {
    const out = outputFor(name);
    assert.ok(reported(name).length || (out && events(out).length === 0), name);
  }
});

test('a binary file is refused or flagged, never coded', () => {
  const out = outputFor('scan.txt');
  if (out) {
    assert.equal(events(out).length, 0, 'no events from binary data');
    assert.ok(codes(out).some((c) => /binary/.test(c)), `flagged: ${codes(out)}`);
  } else {
    assert.match(reported('scan.txt')[0] ?? '', /binary|not text/i);
  }
});

test('invalid UTF-8 is decoded and flagged (or refused), not a crash', () => {
  const out = outputFor('latin1.txt');
  assert.ok(reported('latin1.txt').length || codes(out).some((c) => /utf|encoding|decode/i.test(c)), `flag: ${codes(out)}`);
});

test('hostile HTML: deep nesting does not crash, scripts/styles/comments/attributes are never read as reporting', () => {
  const out = outputFor('hostile.html');
  assert.ok(out, reported('hostile.html').join('\n'));
  assert.ok(!res.stdout.includes(SCRIPT_MARKER), 'nothing from script, style, comment or attribute text reaches the output');
  const places = (out!.places as { text: string }[]).map((p) => p.text);
  assert.ok(!places.some((p) => p.includes(SCRIPT_MARKER)));
});

test('JSONL with broken lines: each reported with its line number, the good lines coded in order', () => {
  const jsonlOut = jsonLines(res.stdout)
    .map((l) => String(l.id))
    .filter((id) => id.startsWith('ok-') || id.startsWith('bad-') || id.startsWith('no-text'));
  assert.deepEqual(jsonlOut, ['ok-1', 'ok-3', 'ok-6', 'ok-10']);
  const jsonl = reported('broken.jsonl');
  for (const line of [2, 5, 7, 8]) {
    assert.ok(jsonl.some((l) => l.startsWith(`${path('broken.jsonl')}:${line}: `)), `line ${line} reported:\n${jsonl.join('\n')}`);
  }
  assert.ok(!jsonl.some((l) => /:(1|3|6|9|10): /.test(l.slice(path('broken.jsonl').length))), 'good and blank lines are not errors');
});

test('a report in another language is flagged with its language, and no English rules are coded over it', () => {
  for (const name of ['french.txt', 'arabic.txt']) {
    const out = outputFor(name);
    assert.ok(out, `${name}: ${reported(name).join(' ')}`);
    assert.ok(codes(out).some((c) => c.startsWith('lang/')), `${name} flagged: ${codes(out)}`);
    assert.equal(events(out).length, 0, `${name}: no events coded`);
  }
});

test('dates and numbers that make no sense give no absurd values', () => {
  const out = outputFor('nonsense.txt');
  assert.ok(out);
  for (const e of events(out)) {
    const f = e.fatalities as number;
    assert.ok(Number.isSafeInteger(f) && f >= 0 && f <= 100_000, `fatalities ${f}`);
    const d = e.event_date as string | null;
    if (d !== null) {
      assert.equal(new Date(d + 'T00:00:00Z').toISOString().slice(0, 10), d, `a real date, not ${d}`);
      assert.ok(d >= '1900-01-01' && d <= '2100-12-31', `a plausible year: ${d}`);
    }
  }
});

test('JSONL on stdin with broken lines: line numbers reported against "-", the rest coded', async () => {
  const input = [
    JSON.stringify({ id: 's1', text: 'Mortar fire killed 3 people in Jobar on Sunday.' }),
    '{broken',
    JSON.stringify({ id: 's3', text: 'Rebels shelled Aleppo, killing 2.' }),
  ].join('\n');
  const r = await sitrep(['extract', '--jobs', '1', '-'], { input });
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['s1', 's3']);
  assert.match(r.stderr, /^-:2: \S/m);
  assert.equal(r.code, 1);
  assert.ok(!hasStackTrace(r.stderr));
});

test('run stores the good inputs despite the bad ones, exits 1, and a rerun changes nothing', async () => {
  const db = path('bad.db');
  const first = await sitrep(['run', '--jobs', '2', '--db', db, ...order.map(path)]);
  assert.equal(first.code, 1, first.stderr);
  assert.ok(!hasStackTrace(first.stderr), first.stderr);
  assert.match(first.stderr, /sitrep run: \d+ reports read: \d+ new, 0 already stored, [1-9]\d* failed/);
  const dump = canonicalDump(db);
  assert.ok(dump.reports!.some((r) => r.includes(JSON.stringify(GOOD).slice(1, 60))), 'the good report is stored');
  const second = await sitrep(['run', '-q', '--db', db, ...order.map(path)]);
  assert.equal(second.code, 1);
  assert.deepEqual(canonicalDump(db), dump);
});

test('a 50 MB report is processed or refused with a clear line, without stopping the batch', { timeout: 300_000 }, async () => {
  const big = path('huge.txt');
  const paragraph = GOOD.split('\n\n').slice(1, 4).join('\n\n') + '\n\n';
  writeFileSync(big, paragraph.repeat(Math.ceil((50 * 2 ** 20) / paragraph.length)));
  const r = await sitrep(['extract', '--jobs', '2', big, path('good.txt')]);
  rmSync(big);
  assert.ok(!hasStackTrace(r.stderr), r.stderr.slice(0, 2000));
  const ids = jsonLines(r.stdout).map((l) => l.id);
  assert.ok(ids.includes(path('good.txt')), 'the next report is still coded');
  assert.ok(ids.includes(big) || r.stderr.startsWith(`${big}: `), `huge.txt: output or one clear line\n${r.stderr.slice(0, 500)}`);
  assert.equal(r.code, ids.includes(big) ? 0 : 1);
});
