// Opens the event store for `run`, turning failures (no such directory, not a database, a newer
// schema) into one clear line instead of a stack trace.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import { openStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';

export function openConfiguredStore(path: string): Store {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) throw new UsageError(`--db ${path}: the directory ${dir} does not exist`);
  if (existsSync(path) && !statSync(path).isFile()) throw new UsageError(`--db ${path} is not a file`);
  try {
    return openStore(path);
  } catch (err) {
    throw new Error(`cannot open the database ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
