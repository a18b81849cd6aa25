// POST /api/ingest: reports through ingest, the text pipeline and the store, then event resolution.
// Each request item is read exactly as a line of a JSONL file would be (text kept as given, or HTML
// through ingest's page reader), so the API and `sitrep run` agree on what a report is.
import { jsonlLine } from '../ingest/jsonl.js';
import { processReport } from '../pipeline/process.js';
import { pipelineContext } from '../pipeline/context.js';
import type { Store } from '../store/types.js';
import type { ApiIngestResult } from '../web/api-types.js';
import type { WorkspaceWriter } from './api.js';
import type { IngestReportInput } from './schemas.js';

export class PipelineWriter implements WorkspaceWriter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly changed: () => void,
  ) {}

  /** Requests are run one after another: the store takes one writer at a time. */
  ingest(reports: IngestReportInput[]): Promise<ApiIngestResult> {
    const run = this.queue.then(() => this.run(reports));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(reports: IngestReportInput[]): Promise<ApiIngestResult> {
    const result: ApiIngestResult = { received: reports.length, stored: 0, duplicates: 0, failed: [], mentions: 0, events: { created: 0, updated: 0 } };
    const ctx = pipelineContext();
    for (const [i, input] of reports.entries()) {
      try {
        const item = jsonlLine(JSON.stringify(input), i + 1, 'api', {});
        if (!item.ok) {
          result.failed.push({ id: input.id, code: item.message.code, message: item.message.reason });
          continue;
        }
        if (this.store.hasReport(item.report.hash)) {
          result.duplicates++;
          continue;
        }
        const saved = this.store.saveProcessed(processReport(item.report, ctx));
        if (saved.stored) {
          result.stored++;
          result.mentions += saved.mentions;
        } else result.duplicates++;
      } catch (e) {
        result.failed.push({ id: input.id, code: 'ingest/failed', message: e instanceof Error ? e.message : String(e) });
      }
      // Let the page's reads through between reports.
      await new Promise((r) => setImmediate(r));
    }
    if (result.stored) {
      const summary = this.store.resolvePending();
      result.events = { created: summary.created, updated: summary.updated };
      this.changed();
    }
    return result;
  }
}
