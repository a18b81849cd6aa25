// The in-memory gazetteer: columnar entries plus two sorted name indexes (folded names and
// transliteration skeletons) searched by binary search. Sorted arrays rather than Maps: they load
// from the cache with no per-key work, take less memory, and answer prefix questions
// ("is any name longer than 'deir ez'?") that multi-word recognition needs.

export type Level = 'country' | 'admin1' | 'admin2' | 'place' | 'region';
export const LEVELS: readonly Level[] = ['place', 'admin2', 'admin1', 'country', 'region'];

/** How a name belongs to an entry. */
export const KIND = { primary: 0, alternate: 1, code: 2, demonym: 3 } as const;
export type NameKind = (typeof KIND)[keyof typeof KIND];

export interface EntryColumns {
  id: string[];
  name: string[];
  lat: number[];
  lon: number[];
  // Codes are indexes into GazetteerData.codes: repeated strings stored once (memory).
  cc: number[];
  admin1: number[];
  admin2: number[];
  fcode: number[];
  level: number[]; // index into LEVELS
  pop: number[];
  alts: number[];
  source: number[]; // index into sources
}

export interface NameIndex {
  keys: string[];
  /** postings of keys[i] are postings[offsets[i] .. offsets[i+1]); each is entry * 4 + kind. */
  offsets: Int32Array;
  postings: Int32Array;
}

export interface GazetteerData {
  entries: EntryColumns;
  sources: string[];
  /** Table of the code strings (country, admin1, admin2, feature codes); index 0 is ''. */
  codes: string[];
  countryNames: Record<string, string>;
  admin1Names: Record<string, string>;
  admin2Names: Record<string, string>;
  /** admin1 code ("SY.09") -> entry index of the division itself. */
  admin1Entry: Record<string, number>;
  /** admin1 code -> entry index of its seat (PPLA, else most populous place). */
  admin1SeatEntry: Record<string, number>;
  countryEntry: Record<string, number>;
  folded: NameIndex;
  skeletal: NameIndex;
}

export interface Posting {
  entry: number;
  kind: NameKind;
}

/** First index i with keys[i] >= key. */
export function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lookupIndex(index: NameIndex, key: string): Posting[] {
  if (!key) return [];
  const i = lowerBound(index.keys, key);
  if (i >= index.keys.length || index.keys[i] !== key) return [];
  const out: Posting[] = [];
  for (let p = index.offsets[i]!; p < index.offsets[i + 1]!; p++) {
    const v = index.postings[p]!;
    out.push({ entry: v >>> 2, kind: (v & 3) as NameKind });
  }
  return out;
}

/** Whether some key starts with `prefix` (so a longer multi-word match may still exist). */
export function hasPrefix(index: NameIndex, prefix: string): boolean {
  const i = lowerBound(index.keys, prefix);
  return i < index.keys.length && index.keys[i]!.startsWith(prefix);
}

/** Builds a NameIndex from (key, entry, kind) triples; duplicate triples collapse. */
export function buildIndex(triples: Map<string, Set<number>>): NameIndex {
  const keys = [...triples.keys()].sort();
  const offsets = new Int32Array(keys.length + 1);
  let total = 0;
  for (let i = 0; i < keys.length; i++) {
    offsets[i] = total;
    total += triples.get(keys[i]!)!.size;
  }
  offsets[keys.length] = total;
  const postings = new Int32Array(total);
  let p = 0;
  for (const k of keys) {
    for (const v of [...triples.get(k)!].sort((a, b) => a - b)) postings[p++] = v;
  }
  return { keys, offsets, postings };
}
