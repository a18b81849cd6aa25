// Assemble a Report from its text (and, for HTML/feeds, the blocks the markup gave): zones and
// entries, publication date, language, hash and messages.
import type { InputFormat, Message, Report, Span } from '../core/types.js';
import { lineBlocks, type Block } from './blocks.js';
import { contentHash } from './hash.js';
import { detectLanguage } from './language.js';
import { entryDate, publicationDate } from './pubdate.js';
import { segment } from './segment.js';
import { findDates, isoDate, isValidDate } from './dates.js';

export interface BuildInput {
  id: string;
  text: string;
  format: InputFormat;
  origin: string;
  /** Blocks from markup; plain text is split into lines when absent. */
  blocks?: Block[];
  title?: string | null;
  /** Publication date from metadata, as written. */
  date?: string | null;
  /** --date override, YYYY-MM-DD. */
  override?: string | null;
  source?: string | null;
  url?: string | null;
  toponyms?: Span[] | null;
  messages?: Message[];
}

export function buildReport(input: BuildInput): Report {
  const { text, origin } = input;
  const messages: Message[] = [...(input.messages ?? [])];
  const blocks = input.blocks ?? lineBlocks(text);
  const seg = segment(text, blocks, { title: input.title ?? null });
  const pub = publicationDate({
    text,
    zones: seg.zones,
    entries: seg.entries,
    title: seg.title,
    override: input.override ?? null,
    metadata: input.date ?? null,
    origin,
  });
  messages.push(...pub.messages);

  // Entry datelines take the publication year when they do not state one.
  const year = pub.published ? Number(pub.published.slice(0, 4)) : null;
  const firstBody = new Map<number, number>();
  for (const z of seg.zones) if (z.kind === 'body' && z.entry !== null && !firstBody.has(z.entry)) firstBody.set(z.entry, z.start);
  const markers = seg.entries.length >= 2 ? dayMarkers(text, year) : [];
  for (const e of seg.entries) {
    const body = firstBody.get(e.index);
    e.date = entryDate(text, e, e.start, year) ?? (body !== undefined ? entryDate(text, e, body, year) : null) ?? e.date;
    // A live page's day heading ("Sunday 3 July") dates the entries under it.
    if (e.date === null) e.date = markers.filter((m) => m.at <= e.start).pop()?.date ?? null;
  }

  const language = detectLanguage(reportingText(text, seg.zones));
  if (language !== null && language !== 'en') {
    messages.push({ level: 'warning', code: 'lang/not-english', reason: `language looks like "${language}": English rules are not applied`, origin });
  }
  const title = input.title ?? (seg.title ? text.slice(seg.title.start, seg.title.end) : null);
  return {
    id: input.id,
    text,
    title,
    published: pub.published,
    publishedFrom: pub.publishedFrom,
    ...(pub.publishedPrecision ? { publishedPrecision: pub.publishedPrecision } : {}),
    publishedSpan: pub.publishedSpan,
    source: input.source ?? null,
    url: input.url ?? null,
    format: input.format,
    origin,
    hash: contentHash(text),
    entries: seg.entries,
    zones: seg.zones,
    toponyms: input.toponyms ?? null,
    language,
    messages,
  };
}

/** The text of the zones that can carry events (what the language must be judged on). */
function reportingText(text: string, zones: { kind: string; start: number; end: number }[]): string {
  const parts: string[] = [];
  let size = 0;
  for (const z of zones) {
    if (z.kind !== 'title' && z.kind !== 'headline' && z.kind !== 'body') continue;
    parts.push(text.slice(z.start, Math.min(z.end, z.start + 20000)));
    size += z.end - z.start;
    if (size > 20000) break;
  }
  return parts.length ? parts.join('\n') : text.slice(0, 20000);
}

/** A line that is only a day ("Sunday 3 July", "Monday, July 4, 2022"): a live page's day heading. */
const DAY_MARKER_LINE = /^[ \t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?[ \t]*$/gim;

/** The day headings of a live page, in text order, each with the day it names (year from the page's date when unwritten). */
function dayMarkers(text: string, year: number | null): { at: number; date: string }[] {
  const out: { at: number; date: string }[] = [];
  for (const m of text.matchAll(DAY_MARKER_LINE)) {
    const [d] = findDates(text, m.index!, m.index! + m[0].length);
    const y = d?.year ?? year;
    if (!d || d.day === null || y === null || !isValidDate(y, d.month, d.day)) continue;
    out.push({ at: m.index!, date: isoDate(y, d.month, d.day) });
  }
  return out;
}
