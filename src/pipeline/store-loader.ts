// Opens the event store for `run`, turning failures (not a database, a newer schema, a read-only
// directory) into one clear line instead of a stack trace.
import { openStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';

export function openConfiguredStore(path: string): Store {
  try {
    return openStore(path);
  } catch (err) {
    throw new Error(`cannot open the database ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
