import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, assertWellFormed, collect } from './helpers.js';
import { readJsonlStream } from '../../src/ingest/jsonl.js';

test('JSONL: one report per line; a broken line and a line without text are reported and skipped', async () => {
  const path = FIXTURES + 'reports.jsonl';
  const items = await collect([path]);
  assert.equal(items.length, 5);
  const [douma, broken, noText, html, numeric] = items;
  assert.ok(douma!.ok);
  if (douma!.ok) {
    const r = douma!.report;
    assertWellFormed(r);
    assert.equal(r.id, 'douma-0115');
    assert.equal(r.origin, `${path}:1`);
    assert.equal(r.format, 'jsonl');
    assert.equal(r.published, '2014-01-15');
    assert.equal(r.publishedFrom, 'metadata');
    assert.equal(r.source, 'Example Wire');
    assert.ok(r.text.startsWith('DOUMA, Jan 15 (Example Wire) - Government shelling'));
    assert.deepEqual(r.toponyms, [{ start: 73, end: 78 }, { start: 88, end: 96 }]);
    assert.equal(r.text.slice(73, 78), 'Douma');
    assert.equal(r.entries[0]!.date, '2014-01-15');
  }
  assert.equal(broken!.ok, false);
  if (!broken!.ok) {
    assert.equal(broken!.message.code, 'ingest/jsonl-parse');
    assert.equal(broken!.message.line, 2);
    assert.equal(broken!.message.origin, path);
  }
  assert.equal(noText!.ok, false);
  if (!noText!.ok) {
    assert.equal(noText!.message.code, 'ingest/jsonl-field');
    assert.equal(noText!.message.line, 3);
  }
  assert.ok(html!.ok);
  if (html!.ok) {
    assert.equal(html!.report.id, 'html-line');
    assert.equal(html!.report.published, '2014-01-09');
    assert.match(html!.report.text, /clashed in Atareb/);
    assert.doesNotMatch(html!.report.text, /<p>/);
  }
  assert.ok(numeric!.ok);
  if (numeric!.ok) assert.equal(numeric!.report.id, '42');
});

test('JSONL text is kept exactly, with UTF-16 offsets untouched', async () => {
  const text = '  Shelling near Ḥamāh 🚀 killed two,\r\n  activists said.  ';
  const stream = Readable.from([JSON.stringify({ id: 'x', text, toponyms: [{ start: 16, end: 21 }] }) + '\n']);
  const items: unknown[] = [];
  for await (const it of readJsonlStream(stream, '-', {})) items.push(it);
  const it = items[0] as { ok: true; report: { text: string; origin: string; toponyms: unknown } };
  assert.equal(it.report.text, text);
  assert.equal(it.report.origin, '-:1');
  assert.deepEqual(it.report.toponyms, [{ start: 16, end: 21 }]);
});

test('toponym spans outside the text are dropped with a warning', async () => {
  const stream = Readable.from([JSON.stringify({ id: 'y', text: 'Clashes in Azaz.', toponyms: [{ start: 11, end: 99 }] }) + '\n']);
  for await (const it of readJsonlStream(stream, '-', {})) {
    assert.ok(it.ok);
    if (it.ok) {
      assert.equal(it.report.toponyms, null);
      assert.ok(it.report.messages.some((m) => m.code === 'ingest/jsonl-field'));
    }
  }
});

test('the --date override wins over a JSONL date', async () => {
  const stream = Readable.from([JSON.stringify({ id: 'z', text: 'Clashes in Azaz on Monday killed four fighters, activists said.', date: '2014-01-20' }) + '\n']);
  for await (const it of readJsonlStream(stream, '-', { date: '2014-02-01' })) {
    assert.ok(it.ok);
    if (it.ok) {
      assert.equal(it.report.published, '2014-02-01');
      assert.equal(it.report.publishedFrom, 'override');
    }
  }
});

test('a JSONL file is streamed: 5,000 lines come through one by one, in order', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-ingest-jsonl-')), 'many.jsonl');
  const out = createWriteStream(path);
  for (let i = 0; i < 5_000; i++) out.write(JSON.stringify({ id: `r${i}`, text: `Report ${i}: shelling hit a village near Idlib.` }) + '\n');
  await new Promise((resolve) => out.end(resolve));
  let n = 0;
  let lastId = '';
  for await (const it of (await import('../../src/ingest/index.js')).ingestPaths([path])) {
    assert.ok(it.ok);
    if (it.ok) lastId = it.report.id;
    n++;
  }
  assert.equal(n, 5_000);
  assert.equal(lastId, 'r4999');
});
