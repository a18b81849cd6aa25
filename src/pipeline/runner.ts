// The runner: ingested items in, processed results out, in input order. With jobs > 1 reports are
// processed on worker threads; a bounded window of in-flight reports (the reorder buffer) gives
// backpressure, so memory stays constant however long the input stream is.
import { availableParallelism, totalmem } from 'node:os';
import type { Message, ProcessedReport, Report } from '../core/types.js';
import type { IngestItem } from '../ingest/index.js';
import { pipelineContext, type PipelineContext } from './context.js';
import { describeError, processSafely } from './process-safe.js';
import { WorkerPool, type TaskResult } from './pool.js';
import type { OutputKind } from './worker-protocol.js';

export type RunnerItem =
  | { kind: 'done'; report: Report; processed: ProcessedReport | null; line: string | null }
  /** Not processed: `skip` said so (e.g. already stored). */
  | { kind: 'skipped'; report: Report }
  /** An input that could not be ingested or processed, with where and why. */
  | { kind: 'failed'; message: Message };

export interface RunnerOptions {
  /** Worker threads; 1 processes in this thread. Default: all cores. */
  jobs?: number;
  /** 'contract' yields the JSON contract line (built in the worker), 'processed' the whole result. */
  output: OutputKind;
  /** Reports for which this returns true are passed through as 'skipped' without processing. */
  skip?: (report: Report) => boolean;
  /** Give up on one report after this long (worker mode only). Default 120 s. */
  taskTimeoutMs?: number;
  /** Reports in flight at most (the reorder buffer). Default 16 per job. */
  window?: number;
  /** The worker module (tests only: a stub speaking the worker protocol). */
  workerEntry?: URL;
}

/** Memory one worker needs (its own copy of the gazetteer and models), measured at about 370 MB. */
const WORKER_MEMORY_BYTES = 400 * 2 ** 20;

/** All cores, but no more workers than half the machine's memory can hold. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor((totalmem() * 0.5) / WORKER_MEMORY_BYTES)));
}

/** The most workers this machine's memory can hold at all (an explicit --jobs is capped here). */
export function maxJobs(): number {
  return Math.max(1, Math.floor((totalmem() * 0.8) / WORKER_MEMORY_BYTES));
}

/** Thrown when the pipeline itself cannot run (not one bad input): the batch cannot go on. */
export class PipelineUnavailableError extends Error {}

export async function* runPipeline(items: AsyncIterable<IngestItem>, opts: RunnerOptions): AsyncGenerator<RunnerItem> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const processor = jobs === 1 ? inProcess(opts.output) : inWorkers(jobs, opts);
  const limit = Math.max(1, opts.window ?? (jobs === 1 ? 1 : jobs * 16));
  const pending: Promise<RunnerItem | Fatal>[] = [];
  const source = items[Symbol.asyncIterator]();
  let exhausted = false;
  let next: Promise<IteratorResult<IngestItem>> | null = null;
  try {
    for (;;) {
      if (!exhausted && !next && pending.length < limit) next = source.next();
      const head = pending[0];
      if (!head && !next) break;
      // Whichever comes first: the next input (keeps the workers busy) or the oldest result (so a
      // slow stream, e.g. a live feed on stdin, still gets each line's output as soon as it is ready).
      const first = await Promise.race([
        ...(next ? [next.then((r) => ({ input: r }))] : []),
        ...(head ? [head.then((item) => ({ item }))] : []),
      ]);
      if ('input' in first) {
        next = null;
        if (first.input.done) exhausted = true;
        else pending.push(start(first.input.value, opts, processor.run));
        continue;
      }
      pending.shift();
      if (first.item.kind === 'fatal') throw new PipelineUnavailableError(first.item.reason);
      yield first.item;
    }
  } finally {
    // Stop reading; don't wait on a read still outstanding (a quiet stdin may never answer it).
    if (!exhausted) {
      const stopped = source.return?.(undefined);
      if (!next) await stopped;
    }
    await processor.close();
  }
}

interface Processor {
  run(report: Report): Promise<TaskResult>;
  close(): Promise<void>;
}

/** The pipeline cannot run at all; kept as a value (not a rejection) until it reaches the head. */
interface Fatal {
  kind: 'fatal';
  reason: string;
}

function start(item: IngestItem, opts: RunnerOptions, run: Processor['run']): Promise<RunnerItem | Fatal> {
  if (!item.ok) return Promise.resolve({ kind: 'failed', message: item.message });
  const report = item.report;
  if (opts.skip?.(report)) return Promise.resolve({ kind: 'skipped', report });
  return run(report).then((r): RunnerItem | Fatal => {
    if (r.ok) return { kind: 'done', report, processed: r.processed, line: r.line };
    if (r.fatal) return { kind: 'fatal', reason: r.reason };
    return { kind: 'failed', message: failure(report, r.reason) };
  });
}

function failure(report: Report, reason: string): Message {
  return { level: 'error', code: 'pipeline/failed', reason, origin: report.origin };
}

function inProcess(output: OutputKind): Processor {
  let ctx: PipelineContext | null = null;
  return {
    async run(report) {
      // Loaded on first use: a resumed run whose reports are all stored never pays for the gazetteer.
      if (!ctx) {
        try {
          ctx = pipelineContext();
        } catch (err) {
          return { ok: false, reason: `could not load the pipeline: ${describeError(err)}`, fatal: true };
        }
      }
      return processSafely(report, ctx, output);
    },
    async close() {},
  };
}

function inWorkers(jobs: number, opts: RunnerOptions): Processor {
  let pool: WorkerPool | null = null;
  return {
    run(report) {
      pool ??= new WorkerPool({
        size: jobs,
        output: opts.output,
        taskTimeoutMs: opts.taskTimeoutMs ?? 120_000,
        entry: opts.workerEntry,
      });
      return pool.run(report);
    },
    async close() {
      await pool?.close();
    },
  };
}
