// A multinomial logistic regression over word, stem and rule-cue features (names and numbers as
// class tokens, so it learns phrasing, not which town or group was named): small, offline,
// deterministic, and explainable (every prediction lists the features that pushed it).
// Trained inside the project by `sitrep train` on sentences we wrote (data/training/) plus a
// user's own coded sentences; shipped as data/models/subevent.json.

import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CUES } from './cues.js';
import { lowerSameLength } from './rules.js';
import { lexicon, type TrieNode } from '../actors/lexicon.js';
import { meanVector, wordMeaning, type WordMeaning } from './embeddings.js';

/** The label of a sentence that reports no ACLED event. */
export const NONE = 'none';

export interface ModelFile {
  format: 'sitrep-subevent-lr';
  version: 1;
  classes: string[];
  bias: number[];
  /** feature -> flat pairs [classIndex, weight, classIndex, weight, ...] (only non-negligible weights). */
  weights: Record<string, number[]>;
  /**
   * Weights on the sentence's mean word vector (embeddings.ts): dims x classes, dimension-major,
   * the vector multiplied by `scale` first. Absent in a model trained without word vectors.
   */
  dense?: { dims: number; scale: number; weights: number[] };
  meta: { trainedOn: number; sources: string[]; epochs: number; l2: number; created: string | null; bags?: number };
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

// Words recur across sentences: each is stemmed once (bounded: a long run meets many words).
const stems = new Map<string, string>();

/** A crude stem: common inflexions off, then the first six letters. */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    const w = word.replace(/(?:ations?|itions?|ments?|ings?|edly|ers?|ed|es|ies|s|ly)$/, '');
    stem = (w.length >= 3 ? w : word).slice(0, 6);
    if (stems.size > 50_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** Small words capitalised only in a title-case line ("Rebels Seize Town In North"). */
const TITLE_CASE_TELL = new Set('in on at to for and with after over into near amid'.split(' '));

/** Months and weekdays: capitalised, but neither a place nor an actor. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Lower-case articles inside Arabic names ("al-Sham", "ad-Dawla"). */
const NAME_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);

/** Words after which a capitalised name is most likely a place ("in Ariha", "near Bulo Marer"). */
const PLACE_BEFORE = new Set('in near at around outside into towards toward across from of to through inside'.split(' '));

/**
 * The sentence's tokens, lower-cased, with names and numbers replaced by class tokens: a run of
 * capitalised words inside the sentence becomes its kind from the actor lexicon (<actor-state>,
 * <actor-nonstate>, <country>), else <place> after a place preposition and <name> otherwise; a
 * number <num>, a capitalised month or weekday <date>. Names do not transfer to unseen news (a weight on "palmyra" taught
 * "regains territory"); the model should learn "recaptured <place>", not which town it was. The
 * sentence-initial word is spared (it is capitalised anyway), and so is a title-case line (a
 * headline), where capitals say nothing.
 */
export function tokensOf(sentence: string, lower: string): string[] {
  // The words: runs of [a-z0-9'-] opening with a letter or digit (scanned by hand: this runs on
  // every sentence, and a regex iterator allocates a match per word).
  const starts: number[] = [];
  const ends: number[] = [];
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isWordHead(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i++;
    while (i < n && isWordTail(lower.charCodeAt(i))) i++;
    starts.push(from);
    ends.push(i);
  }
  const count = starts.length;
  const words: string[] = new Array(count);
  let capitals = 0;
  let cappedSmallWord = false;
  for (let i = 0; i < count; i++) {
    const w = (words[i] = lower.slice(starts[i]!, ends[i]!));
    if (!isCapitalised(sentence, starts[i]!, w.length)) continue;
    capitals++;
    if (i > 0 && TITLE_CASE_TELL.has(w)) cappedSmallWord = true;
  }
  const titleCase = cappedSmallWord || capitals > 0.8 * count;
  const toks: string[] = [];
  let prevEnd = -1;
  let inName = false;
  for (let i = 0; i < count; i++) {
    const w = words[i]!;
    const at = starts[i]!;
    if (hasDigit(lower, at, ends[i]!)) toks.push('<num>');
    // Only capitalised: "may" and "march" are also a modal and a protest.
    else if (CALENDAR.has(w) && isCapitalised(sentence, at, w.length)) toks.push('<date>');
    // "Hayat Tahrir al Sham": the article continues the name.
    else if (inName && NAME_RUN_ARTICLES.has(w)) {
      prevEnd = at + w.length;
      continue;
    } else if (!titleCase && !startsSentence(sentence, at, prevEnd) && isCapitalised(sentence, at, w.length)) {
      // A multi-word name ("Bulo Marer", "Islamic State") is one token.
      if (inName) {
        prevEnd = at + w.length;
        continue;
      }
      const last = toks[toks.length - 1];
      const cls = nameClass(sentence, lower, at) ?? (PLACE_BEFORE.has(last ?? '') ? '<place>' : '<name>');
      toks.push(cls);
      inName = cls[0] === '<';
      prevEnd = at + w.length;
      continue;
    } else if (isCapitalised(sentence, at, w.length) && (titleCase || startsSentence(sentence, at, prevEnd))) {
      // "Congolese army spokesman said ...", a headline in title case: a capital there says nothing,
      // but a country or a named actor the lexicon knows is still a name, not a word to learn
      // (else "Congolese" comes to mean a government regaining territory).
      const cls = nameClass(sentence, lower, at);
      if (cls && cls[0] === '<') {
        toks.push(cls);
        inName = true;
        prevEnd = at + w.length;
        continue;
      }
      toks.push(w);
    } else toks.push(w);
    inName = false;
    prevEnd = at + w.length;
  }
  return toks;
}

/** Articles that continue a name already begun ("Hayat Tahrir al Sham"). */
const NAME_RUN_ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'az']);

/** [a-z0-9]: what a word opens with. */
function isWordHead(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
/** [a-z0-9'-]: what a word goes on with. */
function isWordTail(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45;
}
function hasDigit(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * What kind of name starts at `at`, from the actor lexicon: a state's forces, another named actor
 * (rebels, militias), a country, or a generic actor word kept as itself ("Police"). Null when the
 * lexicon does not know it.
 */
function nameClass(sentence: string, lower: string, at: number): string | null {
  let n: TrieNode | undefined = lexicon().root;
  let found: string | null = null;
  let first: string | null = null;
  // Only the capitalised run (and the article inside "Hayat Tahrir al-Sham") names: in "Syrian army"
  // the name is "Syrian", and "army" stays a word of its own.
  // The runs of [a-z0-9] within the 60 characters from `at` (one cut at that bound ends there).
  const bound = Math.min(lower.length, at + 60);
  for (let i = at; i < bound; ) {
    if (!isWordHead(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i++;
    while (i < bound && isWordHead(lower.charCodeAt(i))) i++;
    const part = lower.slice(from, i);
    first ??= part;
    if (!isCapitalised(sentence, from, part.length) && !NAME_ARTICLES.has(part)) break;
    n = n.next.get(part);
    if (!n) break;
    for (const { entry } of n.entries) {
      if (entry.kind === 'named') found = entry.actor.inter === 1 ? '<actor-state>' : '<actor-nonstate>';
      else if (entry.kind === 'country') found = '<country>';
      else found = first;
    }
  }
  return found;
}

/** Whether a word holds a capital letter (Ariha, HTS, al-Qaryatayn). */
function isCapitalised(sentence: string, at: number, len: number): boolean {
  for (let i = at; i < at + len; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Whether a word opens the sentence or a clause after a full stop, dash or quote. */
function startsSentence(sentence: string, at: number, prevEnd: number): boolean {
  if (prevEnd < 0) return true;
  for (let i = prevEnd; i < at; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x2014) return true;
  }
  return false;
}

/**
 * Features of a sentence: its words (names and numbers as class tokens; a word of five letters or
 * more as its stem only, so "recaptured" and "recaptures" are one feature) and the rule cues that
 * fire. No word pairs: chosen by 5-fold cross-validation over our sentences (issue #3), the model
 * alone scored 0.871 with words, stems and bigrams, 0.884 without bigrams, 0.898 with stems in
 * place of long words; pairs of content words, skip-pairs, stem bigrams, the first verb, and
 * negation or hedge markers all scored the same or lower. The cues carry most across phrasings
 * (0.83 without them).
 */
export function featuresOf(sentence: string, cueNames?: Iterable<string>): string[] {
  const lower = lowerSameLength(sentence);
  const out = new Set<string>();
  const meaning = wordMeaning();
  for (const tok of tokensOf(sentence, lower)) {
    if (STOP.has(tok)) continue;
    out.add(tok.length > 4 && tok[0] !== '<' ? 's:' + stemOf(tok) : 'w:' + tok);
    const clusters = meaning?.clusters(tok);
    if (clusters) for (const f of clusters) out.add(f);
  }
  if (cueNames) for (const c of cueNames) out.add('c:' + c);
  else for (const c of CUES) if (c.re.test(lower)) out.add('c:' + c.name);
  return [...out];
}

/** The words of a sentence that carry meaning: its tokens less stop words and class tokens. */
function contentWords(toks: string[]): string[] {
  return toks.filter((t) => t[0] !== '<' && !STOP.has(t));
}

/** The sentence's mean word vector times `scale`, or null (no vectors installed, or no known word). */
export function denseOf(sentence: string, scale: number, toks?: string[]): Float64Array | null {
  const meaning = wordMeaning();
  if (!meaning) return null;
  const v = meanVector(contentWords(toks ?? tokensOf(sentence, lowerSameLength(sentence))), meaning);
  if (v && scale !== 1) for (let i = 0; i < v.length; i++) v[i]! *= scale;
  return v;
}

/** One feature's weights, and the call that last counted it (dedupes without a Set of strings). */
interface Row {
  feature: string;
  weights: Float64Array;
  seen: number;
}

export class SubEventModel {
  /** feature -> one weight per class, dense: adding a row is a tight loop (pairs were 3x slower). */
  private readonly weights: Map<string, Row>;
  // The same rows by the parts of their name: `predictSentence` looks a token up as it is, rather
  // than building and hashing "w:" and "s:" strings for every word of every sentence.
  private readonly words = new Map<string, Row>();
  private readonly stemRows = new Map<string, Row>();
  private readonly cues = new Map<string, Row>();
  private stamp = 0;
  /** Rows by token for predictSentence, for the word meaning they were read with (see there). */
  private readonly tokenRows = new Map<string, Row[]>();
  private tokenRowsMeaning: WordMeaning | null | undefined = undefined;
  readonly classes: string[];
  private readonly bias: number[];
  /** Weights on the mean word vector, class-major ([c * dims + d]); null without a vector part. */
  private readonly denseByClass: Float64Array | null;
  private readonly denseDims: number;
  readonly denseScale: number;

  constructor(readonly file: ModelFile) {
    if (file.format !== 'sitrep-subevent-lr' || !Array.isArray(file.classes) || !Array.isArray(file.bias)) {
      throw new Error('not a sitrep sub-event model file');
    }
    this.classes = file.classes;
    this.bias = file.bias;
    const k = file.classes.length;
    this.weights = new Map();
    this.denseScale = file.dense?.scale ?? 1;
    this.denseDims = file.dense?.dims ?? 0;
    // The file keeps them dimension-major; class-major lets fromRows sum each class's dense score
    // over the dimensions in one contiguous run, instead of updating 26 sums per dimension.
    if (file.dense) {
      const dims = this.denseDims, w = file.dense.weights;
      this.denseByClass = new Float64Array(dims * k);
      for (let d = 0; d < dims; d++) for (let c = 0; c < k; c++) this.denseByClass[c * dims + d] = w[d * k + c]!;
    } else this.denseByClass = null;
    for (const [f, pairs] of Object.entries(file.weights)) {
      const row = new Float64Array(k);
      for (let i = 0; i + 1 < pairs.length; i += 2) if (pairs[i]! < k) row[pairs[i]!] = pairs[i + 1]!;
      const r: Row = { feature: f, weights: row, seen: 0 };
      this.weights.set(f, r);
      const kind = f.slice(0, 2), rest = f.slice(2);
      if (kind === 'w:') this.words.set(rest, r);
      else if (kind === 's:') this.stemRows.set(rest, r);
      else if (kind === 'c:') this.cues.set(rest, r);
    }
  }

  /** `sentence` gives the word-vector part, when the model has one. */
  predict(features: string[], topN = 5, sentence?: string): Prediction {
    const rows: Row[] = [];
    for (const f of features) {
      const row = this.weights.get(f);
      if (row) rows.push(row);
    }
    return this.fromRows(rows, topN, this.denseByClass && sentence !== undefined ? denseOf(sentence, this.denseScale) : null);
  }

  /**
   * The same as `predict(featuresOf(sentence, cueNames))`, feature for feature and in the same
   * order (so the same sums to the last bit), without building the feature strings.
   */
  predictSentence(sentence: string, lower: string, cueNames: Iterable<string>, topN = 5): Prediction {
    const stamp = ++this.stamp;
    const rows: Row[] = [];
    const take = (r: Row | undefined) => {
      if (r && r.seen !== stamp) {
        r.seen = stamp;
        rows.push(r);
      }
    };
    const toks = tokensOf(sentence, lower);
    const meaning = wordMeaning();
    if (meaning !== this.tokenRowsMeaning) {
      this.tokenRows.clear();
      this.tokenRowsMeaning = meaning;
    }
    for (const tok of toks) {
      // A token's rows (its word or stem, then its clusters', in that order) are the same in every
      // sentence: looked up once per distinct token, not per occurrence (stems, cluster names and
      // their feature strings were hashed again for every word of every sentence).
      let rs = this.tokenRows.get(tok);
      if (rs === undefined) {
        rs = [];
        if (!STOP.has(tok)) {
          const r = tok.length > 4 && tok[0] !== '<' ? this.stemRows.get(stemOf(tok)) : this.words.get(tok);
          if (r) rs.push(r);
          const clusters = meaning?.clusters(tok);
          if (clusters) for (const f of clusters) {
            const cr = this.weights.get(f);
            if (cr) rs.push(cr);
          }
        }
        if (this.tokenRows.size > 100_000) this.tokenRows.clear();
        this.tokenRows.set(tok, rs);
      }
      for (let i = 0; i < rs.length; i++) take(rs[i]);
    }
    for (const c of cueNames) take(this.cues.get(c));
    return this.fromRows(rows, topN, this.denseByClass ? denseOf(sentence, this.denseScale, toks) : null);
  }

  private fromRows(rows: Row[], topN: number, vector: Float64Array | null): Prediction {
    const k = this.classes.length;
    // Typed arrays throughout (doubles, as plain numbers are): the same additions in the same order,
    // so the same sums to the last bit, without boxed array elements or a closure per call.
    const scores = new Float64Array(k);
    for (let c = 0; c < k; c++) scores[c] = this.bias[c]!;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!.weights;
      for (let c = 0; c < k; c++) scores[c]! += row[c]!;
    }
    const denseScores = new Float64Array(k);
    const byClass = this.denseByClass;
    // Vectors of another build (other dimensions) than the model was trained with are not read.
    if (vector && byClass && vector.length === this.denseDims) {
      const dims = this.denseDims;
      for (let c = 0; c < k; c++) {
        const base = c * dims;
        let acc = 0;
        for (let d = 0; d < dims; d++) {
          const x = vector[d]!;
          if (x !== 0) acc += x * byClass[base + d]!;
        }
        denseScores[c] = acc;
      }
      for (let c = 0; c < k; c++) scores[c]! += denseScores[c]!;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) if (scores[c]! > max) max = scores[c]!;
    let sum = 0;
    const probs = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      const e = Math.exp(scores[c]! - max);
      sum += e;
      probs[c] = e;
    }
    let best = 0;
    for (let c = 0; c < k; c++) {
      probs[c] = probs[c]! / sum;
      if (probs[c]! > probs[best]!) best = c;
    }
    const top: { feature: string; weight: number }[] = [];
    for (const { feature, weights: row } of rows) if (row[best]! > 0) top.push({ feature, weight: row[best]! });
    if (denseScores[best]! > 0) top.push({ feature: 'meaning-of-the-words', weight: Math.round(denseScores[best]! * 1000) / 1000 });
    top.sort((a, b) => b.weight - a.weight);
    const ranked: { label: string; prob: number }[] = new Array(k);
    for (let c = 0; c < k; c++) ranked[c] = { label: this.classes[c]!, prob: probs[c]! };
    // Most probable first, ties in class order: a stable insertion sort (26 classes; no comparator calls).
    for (let i = 1; i < ranked.length; i++) {
      const x = ranked[i]!;
      let j = i - 1;
      for (; j >= 0 && ranked[j]!.prob < x.prob; j--) ranked[j + 1] = ranked[j]!;
      ranked[j + 1] = x;
    }
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
