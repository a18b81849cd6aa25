// Word meaning for the sub-event model, from GloVe's word vectors (public domain): each of the
// 40,000 most frequent English words has a vector and two cluster ids (words of like use share a
// cluster: "shelled", "bombarded", "stormed"). The model weighs a sentence's clusters as features
// and its mean vector as a point, so it can judge wire-story words our training sentences never
// used by the words they resemble. Built by scripts/build-embeddings.mjs into data/embeddings/;
// loaded once, lazily. SITREP_EMBEDDINGS names another folder; 'none' turns them off.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WordMeaning {
  dims: number;
  /** The word's cluster features ("k:757", "K:12"), or undefined. */
  clusters(word: string): readonly string[] | undefined;
  /** Add the word's vector into `sum` (no copy); false when the word is not kept. */
  addInto(word: string, sum: Float64Array): boolean;
  /** A cluster's three most frequent words, to show what "k:757" means ("attacked/stormed/raided"). */
  examples(cluster: string): readonly string[];
}

export const DEFAULT_EMBEDDINGS_DIR = fileURLToPath(new URL('../../../data/embeddings/', import.meta.url));

let loaded: WordMeaning | null | undefined;

/** Read a folder written by scripts/build-embeddings.mjs (words.tsv + vectors.i8). */
export function readWordMeaning(dir: string): WordMeaning {
  const tsv = readFileSync(join(dir, 'words.tsv'), 'utf8');
  const bytes = readFileSync(join(dir, 'vectors.i8'));
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let prefixes: string[] = [];
  const rows: { word: string; scale: number; clusters: string[] }[] = [];
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const cols = line.split('\t');
    if (line.startsWith('# levels')) prefixes = cols.slice(1).map((c) => c.split('=')[0]!);
    if (line.startsWith('#')) continue;
    rows.push({ word: cols[0]!, scale: Number(cols[1]), clusters: cols.slice(2).map((id, i) => `${prefixes[i] ?? 'k' + i}:${id}`) });
  }
  const dims = rows.length ? signed.length / rows.length : 0;
  if (!Number.isInteger(dims) || dims === 0) throw new Error(`${dir}: vectors.i8 does not hold one row per word of words.tsv`);
  const all = new Float32Array(signed.length);
  const byWord = new Map<string, number>();
  const examples = new Map<string, string[]>();
  rows.forEach((r, i) => {
    byWord.set(r.word, i);
    // Rows come most frequent first: a cluster's first three are its best-known words.
    for (const c of r.clusters) {
      const list = examples.get(c) ?? [];
      if (list.length < 3) examples.set(c, [...list, r.word]);
    }
    for (let j = 0; j < dims; j++) all[i * dims + j] = signed[i * dims + j]! * r.scale;
  });
  return {
    dims,
    clusters: (w) => {
      const i = byWord.get(w);
      return i === undefined ? undefined : rows[i]!.clusters;
    },
    examples: (c) => examples.get(c) ?? [],
    addInto: (w, sum) => {
      const i = byWord.get(w);
      if (i === undefined) return false;
      for (let j = 0, o = i * dims; j < dims; j++) sum[j]! += all[o + j]!;
      return true;
    },
  };
}

/** The word meaning in use, or null when its files are absent or turned off. */
export function wordMeaning(): WordMeaning | null {
  if (loaded !== undefined) return loaded;
  const dir = process.env.SITREP_EMBEDDINGS || DEFAULT_EMBEDDINGS_DIR;
  loaded = null;
  if (dir === 'none') return loaded;
  // The compiled build lives in dist/: look for the repo's data/ one level further up too.
  for (const d of [dir, dir.replace(/[\\/]dist[\\/]data[\\/]/, '/data/')]) {
    if (!existsSync(join(d, 'words.tsv'))) continue;
    loaded = readWordMeaning(d);
    break;
  }
  return loaded;
}

/**
 * The mean vector of a sentence's content words, L2-normalised, or null when no word is known. A
 * hyphenated word the vectors lack counts as its parts ("government-held").
 */
export function meanVector(words: Iterable<string>, meaning: WordMeaning): Float64Array | null {
  const sum = new Float64Array(meaning.dims);
  let n = 0;
  for (const w of words) {
    if (meaning.addInto(w, sum)) n++;
    else if (w.includes('-')) for (const part of w.split('-')) if (meaning.addInto(part, sum)) n++;
  }
  if (n === 0) return null;
  let norm = 0;
  for (let i = 0; i < sum.length; i++) norm += sum[i]! * sum[i]!;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < sum.length; i++) sum[i]! /= norm;
  return sum;
}
