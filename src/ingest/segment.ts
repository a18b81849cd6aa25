// Blocks -> zones and entries. A live blog holds many entries (a title-case headline line, then
// body paragraphs); a plain article is one entry. Comments, captions and furniture are set aside
// as zones that never yield events. Conservative: with fewer than two headline lines a page is
// one article, and a short line inside prose stays body.
import type { Entry, Span, Zone, ZoneKind } from '../core/types.js';
import type { Block } from './blocks.js';
import { findCommentThread } from './comments.js';
import { isCaptionLine, isFurnitureLine, isTeaserLine } from './furniture.js';
import { hasMediaPrefix, looksLikeHeadline, looksLikeProse, titleCaseStats } from './headline.js';

export interface Segmentation {
  entries: Entry[];
  zones: Zone[];
  /** The page title's span, when the page starts with one. */
  title: Span | null;
}

export interface SegmentOptions {
  /** A title known from metadata: the first block is the title if it says the same. */
  title?: string | null;
}

type Kind = ZoneKind | null; // null: not yet decided

export function segment(text: string, blocks: Block[], opts: SegmentOptions = {}): Segmentation {
  const line = (i: number) => text.slice(blocks[i]!.start, blocks[i]!.end);
  const n = blocks.length;
  const kinds: Kind[] = blocks.map((b) => (b.hint && b.hint !== 'body' && b.hint !== 'headline' ? b.hint : null));

  // 1. The comment thread (plain text: found from cues; HTML: marked by the markup).
  let commentFrom = kinds.indexOf('comment');
  if (commentFrom === -1) {
    const thread = findCommentThread(text, blocks);
    if (thread) {
      commentFrom = thread.first;
      if (thread.related !== null) kinds[thread.related] = 'furniture';
    }
  }
  const limit = commentFrom === -1 ? n : commentFrom;
  for (let i = limit; i < n; i++) if (kinds[i] === null) kinds[i] = 'comment';

  // 2. Furniture and captions, line by line; time stamps of a live blog ("14:32 GMT") open entries.
  let seenProse = false;
  const stamps = new Set<number>();
  for (let i = 0; i < limit; i++) {
    if (kinds[i] !== null) continue;
    const t = line(i);
    if (STAMP_LINE.test(t)) {
      kinds[i] = 'furniture';
      stamps.add(i);
    } else if (STAMP_LEAD.test(t)) {
      stamps.add(i);
    } else if (isFurnitureLine(t)) {
      kinds[i] = 'furniture';
      // The list of links under "Related Posts" / "Read more" is furniture too, up to the next prose.
      if (/^(related|you may also like|more from|recommended|read more|most read)\b/i.test(t)) {
        while (i + 1 < limit && kinds[i + 1] === null && !looksLikeProse(line(i + 1)) && line(i + 1).length <= 160) kinds[++i] = 'furniture';
      }
    } else if (isCaptionLine(t)) {
      kinds[i] = 'caption';
    } else if (!seenProse && i < 5 && isTeaserLine(t)) {
      kinds[i] = 'furniture';
    } else if (t.length >= 60 && /[.!?]["”’)]*$/.test(t)) {
      seenProse = true;
    }
  }

  // A report that is nothing but a caption (a photo caption given as the report) is reporting.
  if (!kinds.slice(0, limit).some((k) => k === null)) {
    for (let i = 0; i < limit; i++) if (kinds[i] === 'caption' && blocks[i]!.hint !== 'caption') kinds[i] = null;
  }

  // 3. The page title: the first block, when it reads as one (a byline before it is furniture).
  let titleIndex = kinds.indexOf('title');
  if (titleIndex === -1 && !blocks.some((b) => b.hint === 'title')) titleIndex = findTitle(text, blocks, kinds, limit, opts.title ?? null);
  if (titleIndex > 0 && (isBylineLine(line(0)) || isPublicationStamp(line(0))) && kinds[0] === null) kinds[0] = 'furniture';
  if (titleIndex !== -1) kinds[titleIndex] = 'title';

  // 4. Headlines: title-case lines set off by blank lines and followed by reporting.
  const candidates: number[] = [];
  for (let i = 0; i < limit; i++) {
    if (kinds[i] !== null) continue;
    if (isHeadline(text, blocks, kinds, i, limit)) candidates.push(i);
  }
  // One headline line is enough on a page that calls itself a live blog ("Syria Daily", "Live:"),
  // or when it is a long, fully title-case line ("At Least 12 Killed in Bombing of Police Station").
  const pageTitle = titleIndex === -1 ? '' : line(titleIndex);
  // Entry elements in the markup count as stamps: each opens an entry.
  for (let i = 0; i < limit; i++) if (blocks[i]!.entryStart && kinds[i] !== 'comment') stamps.add(i);
  const stamped = stamps.size >= 2;
  const liveBlog =
    candidates.length >= 2 ||
    (stamped && candidates.length >= 1) ||
    (candidates.length === 1 && (LIVE_BLOG_TITLE.test(pageTitle) || titleCaseStats(line(candidates[0]!)).capital >= 5));
  if (liveBlog) for (const i of candidates) kinds[i] = 'headline';
  // "09:12 GMT - Army jets hit Kabkabiya market": a stamp leading a short line with no closing
  // stop, over a paragraph, is that entry's headline (in sentence case, which isHeadline wants not).
  if (stamped) {
    for (const i of stamps) {
      if (kinds[i] !== null || i + 1 >= limit || kinds[i + 1] !== null) continue;
      const rest = line(i).replace(STAMP_PREFIX, '');
      if (rest.length > 0 && rest.length <= 110 && !/[.!?…:]["”’)]*$/.test(rest.trim()) && looksLikeProse(line(i + 1)) && line(i + 1).length >= 60) kinds[i] = 'headline';
    }
  }
  for (let i = 0; i < limit; i++) if (kinds[i] === null) kinds[i] = 'body';

  // 5. Entries: a headline opens one; body before any headline opens a headless one.
  const entries: Entry[] = [];
  const entryOf: (number | null)[] = new Array(n).fill(null);
  let current: Entry | null = null;
  // An entry opened by a time-stamp line, still waiting for its headline or first paragraph.
  let openedByStamp = false;
  // An entry opened by a headline, still waiting for its first paragraph (a stamp there is its time).
  let openedByHeadline = false;
  const open = (b: Block, headline: boolean): Entry => {
    const e: Entry = { index: entries.length, start: b.start, end: b.end, headline: headline ? { start: b.start, end: b.end } : null, date: null };
    entries.push(e);
    return e;
  };
  for (let i = 0; i < limit; i++) {
    const k = kinds[i]!;
    const b = blocks[i]!;
    if (k === 'title') continue;
    if (stamped && stamps.has(i) && !(openedByHeadline && k === 'furniture')) {
      current = open(b, k === 'headline');
      openedByStamp = k === 'furniture';
      openedByHeadline = k === 'headline';
    } else if (k === 'headline') {
      if (openedByStamp && current) current.headline = { start: b.start, end: b.end };
      else current = open(b, true);
      openedByHeadline = !openedByStamp;
      openedByStamp = false;
    } else if (k === 'body') {
      if (current === null) current = open(b, false);
      openedByStamp = false;
      openedByHeadline = false;
    }
    if (current === null) continue; // furniture or captions before the first entry
    entryOf[i] = current.index;
    current.end = b.end;
  }
  // Trailing furniture/captions of the last entry stay with the page, not the entry.
  for (let i = limit - 1; i >= 0; i--) {
    const k = kinds[i]!;
    if (k === 'body' || k === 'headline' || k === 'title') break;
    entryOf[i] = null;
  }
  // Entries without a headline or body (a time stamp at the very end) are dropped; the rest are
  // renumbered and end at their last block.
  const keep = new Map<number, number>();
  for (let i = 0; i < limit; i++) {
    const e = entryOf[i];
    if (e !== null && e !== undefined && (kinds[i] === 'headline' || kinds[i] === 'body') && !keep.has(e)) keep.set(e, keep.size);
  }
  const kept: Entry[] = [];
  for (const e of entries) {
    const index = keep.get(e.index);
    if (index === undefined) continue;
    e.index = index;
    e.end = e.start;
    kept.push(e);
  }
  for (let i = 0; i < limit; i++) {
    const old = entryOf[i];
    const index = old === null || old === undefined ? undefined : keep.get(old);
    entryOf[i] = index ?? null;
    if (index === undefined) continue;
    const e = kept[index]!;
    e.end = Math.max(e.end, blocks[i]!.end);
    // A time stamp from markup (<time datetime>) dates the entry it opens.
    if (e.date === null && blocks[i]!.date && kinds[i] !== 'body') e.date = blocks[i]!.date!;
  }

  // 6. Zones, merging neighbours of the same kind and entry.
  const zones: Zone[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i]!;
    const entry = i < limit ? entryOf[i]! : null;
    const last = zones[zones.length - 1];
    if (last && last.kind === kind && last.entry === entry && kind !== 'title' && kind !== 'headline') {
      last.end = blocks[i]!.end;
    } else {
      zones.push({ kind, start: blocks[i]!.start, end: blocks[i]!.end, entry });
    }
  }
  const title = titleIndex === -1 ? null : { start: blocks[titleIndex]!.start, end: blocks[titleIndex]!.end };
  return { entries: kept, zones, title };
}

function findTitle(text: string, blocks: Block[], kinds: Kind[], limit: number, metaTitle: string | null): number {
  if (limit < 2) return -1;
  let i = 0;
  const first = text.slice(blocks[0]!.start, blocks[0]!.end);
  if ((isBylineLine(first) || isPublicationStamp(first)) && limit >= 3) i = 1;
  if (kinds[i] !== null) return -1;
  const b = blocks[i]!;
  const t = text.slice(b.start, b.end);
  if (metaTitle !== null && normalise(t) === normalise(metaTitle)) return i;
  if (metaTitle !== null) return -1;
  if (b.indent >= 2 || t.length > 180 || t.split(/\s+/).length > 28) return -1;
  if (/[.,;:]$/.test(t) || /^\p{Ll}/u.test(t)) return -1;
  // Two sentences are prose, not a title ("... on paper. Under the bonnet ...").
  if (/(\p{Ll}{3,}|\d)[.!?]["”’)]*\s+[\p{Lu}“"]/u.test(t)) return -1;
  if (i === 1) return looksLikeProse(text.slice(blocks[0]!.start, blocks[0]!.end)) ? -1 : 1;
  // A title stands alone: a blank line follows it (or the next line is prose).
  return b.blankAfter || looksLikeProse(text.slice(blocks[1]!.start, blocks[1]!.end)) ? 0 : -1;
}

/** "Published: 2024-06-08", "Posted on July 2 2016": the page's date line, above its title. */
function isPublicationStamp(t: string): boolean {
  return t.length <= 80 && /^(?:published|posted|updated|last\s+updated|first\s+published|date)\b[^\n]{0,60}\d/i.test(t) && !/[.!?]["”’)]*$/.test(t.trim()) && !/\s(?:killed|attack|strike|clash|protest)/i.test(t);
}

/** "Aqil Hussein", "By Jane Doe": a name alone on the first line. */
function isBylineLine(t: string): boolean {
  if (/^by\s+\p{Lu}/iu.test(t) && t.length <= 80) return true;
  return t.length <= 40 && /^\p{Lu}[\p{L}'’.-]+(\s\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(t);
}

function isHeadline(text: string, blocks: Block[], kinds: Kind[], i: number, limit: number): boolean {
  const b = blocks[i]!;
  const t = text.slice(b.start, b.end);
  if (b.hint === 'headline') return t.length <= 250;
  if (b.indent >= 2) return false;
  if (!looksLikeHeadline(t)) return false;
  if (!b.blankBefore) return false;
  // A wire dateline ("ALEPPO, Jan 8 (Reuters) - ...") opens a paragraph, not an entry.
  if (/^\p{Lu}[\p{Lu} .'’-]{2,40},/u.test(t)) return false;
  // What follows: the next non-furniture block must be reporting (or another entry's headline).
  let j = i + 1;
  while (j < limit && (kinds[j] === 'furniture' || kinds[j] === 'caption')) j++;
  if (j >= limit) return false;
  const next = text.slice(blocks[j]!.start, blocks[j]!.end);
  // Without a blank line after it, the line must stand apart from a hard-wrapped paragraph: the
  // next line starts a new sentence.
  if (!b.blankAfter && (!looksLikeProse(next) || !/^[\p{Lu}\p{N}“"]/u.test(next))) return false;
  return looksLikeProse(next) || looksLikeHeadline(next) || hasMediaPrefix(next);
}

/** A time stamp alone on a line: "14:32 GMT", "10.05am", "1432 GMT", "Sun 05 Jul 2015 14.02 BST". */
const STAMP_LINE =
  /^(((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4},?\s+)?(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*(GMT|BST|UTC|EST|EDT|CET|CEST|EET|EEST|local time)?|\d{4}\s*(GMT|BST|UTC))$/i;
/** A paragraph opened by a time stamp: "1432 GMT: Activists say...", "10:05am: ...". */
/** The stamp and its separator at the head of a STAMP_LEAD line. */
// Any time zone's letters ("09:40 EAT -", "14:10 PKT:"), not only the wires' GMT and UTC.
// Also a bare clock time before a capital ("13:58 Breaking: ...", "09:10 Good morning."): a live
// page's entries; only colon times, so "3.5 Million" is no stamp.
const STAMP_PREFIX = /^(?:(?:\d{4}\s*(?:GMT|BST|UTC)|\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[Ll]ocal [Tt]ime|[A-Za-z]{2,4})?)\s*[:\-–—]\s+|\d{1,2}:\d{2}\s+(?=[A-Z]))/;
const STAMP_LEAD = new RegExp(STAMP_PREFIX.source + String.raw`\S`);

/** The length of a live-blog entry's time stamp at the head of a line ("09:40 EAT - "), 0 if none. */
export function entryStampLength(line: string): number {
  return STAMP_LEAD.test(line) ? (STAMP_PREFIX.exec(line)?.[0].length ?? 0) : 0;
}

const LIVE_BLOG_TITLE = /\b(daily|live|latest|updates|as it happened|roundup|round-up|blog)\b/i;

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
