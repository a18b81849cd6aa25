// GET /api/export: the selection through the store's exporters (src/export), streamed to the client.
import { exportChunks } from '../export/index.js';
import type { EventFilters, StoreReader } from '../store/read.js';
import type { ExportFormat } from './schemas.js';

/** The export's text chunks, in the store's export order. Lazy: nothing is read until the first chunk is asked for. */
export function exportSelection(reader: StoreReader, filters: EventFilters, format: ExportFormat): Iterator<string> {
  return exportChunks(reader.iterateEvents(filters), format, reader);
}
