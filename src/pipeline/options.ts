// Validation of the options shared by `run` and `extract`: bad values are usage errors (exit 2).
import { UsageError } from '../cli/errors.js';
import { defaultJobs, maxJobs } from './runner.js';

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${value}"`);
  }
  const cap = maxJobs();
  if (Number(value) > cap) {
    // Each worker holds its own copy of the gazetteer and models: more would exhaust memory.
    process.stderr.write(`sitrep: --jobs ${value} would need more memory than this machine has; using ${cap}\n`);
    return cap;
  }
  return Number(value);
}

export function parseDateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  // Round-trip check: rejects 2024-02-31 and month 13, not only the shape.
  if (!d || d.toISOString().slice(0, 10) !== value) throw new UsageError(`--date must be a real date as YYYY-MM-DD, not "${value}"`);
  return value;
}
