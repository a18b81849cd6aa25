// Crash safety: `sitrep run` killed with SIGKILL at any moment (while storing, at a random time,
// during resolution) resumes on a rerun and ends with exactly the database of an uninterrupted run.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { sitrep, type CliOptions } from './helpers/cli.js';
import { tempDir, writeReports } from './helpers/corpus.js';
import { canonicalDump, countRows, diffDumps } from './helpers/db-dump.js';
import { rng } from '../../bench/corpus/generate.js';

// Resolution commits per chunk of mentions: small chunks here, so that a kill during resolution
// lands between chunks (a committed part, a lost part) and the rerun must resume from there.
process.env.SITREP_RESOLVE_CHUNK ??= '40';

const dir = tempDir('resume');
after(() => rmSync(dir, { recursive: true, force: true }));
const COUNT = Number(process.env.SITREP_RESUME_REPORTS ?? 60);
const files = writeReports(dir, COUNT, 23);

test('a run killed at random moments resumes to the same database as an uninterrupted run', { timeout: 600_000 }, async (t) => {
  const reference = join(dir, 'reference.db');
  const started = Date.now();
  const full = await sitrep(['run', '-q', '--jobs', '2', '--db', reference, ...files]);
  const fullMs = Date.now() - started;
  assert.equal(full.code, 0, full.stderr);
  const expected = canonicalDump(reference);
  assert.equal(expected.reports!.length, files.length);

  const random = rng(Number(process.env.SITREP_RESUME_SEED ?? 5));
  const storedNow = (db: string) => countRows(db, 'reports');
  const plans: { name: string; jobs: string; kills: ((db: string) => CliOptions)[] }[] = [
    {
      name: 'mid-store, then at a random moment',
      jobs: '2',
      kills: [
        (db) => {
          const target = 1 + Math.floor(random() * (files.length - 2));
          return { killWhen: () => storedNow(db) >= target };
        },
        () => ({ killAfterMs: Math.floor(random() * fullMs) }),
      ],
    },
    {
      // Every report is stored and some chunks of mentions are resolved (committed): the run dies
      // between or inside later chunks.
      name: 'during resolution',
      jobs: '1',
      kills: [(db) => ({ killWhen: () => storedNow(db) >= files.length && countRows(db, 'event_mentions') > 0 })],
    },
  ];
  for (const plan of plans) {
    const db = join(dir, `killed-${plan.jobs}.db`);
    const landed: string[] = [];
    for (const kill of plan.kills) {
      const r = await sitrep(['run', '-q', '--jobs', plan.jobs, '--db', db, ...files], kill(db));
      if (r.signal === 'SIGKILL') landed.push(`${storedNow(db)}/${files.length} stored, ${countRows(db, 'event_mentions')} mentions resolved`);
      else assert.equal(r.code, 0, r.stderr);
    }
    t.diagnostic(`${plan.name}: killed with ${landed.join(', ') || 'no kill landed'}`);
    assert.ok(landed.length >= 1, `${plan.name}: the first kill lands mid-run`);
    const finish = await sitrep(['run', '-q', '--jobs', plan.jobs, '--db', db, ...files]);
    assert.equal(finish.code, 0, finish.stderr);
    const diff = diffDumps(canonicalDump(db), expected);
    assert.equal(diff, '', `${plan.name} (${landed.join(', ')}):\n${diff}`);
    const check = await sitrep(['check', '--db', db]);
    assert.equal(check.code, 0, check.stderr + check.stdout);
  }
});
