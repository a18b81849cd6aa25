// A wire story's dateline ("BEIRUT, May 21, 2015 (Reuters) -", "DAMASCUS (AFP) —") names where the
// report was filed, not where the event happened: its place is never an event's place.
import type { Sentence, Span } from '../core/types.js';
import { countryAlias } from './actors/countries.js';

// An upper-case place (one to four words, accents too: "CULIACÁN"), an optional ", Country", an
// optional date and agency in brackets, then a dash. Upper case is what tells a dateline from "Aleppo - rebels said ...".
const DATELINE =
  /^[\s"'“]*((?:\p{Lu}[\p{Lu}'’.\-]+)(?:(?:\s+|\s*\/\s*)\p{Lu}[\p{Lu}'’.\-]+){0,3})(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30})?,?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:-|–|—|--)\s/u;

// A crawled copy that lost the dateline's brackets and dash: "BEIRUT Reuters Air strikes ...",
// "Bamako AFP Gunmen ...", "JALALABAD Afghanistan Reuters  A US drone strike ...": a capitalised
// place (and country), then a wire agency's name, then the lead.
const STRIPPED_DATELINE =
  /^[\s"'“]*(?!(?:The|A|An|In|On|At|By|For|From|With|Via|According|Photo|Source|Copyright)\b)\p{Lu}[\p{L}'’.\-]+(?:(?:\s+|\s*\/\s*)\p{Lu}[\p{L}'’.\-]+){0,2}(?:,?\s+\p{Lu}[\p{Ll}]+)?\s+\(?(?:AFP|Reuters|AP|Xinhua|Anadolu|SANA|dpa|DPA|UPI|IANS|PTI|ANI|IRNA|Kyodo|EFE|ANSA|Sputnik|TASS|KUNA|WAM|SPA|Yonhap)\)?\s*(?:[-–—:]\s*)?(?=\p{Lu}[\p{Ll}]|A\s+\p{L})/u;

// A scrape that lost the dash and the line breaks keeps the gap: "PESHAWAR Pakistan  A suicide bomber
// ...", "... share  tweet  SAR-E PUL CITY  Taliban and fighters ...": an upper-case place (and a
// country) between runs of spaces, then the lead. Spaces only: a section head on its own line
// ("SYRIA" above a bulletin's lines) is the lines' country, no dateline.
const GAPPED = String.raw`(\p{Lu}[\p{Lu}'’.\-]+(?: \p{Lu}[\p{Lu}'’.\-]+){0,3})(?: \p{Lu}\p{Ll}+)?[ \t]{2,}(?=\p{Lu}\p{Ll}|A )`;
const GAPPED_DATELINE = new RegExp(String.raw`^[ \t"'“]*${GAPPED}`, 'u');
const GAPPED_IN_SCRAPE = new RegExp(String.raw`[ \t]{2,}${GAPPED}`, 'u');

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const FULL_DATE = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+${MONTH}\s+\d{4}|${MONTH}\s+\d{1,2},?\s+\d{4})`;
const TOWN = String.raw`\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,2}`;
// A government's or an agency's release: "Ouagadougou, 6 June 2021 (AIB) - ", "Bamako, 24 March 2019
// (Official) - " (mixed case, so the full date is what tells it from a lead).
const RELEASE_DATELINE = new RegExp(String.raw`^[\s"'“]*${TOWN}(?:\s+and\s+${TOWN})?,\s*${FULL_DATE}\s*(?:\([^)\n]{1,40}\))?\s*(?:-|–|—|--|:)\s`, 'u');
// An organisation's statement line: "Update - 4 October 2015, Kabul and Brussels".
const ISSUE_LINE = new RegExp(String.raw`^[\s"'“]*(?:Update|Statement|Press\s+release|News\s+release|Communiqu[eé]|Briefing)\s*[-–—:]\s*${FULL_DATE},\s*${TOWN}(?:\s*(?:,|and)\s*${TOWN})*\s*$`, 'u');

// The Levantine and South Asian press's colon: "BEIRUT: Syrian troops ...", "PESHAWAR: Two women
// ...". An upper-case word that is a label ("UPDATE:", "BREAKING:") or a country ("SYRIA:", the
// country a bulletin's lines are about) is no dateline.
const COLON_DATELINE = /^[\s"'“]*(\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]+){0,2}):\s+(?=\p{Lu}\p{Ll}|A\s)/u;
const HEAD_LABELS = /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|WATCH|VIDEO|PHOTOS?|LIVE|EXCLUSIVE|ANALYSIS|COMMENT|OPINION|EDITORIAL|NOTE|CORRECTION|CLARIFICATION|URGENT|FLASH|ALERT|SUMMARY|SOURCE|SOURCES|CAPTION|READ MORE|RELATED|ALSO READ|WARNING|QUOTE|Q|A|PRESENTER|REPORTER|ANCHOR|UN|US|UK|EU|AU)$/;
function colonDateline(head: string): RegExpExecArray | null {
  const m = COLON_DATELINE.exec(head);
  return m && !HEAD_LABELS.test(m[1]!) && !countryAlias(m[1]!) ? m : null;
}

function datelineMatch(head: string): RegExpExecArray | null {
  return DATELINE.exec(head) ?? STRIPPED_DATELINE.exec(head) ?? RELEASE_DATELINE.exec(head) ?? ISSUE_LINE.exec(head) ?? GAPPED_DATELINE.exec(head) ?? colonDateline(head);
}

/** The length of the dateline a sentence opens with ("LASHIO, Myanmar, Nov 12 (AFP) - "), 0 if none. */
export function datelineLength(sentence: string): number {
  return datelineMatch(sentence.slice(0, 120))?.[0].length ?? 0;
}

/** `issued`: a release's or a statement's line, naming the seat of who issued it, not where a reporter stood. */
export interface DatelineSpan extends Span {
  issued?: boolean;
}

/**
 * The spans whose places are never an event's place: each sentence's dateline (at its start), a
 * page's keyword list ("Tags Syria Idlib Ariha Assad war") and a photo caption up to its credit,
 * which scraping often runs into the lead.
 */
export function datelineSpans(text: string, sentences: readonly Sentence[]): DatelineSpan[] {
  const out: DatelineSpan[] = [];
  for (const s of sentences) {
    const head = text.slice(s.start, Math.min(s.end, s.start + 120));
    const m = datelineMatch(head);
    if (m) out.push({ start: s.start, end: s.start + m[0].length, ...(!DATELINE.test(head) && !STRIPPED_DATELINE.test(head) && (RELEASE_DATELINE.test(head) || ISSUE_LINE.test(head)) ? { issued: true } : {}) });
    else {
      // (In a scrape that ran the page's furniture into the lead, the gapped dateline stands inside it.)
      const gap = GAPPED_IN_SCRAPE.exec(text.slice(s.start, Math.min(s.end, s.start + SCRAPE_HEAD)));
      if (gap) out.push({ start: s.start + gap.index, end: s.start + gap.index + gap[0].length });
    }
    const tags = tagListIn(text, s);
    if (tags) out.push(tags);
    // "... destroyed buildings in Hasakeh on Monday (AFP photo) BEIRUT Thirteen civilians were
    // killed ...": a caption run into the lead; up to its credit, it describes a picture.
    const credit = CAPTION_CREDIT.exec(text.slice(s.start, s.end));
    if (credit) out.push({ start: s.start, end: s.start + credit.index + credit[0].length });
  }
  return out;
}

/** How far into a run-together scrape its dateline may stand (menus, bylines and share buttons first). */
const SCRAPE_HEAD = 300;

const CAPTION_CREDIT = /\((?:[A-Z][\w.]*\s+)?photo\b[^)]*\)/i;

// "Tags" (or "Keywords", "Topics") then the list. The list ends where prose begins: a capitalised
// word followed by three words that are not ("Government air raids in a northwestern town").
const TAG_LABEL = /(?:^\s*|[.!?"”]\s+)(?:Tags|Keywords|Topics)\s+(?=[\p{L}\d])/gu;
const PROSE_START = /(?<=\s)\p{Lu}[\p{L}'’-]*(?:\s+(?:[\p{Ll}\d][\p{L}\d'’-]*)){3}/u;
const TAG_LIST_MAX = 200;

function tagListIn(text: string, s: Span): Span | null {
  const chunk = text.slice(s.start, s.end);
  TAG_LABEL.lastIndex = 0;
  const m = TAG_LABEL.exec(chunk);
  if (!m) return null;
  const from = m.index + m[0].length;
  const rest = chunk.slice(from, from + TAG_LIST_MAX);
  const prose = PROSE_START.exec(rest);
  return { start: s.start + m.index, end: s.start + from + (prose ? prose.index : rest.length) };
}
