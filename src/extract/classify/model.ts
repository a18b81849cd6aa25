// A multinomial logistic regression over word, bigram and rule-cue features: small, offline,
// deterministic, and explainable (every prediction lists the features that pushed it).
// Trained inside the project by `sitrep train` on sentences we wrote (data/training/) plus a
// user's own coded sentences; shipped as data/models/subevent.json.

import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CUES } from './cues.js';
import { lowerSameLength } from './rules.js';

/** The label of a sentence that reports no ACLED event. */
export const NONE = 'none';

export interface ModelFile {
  format: 'sitrep-subevent-lr';
  version: 1;
  classes: string[];
  bias: number[];
  /** feature -> flat pairs [classIndex, weight, classIndex, weight, ...] (only non-negligible weights). */
  weights: Record<string, number[]>;
  meta: { trainedOn: number; sources: string[]; epochs: number; l2: number; created: string | null };
}

export interface Prediction {
  label: string;
  prob: number;
  probs: { label: string; prob: number }[];
  /** The features that most favoured the predicted label, with their weights. */
  top: { feature: string; weight: number }[];
}

const STOP = new Set(
  'the a an of in on at to and or for by with from as is was were are be been has have had that this it its their his her which who after during near said says'.split(' '),
);

/** A crude stem: common inflexions off, then the first six letters. */
export function stemOf(word: string): string {
  const w = word.replace(/(?:ations?|itions?|ments?|ings?|edly|ers?|ed|es|ies|s|ly)$/, '');
  return (w.length >= 3 ? w : word).slice(0, 6);
}

/** Features of a sentence: words, word pairs and the rule cues that fire. */
export function featuresOf(sentence: string, cueNames?: Iterable<string>): string[] {
  const lower = lowerSameLength(sentence);
  const words = lower.match(/[a-z0-9][a-z0-9'-]*/g) ?? [];
  const toks = words.map((w) => (/\d/.test(w) ? '<num>' : w));
  const out = new Set<string>();
  let prev = '<s>';
  for (const tok of toks) {
    if (!STOP.has(tok)) {
      out.add('w:' + tok);
      // The stem lets an unseen form share what its siblings taught ("overran"/"overrun", "recaptures").
      if (tok.length > 4 && tok !== '<num>') out.add('s:' + stemOf(tok));
    }
    out.add('b:' + prev + '_' + tok);
    prev = tok;
  }
  if (cueNames) for (const c of cueNames) out.add('c:' + c);
  else for (const c of CUES) if (c.re.test(lower)) out.add('c:' + c.name);
  return [...out];
}

export class SubEventModel {
  /** feature -> one weight per class, dense: adding a row is a tight loop (pairs were 3x slower). */
  private readonly weights: Map<string, Float64Array>;
  readonly classes: string[];
  private readonly bias: number[];

  constructor(readonly file: ModelFile) {
    if (file.format !== 'sitrep-subevent-lr' || !Array.isArray(file.classes) || !Array.isArray(file.bias)) {
      throw new Error('not a sitrep sub-event model file');
    }
    this.classes = file.classes;
    this.bias = file.bias;
    const k = file.classes.length;
    this.weights = new Map();
    for (const [f, pairs] of Object.entries(file.weights)) {
      const row = new Float64Array(k);
      for (let i = 0; i + 1 < pairs.length; i += 2) if (pairs[i]! < k) row[pairs[i]!] = pairs[i + 1]!;
      this.weights.set(f, row);
    }
  }

  predict(features: string[], topN = 5): Prediction {
    const k = this.classes.length;
    const scores = this.bias.slice();
    const rows: [string, Float64Array][] = [];
    for (const f of features) {
      const row = this.weights.get(f);
      if (!row) continue;
      rows.push([f, row]);
      for (let c = 0; c < k; c++) scores[c]! += row[c]!;
    }
    let max = -Infinity;
    for (const s of scores) if (s > max) max = s;
    let sum = 0;
    const probs = scores.map((s) => {
      const e = Math.exp(s - max);
      sum += e;
      return e;
    });
    let best = 0;
    for (let c = 0; c < k; c++) {
      probs[c] = probs[c]! / sum;
      if (probs[c]! > probs[best]!) best = c;
    }
    const top: { feature: string; weight: number }[] = [];
    for (const [f, row] of rows) if (row[best]! > 0) top.push({ feature: f, weight: row[best]! });
    top.sort((a, b) => b.weight - a.weight);
    const ranked = probs.map((prob, c) => ({ label: this.classes[c]!, prob })).sort((a, b) => b.prob - a.prob);
    return { label: this.classes[best]!, prob: probs[best]!, probs: ranked, top: top.slice(0, topN) };
  }
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../data/models/subevent.json', import.meta.url));

let loaded: SubEventModel | null | undefined;

/**
 * The shipped model, loaded once; null when the file is missing or unreadable (the rules then
 * work alone). SITREP_SUBEVENT_MODEL points at another model file; 'none' disables it.
 */
export function defaultModel(): SubEventModel | null {
  if (loaded !== undefined) return loaded;
  const path = process.env.SITREP_SUBEVENT_MODEL || DEFAULT_MODEL_PATH;
  loaded = null;
  if (path === 'none') return loaded;
  // The compiled build lives in dist/: look for the repo's data/ one level further up too.
  const candidates = [path, path.replace(/[\\/]dist[\\/]data[\\/]/, '/data/')];
  for (const p of candidates) {
    if (!existsSync(p)) continue;
    try {
      loaded = new SubEventModel(JSON.parse(readFileSync(p, 'utf8')) as ModelFile);
      break;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

/** Replace the model in use (tests, `sitrep train` then classify in one process). */
export function setModel(model: SubEventModel | null): void {
  loaded = model;
}

/** Forget the model in use: the next classification loads the shipped one again. */
export function resetModel(): void {
  loaded = undefined;
}
