// A pipeline worker thread: loads the pipeline context (gazetteer etc.) once, then processes the
// reports it is sent, in the order received, answering each with its result.
import { parentPort, workerData } from 'node:worker_threads';
import { pipelineContext, type PipelineContext } from './context.js';
import { describeError, processSafely } from './process-safe.js';
import type { TaskRequest, WorkerInit, WorkerMessage } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('src/pipeline/worker.ts must run as a worker thread');
const init = workerData as WorkerInit;
const send = (m: WorkerMessage) => port.postMessage(m);

let ctx: PipelineContext | null = null;
let fatal: string | null = null;
try {
  ctx = pipelineContext();
  send({ type: 'ready' });
} catch (err) {
  fatal = `could not load the pipeline: ${describeError(err)}`;
  send({ type: 'fatal', reason: fatal });
}

port.on('message', (req: TaskRequest) => {
  if (!ctx) {
    send({ type: 'failed', seq: req.seq, reason: fatal ?? 'pipeline not loaded' });
    return;
  }
  const out = processSafely(req.report, ctx, init.output);
  if (out.ok) send({ type: 'done', seq: req.seq, processed: out.processed, line: out.line });
  else send({ type: 'failed', seq: req.seq, reason: out.reason });
});
