// Where the reader-comment thread of a plain-text page begins. Comments are set aside whole: they
// argue, quote and speculate, and must never be coded as reporting. Cues, from strongest:
//   a comment marker ("Leave a Comment", "12 Comments", "Leave a Reply"),
//   "Related Posts" followed by comment-like blocks,
//   a trailing run of indented, numbered or bulleted replies ("  1. ...", "  • Name"),
//   a commenter line followed by a date line ("Hanibaal", "February 10, 2015 at 3:12 pm").
import type { Block } from './blocks.js';

const COMMENT_MARKER =
  /^((leave|post|add|write) a (comment|reply)|\d+\s+(comments?|responses?|replies|thoughts on\b.*)|(readers?['’]? )?comments?(\s*\(\d+\))?|discussion|join the (discussion|conversation)|show comments|comments are closed\.?)\s*:?$/i;
const RELATED_MARKER = /^related (posts?|articles?|stories)\s*:?$/i;
const REPLY_START = /^(\d{1,3}[.)]|[•·▪◦*–—-])\s+\S/;
const DATE_ONLY =
  /^((on\s+)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})(\s*(at|,|-|–)?\s*\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?)?)$/i;
const SAYS = /^[\p{L}][\p{L}\p{N} .'_-]{0,40}\s+(says|said|wrote|replied)\s*:?$/u;

export interface CommentThread {
  /** Index of the first block of the thread (a marker, or the first reply). */
  first: number;
  /** Index of a "Related Posts" line just before it, which is furniture. */
  related: number | null;
}

export function isCommentMarker(line: string): boolean {
  return COMMENT_MARKER.test(line.trim());
}

export function isDateOnlyLine(line: string): boolean {
  return DATE_ONLY.test(line.trim());
}

/** The first block of the comment thread, or null when the page has none. */
export function findCommentThread(text: string, blocks: Block[]): CommentThread | null {
  const line = (b: Block) => text.slice(b.start, b.end);
  const n = blocks.length;
  // From the end: the longest tail of blocks that can all belong to a thread.
  let tail = n;
  while (tail > 0 && threadLike(text, blocks[tail - 1]!)) tail--;

  let first: number | null = null;
  let related: number | null = null;
  // A marker before any reporting ("12 Comments" beside the byline) is a count, not the thread.
  const firstProse = blocks.findIndex((b) => b.end - b.start >= 60 && /[.!?]["”’)]*$/.test(line(b)));
  for (let i = 1; i < n; i++) {
    const t = line(blocks[i]!);
    if (isCommentMarker(t) && firstProse !== -1 && i > firstProse) {
      first = i;
      break;
    }
    if (RELATED_MARKER.test(t) && (i + 1 >= n || i + 1 >= tail)) {
      related = i;
      first = i + 1 < n ? i + 1 : i;
      break;
    }
    // An indented reply that starts a tail made only of replies.
    if (i >= tail && blocks[i]!.indent >= 2 && REPLY_START.test(t)) {
      first = i;
      break;
    }
    // "Name" then "February 10, 2015 at 3:12 pm" after the article has started.
    if (i >= 3 && isCommenterLine(t) && i + 1 < n && isDateOnlyLine(line(blocks[i + 1]!))) {
      first = i;
      break;
    }
    if (i >= 3 && SAYS.test(t)) {
      first = i;
      break;
    }
  }
  if (first === null) return null;
  return { first, related };
}

/** A block that can sit inside a comment thread: indented, a marker, or a date line. */
function threadLike(text: string, b: Block): boolean {
  const t = text.slice(b.start, b.end);
  return b.hint === 'comment' || b.indent >= 2 || isCommentMarker(t) || isDateOnlyLine(t);
}

function isCommenterLine(t: string): boolean {
  return t.length <= 40 && /^[\p{Lu}@][\p{L}\p{N} .'_-]*$/u.test(t) && t.split(/\s+/).length <= 4;
}
