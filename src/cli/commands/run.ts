// `sitrep run PATH... [--db FILE] [--jobs N] [--date D] [--quiet]`: ingest -> extract -> store ->
// resolve. Reports whose content hash is already stored are skipped before processing, so a rerun
// (or a resume after a crash) only does the missing work; each report is stored in one transaction
// and resolution runs at the end, so a run killed at any moment resumes to the same database.
import type { Command } from 'commander';
import { runPipeline } from '../../pipeline/runner.js';
import { releasePipelineContext } from '../../pipeline/context.js';
import { formatFailure, ingestEach } from '../../pipeline/inputs.js';
import { parseDateOption, parseJobs } from '../../pipeline/options.js';
import { openConfiguredStore } from '../../pipeline/store-loader.js';
import { RunTally } from '../../pipeline/tally.js';
import { Progress, totalFor } from '../progress.js';
import { EXIT, UsageError } from '../errors.js';
import type { ProcessedReport } from '../../core/types.js';
import type { SaveResult, Store } from '../../store/types.js';

interface RunOptions {
  db: string;
  date?: string;
  jobs?: string;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('run')
    .description('ingest, extract, store and resolve reports into the event database (resumable)')
    .argument('<paths...>', 'files, directories, or - for JSONL on stdin')
    .option('--db <file>', 'SQLite database', 'sitrep.db')
    .option('--date <YYYY-MM-DD>', 'publication date to resolve event dates against (overrides metadata)')
    .option('-j, --jobs <n>', 'worker threads (default: all cores, memory permitting; 1 = in this process)')
    .option('-q, --quiet', 'no progress bar and no summary line (errors are still reported)')
    .action(async (paths: string[], opts: RunOptions) => {
      const date = parseDateOption(opts.date);
      const jobs = parseJobs(opts.jobs);
      if (!opts.db) throw new UsageError('--db needs a file name');
      const store = openConfiguredStore(opts.db);
      const progress = new Progress({ label: 'run', quiet: opts.quiet, total: totalFor(paths, opts.quiet) });
      const tally = new RunTally();
      let interrupted = false;
      const onSignal = () => (interrupted = true);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const items = runPipeline(ingestEach(paths, { date }), {
          jobs,
          output: 'processed',
          skip: (report) => store.hasReport(report.hash),
        });
        for await (const item of items) {
          progress.tick();
          if (item.kind === 'failed') {
            tally.failed++;
            progress.log(formatFailure(item.message));
          } else if (item.kind === 'skipped') {
            tally.skipped++;
          } else if (item.processed) {
            const saved = saveOne(store, item.processed);
            if (typeof saved === 'string') {
              tally.failed++;
              progress.log(`${item.report.origin}: could not store: ${saved}`);
            } else if (saved.stored) tally.stored(saved.mentions);
            else tally.skipped++; // the same text twice in this input
          }
          if (interrupted) break;
        }
        progress.clear();
        if (interrupted) {
          process.stderr.write(`sitrep run: interrupted after ${tally.read} reports; run the same command again to resume\n`);
          process.exitCode = EXIT.partial;
          return;
        }
        // One job ran the pipeline in this thread: its gazetteer is not needed to resolve.
        releasePipelineContext();
        progress.status('resolving mentions into events…');
        const resolved = store.resolvePending();
        progress.clear();
        if (!opts.quiet) process.stderr.write(tally.summary(resolved) + '\n');
        process.exitCode = tally.failed ? EXIT.partial : EXIT.ok;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        progress.clear();
        store.close();
      }
    });
}

/** Store one report (its own transaction); a failure is returned as a reason, not thrown. */
function saveOne(store: Store, p: ProcessedReport): SaveResult | string {
  try {
    return store.saveProcessed(p);
  } catch (err) {
    return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 300);
  }
}
