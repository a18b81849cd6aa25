import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-ingest-bad-'));
const write = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const GOOD = 'Government shelling killed five people in Douma on Monday, activists said.\n';

async function failure(path: string) {
  const items = await collect([path]);
  assert.equal(items.length, 1);
  const it = items[0]!;
  if (it.ok) assert.fail(`expected a failure for ${path}`);
  return it.message;
}

test('an empty file and a whitespace-only file: ingest/empty', async () => {
  assert.equal((await failure(write('empty.txt', ''))).code, 'ingest/empty');
  assert.equal((await failure(write('blank.txt', '  \n\n\t\n'))).code, 'ingest/empty');
  assert.equal((await failure(write('empty.jsonl', ''))).code, 'ingest/empty');
});

test('a binary file: ingest/binary, with its origin', async () => {
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const m = await failure(write('image.txt', bytes));
  assert.equal(m.code, 'ingest/binary');
  assert.equal(m.origin, join(tmp, 'image.txt'));
  assert.equal((await failure(write('blob.jsonl', bytes))).code, 'ingest/binary');
  // Control characters without NULs are binary too.
  assert.equal((await failure(write('controls.dat', Buffer.alloc(400, 0x01)))).code, 'ingest/binary');
});

test('invalid UTF-8 is decoded with replacement characters and a warning', async () => {
  const bytes = Buffer.concat([Buffer.from('Clashes in Aleppo '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' killed three fighters, activists said.\n')]);
  const items = await collect([write('latin1.txt', bytes)]);
  const it = items[0]!;
  assert.ok(it.ok);
  if (it.ok) {
    assert.ok(it.report.text.includes('\uFFFD'));
    const warn = it.report.messages.find((m) => m.code === 'ingest/encoding');
    assert.equal(warn?.level, 'warning');
  }
});

test('a report over 50 MB is refused without being read; 5-50 MB is processed with a warning', async () => {
  const huge = join(tmp, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 51 * 1024 * 1024); // sparse: no 51 MB written
  closeSync(fd);
  assert.equal((await failure(huge)).code, 'ingest/too-large');

  const para = 'Shelling was reported in the eastern countryside of Hama on Monday, activists said.\n\n';
  const big = write('big.txt', para.repeat(Math.ceil((5.2 * 1024 * 1024) / para.length)));
  const items = await collect([big]);
  assert.ok(items[0]!.ok);
  if (items[0]!.ok) assert.ok(items[0]!.report.messages.some((m) => m.code === 'ingest/large'));
});

test('unreadable paths are reported and the batch goes on', async () => {
  const good = write('good.txt', GOOD);
  const locked = write('locked.txt', GOOD);
  chmodSync(locked, 0o000);
  const items = await collect([join(tmp, 'missing.txt'), good, locked]);
  chmodSync(locked, 0o644);
  assert.equal(items.length, 3);
  assert.equal(items[0]!.ok, false);
  if (!items[0]!.ok) assert.equal(items[0]!.message.code, 'ingest/read');
  assert.ok(items[1]!.ok);
  // root can read anything: only check the code when the read did fail
  if (!items[2]!.ok) assert.equal(items[2]!.message.code, 'ingest/read');
});

test('a directory is read recursively, sorted, skipping hidden files, READMEs and images; ids keep the path as given', async () => {
  const dir = join(tmp, 'corpus');
  mkdirSync(join(dir, 'b-sub'), { recursive: true });
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, 'c.txt'), GOOD);
  writeFileSync(join(dir, 'a.txt'), GOOD);
  writeFileSync(join(dir, 'b-sub', 'x.html'), `<html><body><p>${GOOD}</p></body></html>`);
  writeFileSync(join(dir, '.hidden.txt'), GOOD);
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, 'README.md'), '# Corpus\n\nNotes about these files.\n');
  writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  const items = await collect([dir + '/']);
  const ids = items.map((i) => (i.ok ? i.report.id : i.message.origin));
  assert.deepEqual(ids, [`${dir}/a.txt`, `${dir}/b-sub/x.html`, `${dir}/c.txt`]);
});

test('unknown extensions are sniffed: HTML, JSON lines, else text', async () => {
  const [html] = await collect([write('page.php', `<!DOCTYPE html><html><body><p>${GOOD}</p></body></html>`)]);
  const [jl] = await collect([write('dump.data', JSON.stringify({ id: 'j1', text: GOOD }) + '\n')]);
  const [txt] = await collect([write('README', GOOD)]);
  assert.ok(html!.ok && jl!.ok && txt!.ok);
  if (html!.ok && jl!.ok && txt!.ok) {
    assert.equal(html!.report.format, 'html');
    assert.equal(jl!.report.format, 'jsonl');
    assert.equal(jl!.report.id, 'j1');
    assert.equal(txt!.report.format, 'txt');
    assert.equal(txt!.report.text, GOOD);
  }
});

test('the same report from a .txt and from JSONL has the same hash', async () => {
  const [t] = await collect([write('same.txt', GOOD)]);
  const [j] = await collect([write('same.jsonl', JSON.stringify({ id: 'same', text: GOOD }) + '\n')]);
  assert.ok(t!.ok && j!.ok);
  if (t!.ok && j!.ok) assert.equal(t!.report.hash, j!.report.hash);
});

test('a README named on the command line is still read', async () => {
  const [it] = await collect([write('README.md', GOOD)]);
  assert.ok(it!.ok);
});
