// Opens a database and starts the workspace server on it: shared by `sitrep serve`, the tests and the bench.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openStore, type SqliteStore } from '../store/sqlite.js';
import { checkListenPolicy } from './auth.js';
import { createWorkspaceServer, DEFAULT_BODY_LIMIT } from './server.js';
import { Workspace } from './workspace.js';
import { PipelineWriter } from './writer.js';
import { exportSelection } from './export.js';
import { PACKAGE_ROOT } from './static.js';

export interface StartOptions {
  db: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string | null;
  readOnly?: boolean;
  bodyLimit?: number;
  /** Keep read answers until the database changes (default true; SITREP_API_CACHE=0 turns it off). */
  cache?: boolean;
  log?: (line: string) => void;
}

export interface RunningWorkspace {
  server: Server;
  store: SqliteStore;
  url: string;
  close(): Promise<void>;
}

/** The built page's folder; builds it first when it is missing (a checkout without `npm run build`). */
export function ensureWebBuilt(): string {
  const dir = join(PACKAGE_ROOT, 'dist', 'web');
  if (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'main.js'))) return dir;
  const script = join(PACKAGE_ROOT, 'src', 'web', 'build.mjs');
  if (existsSync(script)) {
    const res = spawnSync(process.execPath, [script], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (res.status !== 0) throw new Error('the web page could not be built (node src/web/build.mjs)');
  }
  return dir;
}

export async function startWorkspace(opts: StartOptions): Promise<RunningWorkspace> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token ?? null;
  checkListenPolicy(host, token);
  if (opts.readOnly && !existsSync(opts.db)) throw new Error(`no database at ${opts.db}`);
  const store = openStore(opts.db, { readonly: opts.readOnly ?? false });
  // A version the page polls: SQLite's data_version moves when another process writes; our own writes bump `local`.
  let local = 0;
  const version = () => `${store.db.pragma('data_version', { simple: true })}.${local}`;
  const workspace = new Workspace({ reader: store.reader, version });
  const writer = opts.readOnly
    ? null
    : new PipelineWriter(store, () => {
        local++;
      });
  const server = createWorkspaceServer({
    workspace,
    writer,
    exporter: exportSelection,
    token,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    cache: opts.cache ?? process.env.SITREP_API_CACHE !== '0',
    webRoot: ensureWebBuilt(),
    log: opts.log,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    store,
    url: `http://${shownHost}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          store.close();
          resolve();
        });
      }),
  };
}
