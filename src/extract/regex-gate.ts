// A cheap pre-test for a table of big alternation regexes run on every sentence (the classifier's
// cues): most of them cannot match most sentences, and running each costs a full scan. Each regex
// is read once for the literal words every one of its alternatives must begin with; a sentence's
// word starts are then looked up in one index, and only the regexes one of whose openings occurs
// (plus those we could not read) are run. The gate only skips a regex that cannot match, so the
// results are the same as running them all (test/extract/regex-gate.test.ts checks this).

/** How each alternative of a regex must begin: a literal at a word start, or a literal anywhere. */
interface Openings {
  atWordStart: string[];
  anywhere: string[];
}

/** Chars after which an atom is optional or repeated: the atom cannot join a required literal. */
const QUANTIFIER = new Set(['?', '*', '{']);
/** Escapes that stand for one literal character. */
const LITERAL_ESCAPE = new Set(['.', '-', "'", '/', '\\', '(', ')', '[', ']', '?', '*', '+', '|', '{', '}', '$', '^', ' ']);
const isWordChar = (c: string) => /^\w$/.test(c);

/** Index just past the group or class that opens at `i` (a '(' or '['), or -1 when unbalanced. */
function closeOf(src: string, i: number): number {
  if (src[i] === '[') {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') j++;
      else if (src[j] === ']') return j + 1;
    }
    return -1;
  }
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') {
      const k = closeOf(src, j);
      if (k < 0) return -1;
      j = k - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return -1;
}

/** The top-level alternatives of a pattern, or null when it does not parse. */
function alternatives(src: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '(' || c === '[') {
      const k = closeOf(src, j);
      if (k < 0) return null;
      j = k - 1;
    } else if (c === '|') {
      out.push(src.slice(from, j));
      from = j + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** A literal a match must begin with; `complete` when it is the whole of its alternative. */
interface Lit {
  text: string;
  anchored: boolean;
  complete: boolean;
}

/** What every match of `src` must begin with, or null when we cannot tell (the regex is then always run). */
export function openingsOf(src: string): Openings | null {
  const lits = litsOfPattern(src, false, 0);
  if (!lits) return null;
  const out: Openings = { atWordStart: [], anywhere: [] };
  for (const l of lits) {
    if (l.text.length < 2) return null;
    // "\b" then a word character is a word start; before anything else it says little we can index.
    if (l.anchored && isWordChar(l.text[0]!)) out.atWordStart.push(l.text);
    else out.anywhere.push(l.text);
  }
  return out;
}

function litsOfPattern(src: string, anchored: boolean, depth: number): Lit[] | null {
  if (depth > 8) return null;
  const alts = alternatives(src);
  if (!alts) return null;
  const out: Lit[] = [];
  for (const alt of alts) {
    const one = litsAt(alt, 0, anchored, depth);
    if (!one) return null;
    out.push(...one);
  }
  return out;
}

/** The literals a match of `s` from `i` on must begin with. */
function litsAt(s: string, i: number, anchoredBefore: boolean, depth: number): Lit[] | null {
  let anchored = anchoredBefore;
  // Zero-width assertions in front only narrow where a match may start: skip them.
  for (;;) {
    if (s.startsWith('\\b', i)) {
      anchored = true;
      i += 2;
    } else if (s[i] === '^') {
      anchored = true; // the start of the text: a word start when a word character follows
      i += 1;
    } else if (/^\(\?<?[=!]/.test(s.slice(i, i + 4))) {
      const k = closeOf(s, i);
      if (k < 0) return null;
      i = k;
    } else break;
  }
  if (s[i] === '(') {
    const k = closeOf(s, i);
    if (k < 0) return null;
    if (s[i + 1] === '?' && !s.startsWith('(?:', i)) return null; // named groups and the like
    const inner = litsOfPattern(s.slice(s.startsWith('(?:', i) ? i + 3 : i + 1, k - 1), anchored, depth + 1);
    if (!inner) return null;
    const q = s[k] ?? '';
    if (q === '?' || q === '*' || s.startsWith('{0,', k)) {
      // An optional group: a match opens with it or with what follows it.
      const after = q === '{' ? s.indexOf('}', k) + 1 : s[k + 1] === '?' ? k + 2 : k + 1;
      if (after <= 0) return null;
      const rest = litsAt(s, after, anchored, depth + 1);
      if (!rest) return null;
      return [...inner.map((l) => ({ ...l, complete: false })), ...rest];
    }
    if (q === '+' || q === '{') return inner.map((l) => ({ ...l, complete: false }));
    // "(?:a|an|the) strike": a whole-literal alternative runs on into what follows the group.
    const next = inner.some((l) => l.complete) ? (k < s.length ? litsAt(s, k, false, depth + 1) : [{ text: '', anchored: false, complete: true }]) : null;
    const out: Lit[] = [];
    for (const l of inner) {
      if (!l.complete || !next) out.push({ ...l, complete: false });
      else for (const n of next) out.push({ text: l.text + n.text, anchored: l.anchored, complete: n.complete });
    }
    return out;
  }
  let text = '';
  let j = i;
  for (; j < s.length; j++) {
    let c = s[j]!;
    let width = 1;
    if (c === '\\') {
      const e = s[j + 1] ?? '';
      if (!LITERAL_ESCAPE.has(e)) break;
      c = e;
      width = 2;
    } else if ('[](){}|.?*+^$'.includes(c)) break;
    if (QUANTIFIER.has(s[j + width] ?? '') || s[j + width] === '+') break; // this char may be absent or repeated
    text += c;
    j += width - 1;
  }
  return [{ text, anchored, complete: j >= s.length }];
}

export interface GatedRegex {
  re: RegExp;
}

/**
 * A gate over a table of regexes: `candidates(text)` says which of them may match `text`, in table
 * order. Regexes with flags that change what a literal matches (case-insensitive, unicode sets,
 * multiline anchors, sticky/global state) are never skipped.
 */
export class RegexGate {
  private readonly always: number[] = [];
  /** Openings at a word start by their first two ASCII characters (a * 128 + b): [regex, whole opening]. */
  private readonly byPair: ([number, string][] | undefined)[] = new Array(128 * 128);
  /** Whether some opening of three or more characters starts with that pair: only then is the map below asked. */
  private readonly longer = new Uint8Array(128 * 128);
  /** The first three characters of a longer opening (as a number) -> [regex, whole opening]. */
  private readonly byKey = new Map<number, [number, string][]>();
  /** Openings anywhere in the text, of all regexes, as one alternation (one scan for them all). */
  private readonly anywhere: RegExp | null = null;
  /** Those openings, each with its regex. */
  private readonly anywhereLits: [number, string][] = [];
  private readonly size: number;

  constructor(table: readonly GatedRegex[]) {
    this.size = table.length;
    table.forEach(({ re }, idx) => {
      const o = /[imsyvg]/.test(re.flags) ? null : openingsOf(re.source);
      if (!o) {
        this.always.push(idx);
        return;
      }
      const anywhere = new Set(o.anywhere);
      for (const lit of new Set(o.atWordStart)) {
        const a = lit.charCodeAt(0), b = lit.charCodeAt(1), c = lit.length > 2 ? lit.charCodeAt(2) : -1;
        // Keys are built from ASCII only; an opening with other characters up front is looked for anywhere.
        if (a >= 128 || b >= 128 || c >= 128) {
          anywhere.add(lit);
          continue;
        }
        if (c < 0) {
          (this.byPair[a * 128 + b] ??= []).push([idx, lit]);
          continue;
        }
        this.longer[a * 128 + b] = 1;
        const key = key3(a, b, c);
        const list = this.byKey.get(key) ?? [];
        list.push([idx, lit]);
        this.byKey.set(key, list);
      }
      for (const lit of anywhere) this.anywhereLits.push([idx, lit]);
    });
    if (this.anywhereLits.length) this.anywhere = new RegExp([...new Set(this.anywhereLits.map(([, lit]) => lit))].map(escapeLiteral).join('|'), 'g');
  }

  /** Indexes (in table order) of the regexes that may match `text`; the others cannot. */
  candidates(text: string): number[] {
    return this.candidatesFrom(text).map((c) => c.idx);
  }

  /**
   * The regexes that may match `text` (in table order), each with the offset its first match
   * cannot start before: that of the earliest of its openings in the text (every match begins
   * with one). A search from there finds the same first match as one from the start.
   */
  candidatesFrom(text: string): { idx: number; from: number }[] {
    const first = new Int32Array(this.size).fill(-1);
    for (const idx of this.always) first[idx] = 0;
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c0 = text.charCodeAt(i);
      const word = isWordCode(c0);
      if (word && !prevWord && i + 1 < n) {
        // Keys as numbers: no substring is built per word.
        const c1 = text.charCodeAt(i + 1);
        if (c1 < 128) {
          const pair = c0 * 128 + c1;
          const two = this.byPair[pair];
          if (two) this.mark(first, two, text, i);
          if (this.longer[pair]) {
            const c2 = i + 2 < n ? text.charCodeAt(i + 2) : 128;
            if (c2 < 128) this.mark(first, this.byKey.get(key3(c0, c1, c2)), text, i);
          }
        }
      }
      prevWord = word;
    }
    // Openings anywhere: every offset where one begins (stepping one past each find, so openings
    // that overlap are all seen); one found there may come before the first at a word start.
    const anywhere = this.anywhere;
    if (anywhere) {
      anywhere.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = anywhere.exec(text))) {
        const at = m.index;
        for (const [idx, lit] of this.anywhereLits) if ((first[idx]! < 0 || at < first[idx]!) && text.startsWith(lit, at)) first[idx] = at;
        anywhere.lastIndex = at + 1;
      }
    }
    const out: { idx: number; from: number }[] = [];
    for (let idx = 0; idx < this.size; idx++) if (first[idx]! >= 0) out.push({ idx, from: first[idx]! });
    return out;
  }

  private mark(first: Int32Array, list: [number, string][] | undefined, text: string, at: number): void {
    if (!list) return;
    // Word starts are visited left to right: the first opening marked is the earliest.
    for (const [idx, lit] of list) if (first[idx]! < 0 && text.startsWith(lit, at)) first[idx] = at;
  }

  /** How many regexes can be skipped at all (for tests). */
  get gatedCount(): number {
    return this.size - this.always.length;
  }
}

/** Three ASCII characters as one small integer. */
function key3(a: number, b: number, c: number): number {
  return (a << 14) | (b << 7) | c;
}

function escapeLiteral(lit: string): string {
  return lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** \w: ASCII letters, digits, underscore. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
