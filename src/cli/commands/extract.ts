// `sitrep extract [PATH|-]... [--date YYYY-MM-DD]`: one JSON line per input report (the machine contract).
import type { Command } from 'commander';
import { ingestPaths } from '../../ingest/index.js';
import { processReport } from '../../pipeline/process.js';
import { pipelineContext } from '../../pipeline/context.js';
import { toContract } from '../../pipeline/contract.js';
import { EXIT, UsageError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('extract')
    .description('print one JSON line of coded events and places per input report')
    .argument('[paths...]', 'files, directories, or - for JSONL on stdin', ['-'])
    .option('--date <YYYY-MM-DD>', 'publication date to resolve event dates against (overrides metadata)')
    .action(async (paths: string[], opts: { date?: string }) => {
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new UsageError(`--date must be YYYY-MM-DD, not "${opts.date}"`);
      const ctx = pipelineContext();
      let failed = 0;
      for await (const item of ingestPaths(paths, { date: opts.date ?? null })) {
        if (!item.ok) {
          failed++;
          const m = item.message;
          process.stderr.write(`${m.origin ?? ''}${m.line ? ':' + m.line : ''}: ${m.reason}\n`);
          continue;
        }
        process.stdout.write(JSON.stringify(toContract(processReport(item.report, ctx))) + '\n');
      }
      if (failed) process.exitCode = EXIT.partial;
    });
}
