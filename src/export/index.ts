// Exports of stored events, streamed: each format is a generator of text chunks, written with
// back-pressure, so 100,000 events never become one string in memory.
import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EventFilters, EventSummary, StoreReader } from '../store/read.js';
import { acledCsv } from './acled-csv.js';
import { geojson } from './geojson.js';
import { jsonl } from './jsonl.js';

export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** The chunks of an export of these events. */
export function exportChunks(events: Iterable<EventSummary>, format: ExportFormat, reader: StoreReader): Generator<string> {
  switch (format) {
    case 'acled-csv':
      return acledCsv(events);
    case 'geojson':
      return geojson(events);
    case 'jsonl':
      return jsonl(events, reader);
  }
}

/** Writes the export of the matching events, oldest first, to a file or a stream (e.g. stdout). Returns the event count. */
export async function writeExport(reader: StoreReader, format: ExportFormat, filters: EventFilters, out: string | Writable): Promise<number> {
  let count = 0;
  const counted = function* (): Generator<EventSummary> {
    for (const e of reader.iterateEvents(filters)) {
      count++;
      yield e;
    }
  };
  const source = Readable.from(exportChunks(counted(), format, reader), { objectMode: false });
  if (typeof out === 'string') await pipeline(source, createWriteStream(out));
  else await pipeline(source, out, { end: false });
  return count;
}
