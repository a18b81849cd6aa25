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
  return out.flatMap((sp) => splitRunOn(text, sp));
}

/** A span this long with no sentence punctuation is text a crawler stripped of its full stops. */
const RUN_ON_CHARS = 300;
// Words after which a capitalised word continues the sentence: "in Hama", "the Syrian army", "said
// Ahmed", "where Assad forces", "envoy Lakhdar Brahimi" (a name's second word is capitalised too).
const CONTINUES = new Set(
  ('a an the of in on at to by for from with into near outside inside across against between toward towards ' +
    'and or but nor as that which who whom whose where when while if because after before since until than ' +
    'said says say told named called dubbed known de du la le van von bin ibn abu umm al el ' +
    // "in the central Syrian province", "a mainly Kurdish town in northeastern Syria", "the capital
    // Damascus", "spokesman Ahmed": words that lead into a name or a demonym.
    'north south east west northern southern eastern western central northeastern northwestern southeastern southwestern ' +
    'north-eastern north-western south-eastern south-western mainly mostly largely predominantly besieged restive coastal ' +
    'neighbouring neighboring nearby rural capital city town village province governorate district region country state ' +
    'group militia leader president minister envoy spokesman spokeswoman chief commander general official agency monitor ' +
    'channel television newspaper daily brigade faction movement front army forces troops fighters rebels militants').split(' '),
);
const NOT_OPENERS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I)$/;
const WORD = /\S+/g;
const MIN_PIECE = 30;

/**
 * "... queuing for bread Another activist network said ... with their hands Halfaya was seized ...":
 * where a crawler stripped the full stops, a new sentence shows as a capitalised word after a
 * lower-case one (not after a preposition, an article, a conjunction or a verb of saying) that a
 * lower-case word follows (so not a name of several words). Only run-on spans are cut.
 */
function splitRunOn(text: string, sp: Span): Span[] {
  if (sp.end - sp.start < RUN_ON_CHARS || /[.!?…]\s/.test(text.slice(sp.start, sp.end))) return [sp];
  const words = [...text.slice(sp.start, sp.end).matchAll(WORD)].map((m) => ({ w: m[0], at: sp.start + m.index! }));
  const out: Span[] = [];
  let from = sp.start;
  for (let k = 1; k + 1 < words.length; k++) {
    const prev = words[k - 1]!.w;
    const cur = words[k]!.w;
    const next = words[k + 1]!.w;
    if (!/^[a-z][a-z'’-]*[a-z]$|^\d+$/.test(prev) || CONTINUES.has(prev) || /-(?:held|controlled|backed|led|run|based)$/.test(prev)) continue;
    // (A piece too short to be a sentence is more likely a name's first words.)
    if (words[k - 1]!.at + prev.length - from < MIN_PIECE) continue;
    if (!/^[A-Z][a-z]+$/.test(cur) || NOT_OPENERS.test(cur)) continue;
    if (!/^[a-z][a-z'’-]*[a-z]$/.test(next)) continue;
    out.push({ start: from, end: words[k - 1]!.at + prev.length });
    from = words[k]!.at;
  }
  out.push({ start: from, end: sp.end });
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
