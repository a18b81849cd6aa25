// The gazetteer's disk cache: one binary file per set of inputs, named by a hash of the inputs'
// paths, sizes and modification times (so adding a file or upgrading a package rebuilds it).
// Layout: "SGZ1" | u32 header length | JSON header | padding to 4 | Int32 arrays of the indexes.
// Written to a temporary file and renamed, so concurrent builders never expose a partial file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildInputs } from './build.js';
import type { GazetteerData, NameIndex } from './store.js';

/** Bump when the build's output changes for the same inputs. */
export const BUILD_VERSION = 22;
const MAGIC = 'SGZ1';

export function inputsKey(inputs: BuildInputs): string {
  const h = createHash('sha256').update(`v${BUILD_VERSION}`);
  for (const f of [inputs.cities, inputs.admin1, inputs.admin2, inputs.countries, ...inputs.supplements, ...inputs.userFiles]) {
    const st = statSync(f);
    h.update(`${f}|${st.size}|${st.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

export function cacheFile(dir: string, key: string): string {
  return join(dir, `gazetteer-${key}.bin`);
}

interface Header extends Omit<GazetteerData, 'folded' | 'skeletal'> {
  folded: { keys: string[]; offsets: number; postings: number };
  skeletal: { keys: string[]; offsets: number; postings: number };
}

export function writeCache(file: string, dir: string, data: GazetteerData): void {
  mkdirSync(dir, { recursive: true });
  const header: Header = {
    ...data,
    folded: { keys: data.folded.keys, offsets: data.folded.offsets.length, postings: data.folded.postings.length },
    skeletal: { keys: data.skeletal.keys, offsets: data.skeletal.offsets.length, postings: data.skeletal.postings.length },
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((8 + json.length) % 4)) % 4;
  const head = Buffer.alloc(8 + json.length + pad, 0x20);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  json.copy(head, 8);
  const arrays = [data.folded.offsets, data.folded.postings, data.skeletal.offsets, data.skeletal.postings].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, Buffer.concat([head, ...arrays]));
  renameSync(tmp, file);
  pruneStale(dir, file);
}

/** A cache nobody has loaded for this long belongs to inputs that are gone (an upgrade, a removed file). */
const STALE_MS = 14 * 24 * 3600 * 1000;

/**
 * Caches of other inputs are removed only once stale: two installs sharing one cache folder (a
 * checkout and a global install, two worktrees) each keep theirs, instead of deleting each other's
 * and rebuilding on every start. Loading a cache stamps it (readCache), so "stale" means unused.
 */
export function pruneStale(dir: string, keep: string): void {
  const now = Date.now();
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (!f.startsWith('gazetteer-') || path === keep) continue;
    // Leftover temporaries of a build that was killed count as stale at once.
    const isTmp = f.endsWith('.tmp');
    if (!isTmp && !f.endsWith('.bin')) continue;
    try {
      const age = now - statSync(path).mtimeMs;
      if (age > (isTmp ? 3600 * 1000 : STALE_MS)) unlinkSync(path);
    } catch {
      /* another process may have removed it */
    }
  }
}

/** Marks a cache as in use (its mtime), so that pruneStale keeps it; a read-only folder is fine. */
function stampUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    /* read-only cache folder: nothing to mark */
  }
}

/** The cached gazetteer, or null if missing or unreadable (then it is rebuilt). */
export function readCache(file: string): GazetteerData | null {
  if (!existsSync(file)) return null;
  try {
    const buf = readFileSync(file);
    stampUsed(file);
    if (buf.toString('latin1', 0, 4) !== MAGIC) return null;
    const len = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as Header;
    let at = 8 + len + ((4 - ((8 + len) % 4)) % 4);
    // Copy into aligned memory (Buffer pooling may leave the slice unaligned).
    const take = (n: number): Int32Array => {
      const out = new Int32Array(n);
      new Uint8Array(out.buffer).set(buf.subarray(at, at + n * 4));
      at += n * 4;
      return out;
    };
    const index = (h: Header['folded']): NameIndex => {
      const offsets = take(h.offsets);
      const postings = take(h.postings);
      return { keys: h.keys, offsets, postings };
    };
    const folded = index(header.folded);
    const skeletal = index(header.skeletal);
    return { ...header, folded, skeletal };
  } catch {
    return null;
  }
}
