// Word tokens of a text with their offsets, as the recogniser needs them.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter, or is Arabic script, or is "al-Bab"-style article + capital. */
  cap: boolean;
  allCaps: boolean;
}

// A hyphen does not join a word to an initialism after it: "DPRK-U.S. summit" holds "U.S.".
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’‘ʿʾ`\-](?!(?:\p{Lu}\.){2})[\p{L}\p{M}\p{N}]+)*/gu;
const ARTICLE_FORM = /^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ed|ez|et|es|er|en|ul|ud|ur|us|un)-[\p{Lu}]/u;

const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ed|ez|et|es|er|en|ul|ud|ur|us|un|il|bin|ibn|abu|bani|beni|umm)$/i;

/**
 * Word tokens. Hyphenated words are split ("London-based", "Syrian-Turkish") so that a place inside
 * one is found; the recogniser rejoins parts across a hyphen when the whole is a name
 * ("Bosnia-Herzegovina"). An Arabic article stays with its noun ("ez-Zor", "Al-Bab").
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  for (const t of tokenizeWords(text, from, to)) {
    if (!t.text.includes('-')) {
      out.push(t);
      continue;
    }
    const parts = t.text.split('-');
    let at = t.start;
    let pending: { start: number; text: string } | null = null;
    parts.forEach((part, k) => {
      const start = at;
      at += part.length + 1;
      if (pending) {
        // article + noun stay one token
        out.push(makeToken(pending.start, pending.text + '-' + part));
        pending = null;
        return;
      }
      if (ARTICLE.test(part) && k < parts.length - 1) {
        pending = { start, text: part };
        return;
      }
      if (part) out.push(makeToken(start, part));
    });
  }
  return out;
}

/** Capitalisation by case mapping rather than Unicode regexes (this runs on every word). */
function makeToken(start: number, word: string): Token {
  const first = word[0]!;
  const code = word.charCodeAt(0);
  const upperFirst = first !== first.toLowerCase();
  const cap = upperFirst || (code >= 0x600 && code <= 0x6ff) || (word.length > 3 && word.indexOf('-') > 0 && ARTICLE_FORM.test(word));
  const allCaps = upperFirst && word === word.toUpperCase() && countLetters(word) > 1;
  return { start, end: start + word.length, text: word, cap, allCaps };
}

function countLetters(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  }
  return n;
}

function tokenizeWords(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let word = m[0];
    let end = m.index + word.length;
    if (end > to) {
      word = word.slice(0, to - m.index);
      end = to;
    }
    // A possessive is not part of the name: "Syria's" -> "Syria".
    const poss = /['’]s$/i.exec(word);
    if (poss && word.length > 3) {
      word = word.slice(0, -2);
      end -= 2;
    }
    out.push(makeToken(m.index, word));
  }
  return out;
}
