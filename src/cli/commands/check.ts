// `sitrep check [--db FILE]`: verifies the database. SQLite's own integrity and foreign-key checks,
// then the store's consistency checks when the store provides them. Exit 0 clean, 1 problems found.
import type { Command } from 'commander';
import { checkDatabase } from '../../pipeline/check.js';
import { EXIT } from '../errors.js';

export function register(program: Command): void {
  program
    .command('check')
    .description("verify the database's integrity (exit 1 on problems)")
    .option('--db <file>', 'SQLite database', 'sitrep.db')
    .option('-q, --quiet', 'print problems only')
    .action((opts: { db: string; quiet?: boolean }) => {
      const result = checkDatabase(opts.db);
      for (const p of result.problems) process.stderr.write(`${opts.db}: ${p}\n`);
      if (!opts.quiet && result.problems.length === 0) {
        process.stdout.write(`${opts.db}: ok (${result.checks.join(', ')})\n`);
      }
      process.exitCode = result.problems.length ? EXIT.partial : EXIT.ok;
    });
}
