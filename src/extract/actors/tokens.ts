// Word tokens for dictionary lookup: folded (lower case, no diacritics, Arabic articles unified)
// so that "al-Sham", "ash-Sham" and "as Sham" meet, with offsets into the original text.
import type { Span } from '../../core/types.js';
import { isAscii } from '../ascii-twin.js';

export interface Token extends Span {
  /** Folded form used for lookup. */
  norm: string;
  /** As written, dots removed ("U.S." -> "US"): for case-sensitive aliases. */
  raw: string;
}

// Transliterations of the Arabic article: a token of its own before a hyphen or space.
const ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'ar', 'at', 'az', 'an', 'ath', 'adh', 'es', 'ed', 'et', 'er', 'ech']);
const TOKEN_RE = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+/gu;

export function fold(word: string): string {
  // Most words are plain ASCII: skip Unicode normalisation for them (the hot path).
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function tokenize(text: string): Token[] {
  return isAscii(text) ? tokenizeAscii(text) : tokenizeUnicode(text);
}

function tokenizeUnicode(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const raw = m[0].length > 2 && m[0].includes('.') ? m[0].replace(/\./g, '') : m[0];
    let norm = fold(raw);
    // "al-Sham" / "ash-Sham": the article is joined to its noun by a hyphen in most spellings.
    if (ARTICLES.has(norm) && text[m.index + m[0].length] === '-') norm = 'al';
    out.push({ start: m.index, end: m.index + m[0].length, norm, raw });
  }
  return out;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);
const DOT = 46;

/**
 * TOKEN_RE by hand for text whose letters are all ASCII (nearly every report), without a regex match per word: the
 * same tokens, leftmost first, an initialism ("U.S.") tried before a plain word.
 */
function tokenizeAscii(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    let end = i;
    let raw: string;
    let norm: string;
    if (isLetter(c) && text.charCodeAt(i + 1) === DOT && isLetter(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === DOT) {
      while (isLetter(text.charCodeAt(end)) && text.charCodeAt(end + 1) === DOT) end += 2;
      raw = text.slice(i, end).replace(/\./g, '');
      norm = raw.toLowerCase();
    } else {
      let upper = false;
      for (let k; end < n && isAlnum((k = text.charCodeAt(end))); end++) if (k <= 90 && k >= 65) upper = true;
      raw = text.slice(i, end);
      norm = upper ? raw.toLowerCase() : raw; // most words are lower case already
    }
    if (text.charCodeAt(end) === 45 /* - */ && ARTICLES.has(norm)) norm = 'al';
    out.push({ start: i, end, norm, raw });
    i = end;
  }
  return out;
}

/** The folded token sequence of a dictionary alias, joined by spaces (the trie key). */
export function aliasKey(alias: string): string[] {
  return tokenize(alias).map((t) => t.norm);
}
