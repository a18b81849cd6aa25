// `sitrep export --format acled-csv|geojson|jsonl [--out FILE] [filters]`: stored events out,
// streamed. A file is written beside its final name and renamed when complete, so a failed
// export never leaves a truncated file that looks finished.
import { renameSync, rmSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, isExportFormat, writeExport } from '../../export/index.js';
import { FilterError, parseFilters, type RawFilters } from '../../store/filters.js';
import { UsageError } from '../errors.js';
import { addFilterOptions, openForQuery } from './query.js';

interface ExportOptions extends RawFilters {
  format: string;
  out?: string;
  db: string;
}

export function register(program: Command): void {
  addFilterOptions(
    program
      .command('export')
      .description('export events: ACLED-compatible CSV, GeoJSON, or JSONL of full events with their mentions'),
  )
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--out <file>', 'write here instead of standard output')
    .option('--db <file>', 'SQLite database', 'sitrep.db')
    .action(async (opts: ExportOptions) => {
      if (!isExportFormat(opts.format)) throw new UsageError(`unknown format "${opts.format}": one of ${EXPORT_FORMATS.join(', ')}`);
      let filters;
      try {
        filters = parseFilters(opts);
      } catch (err) {
        if (err instanceof FilterError) throw new UsageError(err.message);
        throw err;
      }
      const store = openForQuery(opts.db);
      try {
        if (!opts.out) {
          try {
            await writeExport(store.reader, opts.format, filters, process.stdout);
          } catch (err) {
            // The reader went away (`| head`): not an error of the export.
            if ((err as NodeJS.ErrnoException).code !== 'EPIPE') throw err;
          }
          return;
        }
        const partial = `${opts.out}.partial`;
        try {
          const n = await writeExport(store.reader, opts.format, filters, partial);
          renameSync(partial, opts.out);
          process.stderr.write(`sitrep export: ${n} event(s) written to ${opts.out}\n`);
        } catch (err) {
          rmSync(partial, { force: true });
          throw err;
        }
      } finally {
        store.close();
      }
    });
}
