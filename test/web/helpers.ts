// Shared set-up for the web tests: a fixture database in a temporary folder and a server on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildFixtureDb } from './fixtures/reports.js';
import { startWorkspace, type RunningWorkspace, type StartOptions } from '../../src/server/start.js';
import { PACKAGE_ROOT } from '../../src/server/static.js';

export interface TestServer extends RunningWorkspace {
  dir: string;
  stop(): Promise<void>;
}

/** A server on the fixture reports of test/web/fixtures (hand-coded events: exact assertions). */
export async function fixtureServer(opts: Partial<StartOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  const db = join(dir, 'fixture.db');
  buildFixtureDb(db);
  return serve(dir, db, opts);
}

/** A server on a database built from examples/ by `sitrep run`, the whole pipeline. */
export async function examplesServer(opts: Partial<StartOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-ex-'));
  const db = join(dir, 'examples.db');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/dev.ts'), 'run', join(PACKAGE_ROOT, 'examples'), '--db', db], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`sitrep run examples failed (${run.status}): ${run.stderr}`);
  return serve(dir, db, opts);
}

async function serve(dir: string, db: string, opts: Partial<StartOptions>): Promise<TestServer> {
  const running = await startWorkspace({ db, port: 0, log: () => {}, ...opts });
  return {
    ...running,
    dir,
    stop: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function getJson(base: string, path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(base + path);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, headers: res.headers };
}
