// `sitrep serve`: the analyst's workspace (map, timeline, list, evidence) and its HTTP API.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { startWorkspace } from '../../server/start.js';
import { isLoopbackHost } from '../../server/auth.js';

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  readOnly?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the workspace (map, timeline, events with their evidence) and the HTTP API on a database.')
    .option('--db <file>', 'SQLite database to serve (created empty when missing, unless --read-only)', 'sitrep.db')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <h>', 'address to listen on; beyond localhost a token is required', '127.0.0.1')
    .option('--token <t>', 'bearer token required to ingest (default: $SITREP_TOKEN)')
    .option('--read-only', 'refuse ingest; the database must exist')
    .addHelpText(
      'after',
      '\nReading is open. POST /api/ingest needs "Authorization: Bearer <token>" when a token is set,\n' +
        'and a token must be set to listen beyond localhost. API description: GET /api/openapi.json.',
    )
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0..65535, got ${opts.port}`);
      const token = opts.token ?? process.env.SITREP_TOKEN ?? null;
      if (!isLoopbackHost(opts.host) && !token) {
        throw new UsageError(`refusing to listen on ${opts.host} without a token: give --token T or set SITREP_TOKEN (or listen on 127.0.0.1)`);
      }
      if (opts.readOnly && !existsSync(opts.db)) throw new UsageError(`no database at ${opts.db} (--read-only serves an existing one)`);
      let running;
      try {
        running = await startWorkspace({ db: opts.db, host: opts.host, port, token, readOnly: opts.readOnly ?? false });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; choose another with --port`);
        throw e;
      }
      const stats = running.store.reader.stats();
      process.stderr.write(
        `sitrep serve: ${stats.events} events from ${stats.reports} reports in ${opts.db}\n` +
          `sitrep serve: workspace at ${running.url}/  (API: ${running.url}/api/openapi.json; Ctrl-C stops)\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.stderr.write('sitrep serve: stopping\n');
          void running.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
