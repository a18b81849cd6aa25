// `sitrep extract [PATH|-]... [--date YYYY-MM-DD] [--jobs N] [--quiet]`: one JSON line per input
// report (the machine contract, src/pipeline/contract.ts), in input order. Bad inputs get one line
// each on stderr (`path:line: reason`) and the batch goes on. Exit 0 all done, 1 some failed, 2 usage.
import type { Command } from 'commander';
import { runPipeline } from '../../pipeline/runner.js';
import { formatFailure, ingestEach } from '../../pipeline/inputs.js';
import { LineWriter } from '../../pipeline/output.js';
import { parseDateOption, parseJobs } from '../../pipeline/options.js';
import { Progress, totalFor } from '../progress.js';
import { EXIT, UsageError } from '../errors.js';

interface ExtractOptions {
  date?: string;
  jobs?: string;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('print one JSON line of coded events and places per input report, in input order')
    .argument('[paths...]', 'files, directories, or - for JSONL on stdin', ['-'])
    .option('--date <YYYY-MM-DD>', 'publication date to resolve event dates against (overrides metadata)')
    .option('-j, --jobs <n>', 'worker threads (default: all cores, memory permitting; 1 = in this process)')
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], opts: ExtractOptions) => {
      const date = parseDateOption(opts.date);
      const jobs = parseJobs(opts.jobs);
      if (paths.length === 1 && paths[0] === '-' && process.stdin.isTTY) {
        throw new UsageError('no input: give files or directories, or pipe JSONL into stdin');
      }
      const out = new LineWriter(process.stdout);
      const progress = new Progress({ label: 'extract', quiet: opts.quiet, total: totalFor(paths, opts.quiet) });
      let failed = 0;
      for await (const item of runPipeline(ingestEach(paths, { date }), { jobs, output: 'contract' })) {
        progress.tick();
        if (item.kind === 'failed') {
          failed++;
          progress.log(formatFailure(item.message));
        } else if (item.kind === 'done' && item.line !== null) {
          await out.write(item.line);
        }
        if (out.closed) break; // the reader went away (`| head`): stop quietly
      }
      progress.clear();
      process.exitCode = failed ? EXIT.partial : EXIT.ok;
    });
}

