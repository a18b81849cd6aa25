// A pool of pipeline worker threads. Each task is one report; each worker handles its tasks in the
// order sent. A task whose worker hangs past the time limit or dies is failed alone: the worker is
// replaced and the tasks queued behind it are sent again, so one hostile report never stops a batch.
import { Worker } from 'node:worker_threads';
import type { ProcessedReport, Report } from '../core/types.js';
import type { OutputKind, WorkerInit, WorkerMessage } from './worker-protocol.js';

export type TaskResult =
  | { ok: true; processed: ProcessedReport | null; line: string | null }
  | { ok: false; reason: string; fatal?: boolean };

interface Task {
  seq: number;
  report: Report;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, oldest first: the head is the one being processed. */
  queue: Task[];
  /** When the head task started (the previous one finished, or the task was sent to an idle worker). */
  headSince: number;
  /** Set once the slot is being replaced, so its exit is not handled twice. */
  retired: boolean;
  /** The worker has loaded the pipeline: until then its tasks are not timed (loading can be slow). */
  ready: boolean;
}

export interface PoolOptions {
  size: number;
  output: OutputKind;
  /** A report still in process after this long is failed and its worker replaced. */
  taskTimeoutMs: number;
  /** The worker module (default: ./worker); tests pass a stub speaking the same protocol. */
  entry?: URL;
}

// Worker entry: the compiled .js; or, running from the sources under tsx (tests, dev), the .ts
// through a bootstrap that registers tsx in the worker (Node 20 does not pass loader hooks on).
const FROM_SOURCES = import.meta.url.endsWith('.ts');

const DEFAULT_ENTRY = new URL(FROM_SOURCES ? './worker.ts' : './worker.js', import.meta.url);

function startWorker(init: WorkerInit, entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: init });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: init });
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private fatal: string | null = null;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly opts: PoolOptions) {
    this.watchdog = setInterval(() => this.checkTimeouts(), Math.min(1000, opts.taskTimeoutMs));
    this.watchdog.unref();
  }

  /** Process one report on some worker; never rejects. Workers start lazily, up to `size`. */
  run(report: Report): Promise<TaskResult> {
    if (this.fatal) return Promise.resolve({ ok: false, reason: this.fatal, fatal: true });
    if (this.closed) return Promise.resolve({ ok: false, reason: 'worker pool closed' });
    return new Promise<TaskResult>((resolve) => this.dispatch({ seq: this.seq++, report, resolve }));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    const slots = this.slots.splice(0);
    for (const s of slots) {
      s.retired = true;
      for (const t of s.queue) t.resolve({ ok: false, reason: 'worker pool closed' });
      s.queue = [];
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(task: Task): void {
    let slot = this.slots.reduce<Slot | null>((best, s) => (!best || s.queue.length < best.queue.length ? s : best), null);
    if (!slot || (slot.queue.length > 0 && this.slots.length < this.opts.size)) slot = this.spawn();
    if (slot.queue.length === 0) slot.headSince = Date.now();
    slot.queue.push(task);
    slot.worker.postMessage({ seq: task.seq, report: task.report });
  }

  private spawn(): Slot {
    const init: WorkerInit = { output: this.opts.output };
    const worker = startWorker(init, this.opts.entry ?? DEFAULT_ENTRY);
    const slot: Slot = { worker, queue: [], headSince: Date.now(), retired: false, ready: false };
    worker.on('message', (m: WorkerMessage) => this.onMessage(slot, m));
    worker.on('error', (err: Error) => this.replace(slot, `worker crashed: ${String(err?.message ?? err).replace(/\s+/g, ' ').slice(0, 200)}`));
    worker.on('exit', (code) => this.replace(slot, `worker exited unexpectedly (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    if (m.type === 'ready') {
      slot.ready = true;
      slot.headSince = Date.now();
      return;
    }
    if (m.type === 'fatal') {
      // The pipeline cannot load (e.g. a data file is missing): every task would fail the same way.
      this.fatal = m.reason;
      return;
    }
    const i = slot.queue.findIndex((t) => t.seq === m.seq);
    if (i < 0) return; // already failed by the watchdog
    const [task] = slot.queue.splice(i, 1);
    slot.headSince = Date.now();
    if (m.type === 'done') task!.resolve({ ok: true, processed: m.processed, line: m.line });
    else task!.resolve(this.fatal ? { ok: false, reason: this.fatal, fatal: true } : { ok: false, reason: m.reason });
  }

  private checkTimeouts(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (slot.ready && slot.queue.length > 0 && now - slot.headSince > this.opts.taskTimeoutMs) {
        const secs = Math.round(this.opts.taskTimeoutMs / 1000);
        this.replace(slot, `gave up after ${secs} s (the report may be too large or pathological)`);
      }
    }
  }

  /** Fail the slot's head task with `reason`, drop the worker, and resend the rest to the pool. */
  private replace(slot: Slot, reason: string): void {
    if (slot.retired) return;
    slot.retired = true;
    const idx = this.slots.indexOf(slot);
    if (idx >= 0) this.slots.splice(idx, 1);
    void slot.worker.terminate();
    // A worker that dies before it has loaded the pipeline would die again: the batch cannot run.
    if (!slot.ready && !this.closed) this.fatal ??= `the pipeline worker could not start: ${reason}`;
    const [head, ...rest] = slot.queue;
    slot.queue = [];
    if (this.closed) {
      for (const t of [head, ...rest]) t?.resolve({ ok: false, reason: 'worker pool closed' });
      return;
    }
    if (this.fatal) {
      for (const t of [head, ...rest]) t?.resolve({ ok: false, reason: this.fatal, fatal: true });
      return;
    }
    if (head) head.resolve({ ok: false, reason });
    for (const t of rest) this.dispatch(t);
  }
}
