// One report through the text pipeline without ever throwing: a failure in a stage becomes a
// reason string, so one bad report never stops a batch. Shared by the in-process path and workers.
import type { ProcessedReport, Report } from '../core/types.js';
import type { PipelineContext } from './context.js';
import { processReport } from './process.js';
import { toContract } from './contract.js';
import type { OutputKind } from './worker-protocol.js';

export type SafeOutcome =
  | { ok: true; processed: ProcessedReport | null; line: string | null }
  | { ok: false; reason: string };

export function processSafely(report: Report, ctx: PipelineContext, output: OutputKind): SafeOutcome {
  try {
    const processed = processReport(report, ctx);
    if (output === 'contract') return { ok: true, processed: null, line: JSON.stringify(toContract(processed)) };
    return { ok: true, processed, line: null };
  } catch (err) {
    return { ok: false, reason: `internal error while processing: ${describeError(err)}` };
  }
}

/** One line for any thrown value; the stack only with SITREP_DEBUG=1. */
export function describeError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const oneLine = msg.replace(/\s+/g, ' ').trim().slice(0, 300) || 'unknown error';
  if (process.env.SITREP_DEBUG && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  return oneLine;
}
