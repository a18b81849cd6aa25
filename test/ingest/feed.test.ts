import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, assertWellFormed, collect, zoneTexts } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-ingest-feed-'));
const write = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

test('RSS 2.0: each item is a report with guid (or position) id, title, date and link', async () => {
  const path = FIXTURES + 'feed.rss';
  const items = await collect([path]);
  assert.equal(items.length, 2);
  const [a, b] = items.map((i) => (i.ok ? i.report : assert.fail('item failed')));
  assert.equal(a!.id, `${path}#wire-2014-0108-1`);
  assert.equal(b!.id, `${path}#2`, 'an item without guid is numbered');
  assert.equal(a!.format, 'rss');
  assert.equal(a!.title, "ISIS Withdraws From Aleppo Children's Hospital");
  assert.equal(a!.published, '2014-01-08');
  assert.equal(a!.publishedFrom, 'metadata');
  assert.equal(a!.url, 'https://example.org/2014/01/08/isis-aleppo-hospital');
  assert.deepEqual(zoneTexts(a!, 'title'), [a!.title]);
  assert.match(zoneTexts(a!, 'body').join('\n'), /left their headquarters in the Children's Hospital/);
  assert.doesNotMatch(a!.text, /<p>|CDATA/);
  assert.equal(b!.published, '2014-01-10');
  // The outlet: the item's <source>, else the feed's own title.
  assert.equal(a!.source, 'Restated from an Example Wire dispatch');
  assert.equal(b!.source, 'Example Syria Wire');
  for (const r of [a!, b!]) assertWellFormed(r);
});

test('Atom: entries with id, HTML title, alternate link, published before updated', async () => {
  const path = FIXTURES + 'feed.atom';
  const items = await collect([path]);
  const reports = items.map((i) => (i.ok ? i.report : assert.fail('entry failed')));
  assert.deepEqual(reports.map((r) => r.id), [`${path}#urn:example:syria:raqqa-0112`, `${path}#urn:example:syria:nusra-0107`]);
  assert.equal(reports[0]!.title, 'ISIS Regains Ground in Raqqa');
  assert.equal(reports[0]!.url, 'https://example.org/2014/01/12/raqqa');
  assert.equal(reports[0]!.published, '2014-01-12');
  assert.equal(reports[1]!.published, '2014-01-07');
  assert.match(reports[1]!.text, /called for an end to fighting between insurgents and ISIS/);
});

test('a feed found by sniffing, without a feed extension', async () => {
  const xml = '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Shelling in Douma</title><pubDate>Mon, 13 Jan 2014 09:00:00 GMT</pubDate><description>Government shelling killed five people in Douma on Monday, activists said.</description></item></channel></rss>';
  const items = await collect([write('latest', xml)]);
  assert.equal(items.length, 1);
  assert.ok(items[0]!.ok);
  if (items[0]!.ok) {
    assert.equal(items[0]!.report.format, 'rss');
    assert.equal(items[0]!.report.published, '2014-01-13');
  }
});

test('a feed that is not well-formed is read leniently with a warning, or refused with a reason', async () => {
  const broken = '<rss><channel><item><title>Clashes in Azaz</title><description>Fighting broke out in Azaz on Tuesday between ISIS and the Northern Storm brigade.</description></item><item><title>Unclosed</title></channel></rss>';
  const items = await collect([write('broken.rss', broken)]);
  assert.ok(items.length >= 1);
  const first = items[0]!;
  assert.ok(first.ok, 'the readable item comes through');
  if (first.ok) {
    assert.match(first.report.text, /Fighting broke out in Azaz/);
    const warn = first.report.messages.find((m) => m.code === 'ingest/feed-malformed');
    assert.ok(warn, 'malformed warning');
    assert.equal(typeof warn!.line, 'number');
  }
  const garbage = await collect([write('garbage.xml', '<rss><channel><title>oops</chan')]);
  assert.equal(garbage.length, 1);
  assert.equal(garbage[0]!.ok, false);
  if (!garbage[0]!.ok) assert.equal(garbage[0]!.message.code, 'ingest/feed');
});

test('a deeply nested feed is refused, not parsed', async () => {
  const deep = '<rss><channel>' + '<x>'.repeat(50_000) + '</x>'.repeat(50_000) + '</channel></rss>';
  const started = Date.now();
  const items = await collect([write('deep.rss', deep)]);
  assert.ok(Date.now() - started < 5000);
  assert.equal(items.length, 1);
  assert.equal(items[0]!.ok, false);
});
