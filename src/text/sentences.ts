// Sentence spans over a report's headline and body zones. Rule-based: news prose, abbreviations
// ("Gen.", "U.S.", "Jan."), initials, decimals, quotes and ellipses must not end a sentence.

import type { Report, Sentence, Span, ZoneKind } from '../core/types.js';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep rev st sr jr ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vol fig approx est inc ltd co corp dept univ assn bros vs etc al e.g i.e u.s u.k u.n ' +
    'a.m p.m km mt ft'
  ).split(' '),
);

/** Zones whose sentences can carry events. */
export const EVENT_ZONES: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['headline', 'body', 'title']);

/** Split [start, end) of text into sentence spans (trimmed, non-empty). */
export function splitSpan(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    // Blank line or a line break followed by a capital after a line without final punctuation
    // still ends a sentence: headlines and list items have no full stop.
    if (c === '\n') {
      const next = text.indexOf('\n', i + 1);
      const blank = /^[ \t\r]*$/.test(text.slice(i + 1, next === -1 || next > end ? end : next));
      if (blank || isLineBoundary(text, s, i)) {
        push(s, i);
        s = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Absorb runs of terminators and closing quotes/brackets.
    let j = i + 1;
    while (j < end && /[.!?…"'”’)\]]/.test(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue; // "U.S.-led", "3.5", "example.com"
    if (c === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
    // The next word must plausibly start a sentence.
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k < end && /[a-z]/.test(text[k]!) && c === '.') continue;
    push(s, j);
    s = j;
    i = j - 1;
  }
  push(s, end);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let a = dot;
  while (a > 0 && /[A-Za-z.]/.test(text[a - 1]!)) a--;
  const word = text.slice(a, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return true;
  // Single capital initial ("George W. Bush"), dotted acronyms ("U.S.", "U.N.").
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]!)) return true;
  if (/^([a-z]\.)+[a-z]$/.test(word)) return true;
  return false;
}

/** A single newline ends a sentence when the line before it looks like a headline or list item. */
function isLineBoundary(text: string, lineStartHint: number, nl: number): boolean {
  let ls = text.lastIndexOf('\n', nl - 1) + 1;
  if (ls < lineStartHint) ls = lineStartHint;
  const line = text.slice(ls, nl).trim();
  if (!line) return true;
  // A line that ends in sentence punctuation is handled by the punctuation rule; a line without it
  // followed by a new line is a headline, caption or list item.
  return !/[,;:\-–—(]$/.test(line);
}

/** Sentences of a report, in text order, each labelled with its zone and entry. */
export function splitSentences(report: Report): Sentence[] {
  const out: Sentence[] = [];
  for (const zone of report.zones) {
    for (const sp of splitSpan(report.text, zone.start, zone.end)) {
      out.push({ ...sp, entry: zone.entry ?? -1, zone: zone.kind });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
