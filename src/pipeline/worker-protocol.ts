// Messages between the runner (main thread) and its pipeline workers.
import type { ProcessedReport, Report } from '../core/types.js';

/** What a worker hands back: the whole processed report (for `run`) or its contract line (for `extract`). */
export type OutputKind = 'processed' | 'contract';

export interface WorkerInit {
  output: OutputKind;
}

export interface TaskRequest {
  seq: number;
  report: Report;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'fatal'; reason: string }
  | { type: 'done'; seq: number; processed: ProcessedReport | null; line: string | null }
  | { type: 'failed'; seq: number; reason: string };
