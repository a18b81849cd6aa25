// Loads the bundled examples once per test process: the files, what ingest makes of them, and what
// the text pipeline makes of each report. Shared by the examples tests.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventMention, ProcessedReport, Report } from '../../src/core/types.js';
import { ingestPaths, type IngestItem } from '../../src/ingest/index.js';
import { pipelineContext } from '../../src/pipeline/context.js';
import { processReport } from '../../src/pipeline/process.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Every example input file (the README describes them and is not one). */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => !f.startsWith('.') && f !== 'README.md')
    .sort();
}

export function examplePath(file: string): string {
  return join(EXAMPLES_DIR, file);
}

export interface IngestedFile {
  file: string;
  items: IngestItem[];
}

let ingested: Promise<IngestedFile[]> | null = null;

/** Each example file ingested on its own, so a failure names its file. */
export function ingestExamples(): Promise<IngestedFile[]> {
  ingested ??= (async () => {
    const out: IngestedFile[] = [];
    for (const file of exampleFiles()) {
      const items: IngestItem[] = [];
      for await (const item of ingestPaths([examplePath(file)])) items.push(item);
      out.push({ file, items });
    }
    return out;
  })();
  return ingested;
}

export interface ProcessedExample extends ProcessedReport {
  /** The example file the report came from. */
  file: string;
}

let processed: Promise<ProcessedExample[]> | null = null;

/** Every report of every example through the text pipeline (sentences, places, events). */
export function processExamples(): Promise<ProcessedExample[]> {
  processed ??= (async () => {
    const ctx = pipelineContext();
    const out: ProcessedExample[] = [];
    for (const { file, items } of await ingestExamples()) {
      for (const item of items) if (item.ok) out.push({ file, ...processReport(item.report, ctx) });
    }
    return out;
  })();
  return processed;
}

/** The one report that matches: a file name, plus a pattern its title or text must match when the file holds several. */
export function pick<T extends { file: string; report: Report }>(all: T[], file: string, pattern?: RegExp): T {
  const found = all.filter(
    (p) => p.file === file && (!pattern || pattern.test(p.report.title ?? '') || pattern.test(p.report.text)),
  );
  if (found.length !== 1) {
    throw new Error(`expected one report in ${file}${pattern ? ` matching ${pattern}` : ''}, found ${found.length}`);
  }
  return found[0]!;
}

/** The reports of one ingested file (ok items only). */
export function reportsOf(files: IngestedFile[], file: string): Report[] {
  const f = files.find((x) => x.file === file);
  if (!f) throw new Error(`no example file ${file}`);
  return f.items.flatMap((i) => (i.ok ? [i.report] : []));
}

/** A one-line summary of events, for assertion messages: what the pipeline did find. */
export function describeEvents(events: EventMention[]): string {
  if (!events.length) return 'no events';
  return events
    .map(
      (e, i) =>
        `#${i} ${e.sub_event_type} | ${e.event_date ?? '?'} | ${e.actor1 ?? '-'} vs ${e.actor2 ?? '-'} | ` +
        `${e.location?.name ?? '?'}, ${e.location?.admin1 ?? '?'}, ${e.location?.country ?? '?'} | ` +
        `fat ${e.fatalities} | ${e.claim.status}${e.claim.by ? ' by ' + e.claim.by : ''} | "${e.evidence.text.slice(0, 60)}"`,
    )
    .join('\n  ');
}

/** Case- and accent-insensitive, for place and actor names that vary in transliteration. */
export function fold(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}
