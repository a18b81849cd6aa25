// `sitrep extract`, `run` and `check` end to end: output order with --jobs, exit codes scripts can
// rely on (0 all done, 1 some inputs failed and were reported, 2 usage), idempotent reruns.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, jsonLines, sitrep } from './helpers/cli.js';
import { tempDir, writeReports } from './helpers/corpus.js';
import { canonicalDump, diffDumps } from './helpers/db-dump.js';

const dir = tempDir('cli');
const files = writeReports(dir, 24);
after(() => rmSync(dir, { recursive: true, force: true }));

test('extract: --jobs 1 and --jobs 2 print identical lines, in input order', async () => {
  const one = await sitrep(['extract', '--jobs', '1', ...files]);
  const two = await sitrep(['extract', '--jobs', '2', ...files]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  assert.equal(two.stdout, one.stdout);
  assert.deepEqual(
    jsonLines(one.stdout).map((l) => l.id),
    files,
  );
});

test('extract: a missing input is one stderr line, the others are still coded, exit 1', async () => {
  const missing = join(dir, 'no-such-report.txt');
  const r = await sitrep(['extract', '--jobs', '2', files[0]!, missing, files[1]!]);
  assert.equal(r.code, 1);
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), [files[0], files[1]]);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.ok(lines[0]!.startsWith(`${missing}: `), lines[0]);
  assert.ok(!hasStackTrace(r.stderr));
});

test('usage errors exit 2 with one line and no output', async () => {
  for (const args of [
    ['extract', '--jobs', '0', files[0]!],
    ['extract', '--jobs', 'many', files[0]!],
    ['extract', '--date', '2024-02-31', files[0]!],
    ['extract', '--no-such-option', files[0]!],
    ['run'],
    ['run', '--db', join(dir, 'no-such-dir', 'x.db'), files[0]!],
  ]) {
    const r = await sitrep(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.ok(!hasStackTrace(r.stderr), r.stderr);
  }
});

test('run: a rerun of the same input stores nothing new and leaves the database identical', async () => {
  const db = join(dir, 'rerun.db');
  const first = await sitrep(['run', '--jobs', '2', '--db', db, ...files]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /24 reports read: 24 new, 0 already stored, 0 failed/);
  const before = canonicalDump(db);
  const again = await sitrep(['run', '--db', db, ...files]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /24 reports read: 0 new, 24 already stored, 0 failed/);
  assert.equal(diffDumps(canonicalDump(db), before), '');
  const quiet = await sitrep(['run', '--quiet', '--db', db, files[0]!]);
  assert.equal(quiet.stderr, '');

  const ok = await sitrep(['check', '--db', db]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /ok \(integrity/);
});

test('run: --jobs 1 and --jobs 2 build the same database', async () => {
  const a = join(dir, 'jobs1.db');
  const b = join(dir, 'jobs2.db');
  assert.equal((await sitrep(['run', '-q', '--jobs', '1', '--db', a, ...files])).code, 0);
  assert.equal((await sitrep(['run', '-q', '--jobs', '2', '--db', b, ...files])).code, 0);
  assert.equal(diffDumps(canonicalDump(b), canonicalDump(a)), '');
});

test('check: exit 1 on a file that is not a database, 2 when there is none', async () => {
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'this is not a database, just some text that ends up where one was expected\n'.repeat(100));
  const bad = await sitrep(['check', '--db', junk]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /not a SQLite database/);
  const none = await sitrep(['check', '--db', join(dir, 'absent.db')]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no database at/);
});
