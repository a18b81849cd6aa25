// The Gazetteer object: loads (or builds and caches) the data and answers name lookups.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, type BuildInputs } from './build.js';
import { cacheFile, inputsKey, readCache, writeCache } from './cache.js';
import { fold, skeleton } from './fold.js';
import { cacheDir, packagedInputs, userGazetteerDir } from './paths.js';
import { hasPrefix, KIND, LEVELS, lookupIndex, type GazetteerData, type Level, type NameKind } from './store.js';

export interface NameMatch {
  entry: number;
  kind: NameKind;
  /** Matched through the transliteration skeleton rather than the folded name. */
  fuzzy: boolean;
}

export interface GazetteerInfo {
  entries: number;
  names: number;
  skeletonKeys: number;
  sources: Record<string, number>;
  cachePath: string;
  userDir: string;
  userFiles: string[];
  builtNow: boolean;
  loadMs: number;
}

export class Gazetteer {
  readonly size: number;
  constructor(
    readonly data: GazetteerData,
    readonly meta: { cachePath: string; userDir: string; userFiles: string[]; builtNow: boolean; loadMs: number },
  ) {
    this.size = data.entries.id.length;
  }

  // News repeats its names and recognition probes the same n-grams again and again: lookups are
  // memoised (bounded). Results are shared: callers must not mutate them.
  private readonly exactMemo = new Map<string, NameMatch[]>();
  private readonly skeletonMemo = new Map<string, NameMatch[]>();
  private readonly prefixMemo = new Map<string, boolean>();

  private exact(folded: string): NameMatch[] {
    let hit = this.exactMemo.get(folded);
    if (!hit) {
      if (this.exactMemo.size > 200000) this.exactMemo.clear();
      hit = lookupIndex(this.data.folded, folded).map((p) => ({ ...p, fuzzy: false }));
      this.exactMemo.set(folded, hit);
    }
    return hit;
  }

  /** Entries whose name folds to `folded` (already folded), and skeleton matches as a fallback. */
  lookupFolded(folded: string, raw: string, allowFuzzy = true): NameMatch[] {
    const exact = this.exact(folded);
    if (exact.length || !allowFuzzy) return exact;
    return this.lookupSkeleton(raw);
  }

  lookupSkeleton(raw: string): NameMatch[] {
    const key = skeleton(raw);
    let hit = this.skeletonMemo.get(key);
    if (!hit) {
      if (this.skeletonMemo.size > 200000) this.skeletonMemo.clear();
      hit = lookupIndex(this.data.skeletal, key).map((p) => ({ ...p, fuzzy: true }));
      this.skeletonMemo.set(key, hit);
    }
    return hit;
  }

  private readonly memo = new Map<string, NameMatch[]>();

  /** Lookups by raw name are memoised (news repeats its names); the memo is bounded. */
  lookup(name: string, allowFuzzy = true): NameMatch[] {
    const key = (allowFuzzy ? '1' : '0') + name;
    let hit = this.memo.get(key);
    if (!hit) {
      if (this.memo.size > 50000) this.memo.clear();
      hit = this.lookupFolded(fold(name), name, allowFuzzy);
      this.memo.set(key, hit);
    }
    return hit;
  }

  /** Whether a longer name could start with this folded prefix (for multi-word recognition). */
  couldExtend(foldedPrefix: string): boolean {
    return this.prefix('f' + foldedPrefix, () => hasPrefix(this.data.folded, foldedPrefix + ' '));
  }

  hasSkeletonPrefix(prefix: string): boolean {
    return prefix.length > 0 && this.prefix('s' + prefix, () => hasPrefix(this.data.skeletal, prefix));
  }

  private prefix(key: string, compute: () => boolean): boolean {
    let hit = this.prefixMemo.get(key);
    if (hit === undefined) {
      if (this.prefixMemo.size > 200000) this.prefixMemo.clear();
      hit = compute();
      this.prefixMemo.set(key, hit);
    }
    return hit;
  }

  id(i: number): string {
    return this.data.entries.id[i]!;
  }
  name(i: number): string {
    return this.data.entries.name[i]!;
  }
  lat(i: number): number {
    return this.data.entries.lat[i]!;
  }
  lon(i: number): number {
    return this.data.entries.lon[i]!;
  }
  private code(col: number[], i: number): string {
    return this.data.codes[col[i]!]!;
  }
  countryCode(i: number): string {
    return this.code(this.data.entries.cc, i);
  }
  countryName(cc: string): string | null {
    return this.data.countryNames[cc] ?? null;
  }
  admin1Code(i: number): string {
    return this.code(this.data.entries.admin1, i);
  }
  admin2Code(i: number): string {
    return this.code(this.data.entries.admin2, i);
  }
  admin1Name(i: number): string | null {
    const code = this.admin1Code(i);
    return code ? (this.data.admin1Names[code] ?? null) : null;
  }
  admin2Name(i: number): string | null {
    const code = this.admin2Code(i);
    return code ? (this.data.admin2Names[code] ?? null) : null;
  }
  featureCode(i: number): string {
    return this.code(this.data.entries.fcode, i);
  }
  level(i: number): Level {
    return LEVELS[this.data.entries.level[i]!]!;
  }
  population(i: number): number {
    return this.data.entries.pop[i]!;
  }
  altCount(i: number): number {
    return this.data.entries.alts[i]!;
  }
  source(i: number): string {
    return this.data.sources[this.data.entries.source[i]!]!;
  }
  /** The entry of an admin1 division (its representative point), by code "SY.09". */
  admin1Entry(code: string): number | null {
    return this.data.admin1Entry[code] ?? null;
  }
  /** The seat of an admin1 division: where province-only events are placed. */
  admin1Seat(code: string): number | null {
    return this.data.admin1SeatEntry?.[code] ?? null;
  }
  countryEntry(cc: string): number | null {
    return this.data.countryEntry[cc] ?? null;
  }
  private capitals: Map<string, number> | undefined;
  /** A country's capital (its PPLC; the most populous if GeoNames lists more than one). */
  capital(cc: string): number | null {
    if (!this.capitals) {
      this.capitals = new Map();
      for (let i = 0; i < this.size; i++) {
        if (this.featureCode(i) !== 'PPLC') continue;
        const c = this.countryCode(i);
        const held = this.capitals.get(c);
        if (held === undefined || this.population(i) > this.population(held)) this.capitals.set(c, i);
      }
    }
    return this.capitals.get(cc) ?? null;
  }
  /** Is `inner` inside `outer` (same country / admin1 / admin2 as outer's level)? */
  contains(outer: number, inner: number): boolean {
    if (outer === inner) return false;
    const lv = this.level(outer);
    const e = this.data.entries;
    if (lv === 'country') return e.cc[inner] === e.cc[outer] && this.level(inner) !== 'country';
    if (lv === 'admin1') return e.admin1[outer] !== 0 && e.admin1[inner] === e.admin1[outer] && this.level(inner) !== 'admin1';
    if (lv === 'admin2') return e.admin2[outer] !== 0 && e.admin2[inner] === e.admin2[outer] && this.level(inner) === 'place';
    return false;
  }

  info(): GazetteerInfo {
    const sources: Record<string, number> = {};
    for (const s of this.data.entries.source) {
      const name = this.data.sources[s]!.split(':')[0]!;
      sources[name] = (sources[name] ?? 0) + 1;
    }
    return {
      entries: this.size,
      names: this.data.folded.keys.length,
      skeletonKeys: this.data.skeletal.keys.length,
      sources,
      ...this.meta,
    };
  }
}

export function currentInputs(): BuildInputs {
  const p = packagedInputs();
  const supplements = existsSync(p.supplementDir)
    ? readdirSync(p.supplementDir).filter((f) => /\.(tsv|csv)$/.test(f)).sort().map((f) => join(p.supplementDir, f))
    : [];
  const userDir = userGazetteerDir();
  const userFiles = existsSync(userDir)
    ? readdirSync(userDir).filter((f) => !f.startsWith('.') && statSync(join(userDir, f)).isFile()).sort().map((f) => join(userDir, f))
    : [];
  return { ...p, supplements, userFiles };
}

let loaded: { key: string; gaz: Gazetteer } | null = null;

/** Drop the memoised gazetteer (a few hundred MB): the next load reads the cache again. */
export function forgetGazetteer(): void {
  loaded = null;
}

/** Loads the gazetteer (building and caching it when its inputs changed). Memoised per process. */
export function loadGazetteerFrom(opts: { rebuild?: boolean } = {}): Gazetteer {
  const t0 = performance.now();
  const inputs = currentInputs();
  const key = inputsKey(inputs);
  if (loaded && loaded.key === key && !opts.rebuild) return loaded.gaz;
  const dir = cacheDir();
  const file = cacheFile(dir, key);
  let data = opts.rebuild ? null : readCache(file);
  const builtNow = !data;
  if (!data) {
    data = buildGazetteer(inputs);
    try {
      writeCache(file, dir, data);
    } catch (err) {
      // A read-only home still works, only slower to start.
      process.emitWarning(`sitrep: could not write gazetteer cache ${file}: ${(err as Error).message}`);
    }
  }
  const gaz = new Gazetteer(data, { cachePath: file, userDir: userGazetteerDir(), userFiles: inputs.userFiles, builtNow, loadMs: Math.round(performance.now() - t0) });
  loaded = { key, gaz };
  return gaz;
}

export { KIND };
