// HTML page -> plain text + blocks. Main text by Readability over linkedom (body text when
// Readability finds nothing); comment sections (class/id says comment/reply/respond/disqus) are
// kept after the main text as 'comment' blocks; headings and figcaptions become hints. Hostile
// markup (very deep nesting) skips the DOM and goes through a linear tag stripper.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Message } from '../core/types.js';
import { lineBlocks, type Block, type BlockHint } from './blocks.js';
import { normaliseDate } from './dates.js';
import { MAX_DEPTH, MAX_DOM_ELEMENTS, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS, scanTags, stripTags } from './markup.js';

export interface HtmlExtract {
  text: string;
  blocks: Block[];
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  messages: Message[];
}

interface Piece {
  text: string;
  hint?: BlockHint;
  date?: string;
  /** The first piece inside a live-blog entry element (class "live-entry", "liveblog-post"...). */
  entryStart?: boolean;
}

/** Above this size the DOM is skipped: Readability over tens of megabytes is too slow. */
const MAX_DOM_CHARS = 8 * 1024 * 1024;

const COMMENT_CLASS = /(^|[\s_-])(comments?|commentlist|comment-?list|comment-?section|replies|reply|respond|disqus\w*)([\s_-]|$)/i;
const CAPTION_CLASS = /(^|[\s_-])(caption|wp-caption-text|credit|photo-credit)([\s_-]|$)/i;
const FURNITURE_CLASS = /(^|[\s_-])(share|sharing|social|sharedaddy|related|newsletter|breadcrumbs?|tags|advert|ad-slot)([\s_-]|$)/i;
/** Elements that hold one live-blog entry (WordPress live blogs, news-site live pages). */
const LIVE_ENTRY_CLASS = /(^|[\s_-])(live-?(blog)?-?(entry|post|update|item|event)|liveblog-?(entry|post|item)|block-live|timeline-?(entry|item)|update-?entry)([\s_-]|$)/i;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TR TD TH UL'.split(' '),
);

export function extractHtml(html: string, origin: string): HtmlExtract {
  const messages: Message[] = [];
  const scan = scanTags(html);
  const tooBig = html.length > MAX_DOM_CHARS || scan.elements > MAX_DOM_ELEMENTS;
  if (scan.maxDepth > MAX_DEPTH || tooBig) {
    messages.push({
      level: 'warning',
      code: 'ingest/html-fallback',
      reason: tooBig ? 'very large page: text taken without a DOM' : `markup nested ${scan.maxDepth} levels deep: text taken without a DOM`,
      origin,
    });
    return withoutDom(html, messages);
  }
  try {
    const useReadability = scan.maxDepth <= MAX_READABILITY_DEPTH && scan.elements <= MAX_READABILITY_ELEMENTS;
    if (!useReadability) {
      messages.push({ level: 'info', code: 'ingest/readability', reason: `page too deep or large for Readability (depth ${scan.maxDepth}, ${scan.elements} elements): body text used`, origin });
    }
    return withDom(html, origin, useReadability, messages);
  } catch (e) {
    // The DOM libraries failed on this markup: the linear stripper never does.
    messages.push({ level: 'warning', code: 'ingest/html-fallback', reason: `markup could not be parsed (${(e as Error).message.slice(0, 80)}): text taken without a DOM`, origin });
    return withoutDom(html, messages);
  }
}

function withoutDom(html: string, messages: Message[]): HtmlExtract {
  const text = stripTags(html);
  const titleMatch = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(html.slice(0, 20000));
  return { text, blocks: lineBlocks(text), title: titleMatch ? stripTags(titleMatch[1]!) || null : null, date: null, url: null, source: null, messages };
}

function withDom(html: string, origin: string, useReadability: boolean, messages: Message[]): HtmlExtract {
  const { document } = parseHTML(html);
  if (!document.documentElement) throw new Error('no document element');
  const meta = readMeta(document);
  for (const el of Array.from(document.querySelectorAll('script,style,noscript,template,iframe,svg')) as any[]) el.remove();

  // Comment sections: taken out before Readability sees the page, kept as comment blocks.
  const commentPieces: Piece[] = [];
  // A "comment" class on the element holding most of the page ("entry-content no-comments") is
  // not a comment section.
  const pageChars = (document.body?.textContent ?? '').length;
  const sections = topMost(Array.from(document.querySelectorAll('[class],[id]')).filter(isCommentSection)).filter(
    (el) => pageChars < 500 || (el.textContent ?? '').length < pageChars * 0.5,
  );
  for (const el of sections) {
    for (const p of piecesOf(el)) commentPieces.push({ text: p.text, hint: 'comment' });
    el.remove();
  }

  markEntryStarts(document);
  const bodyPieces = document.body ? piecesOf(document.body) : [];
  let main: Piece[] = [];
  if (useReadability) {
    try {
      // keepClasses: live-blog entry classes mark where entries begin.
      const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200, maxElemsToParse: MAX_READABILITY_ELEMENTS, keepClasses: true });
      const article = reader.parse();
      if (article?.content && (article.textContent ?? '').trim().length > 0) {
        main = piecesOf(parseHTML(`<html><body>${article.content}</body></html>`).document.body);
      }
    } catch (e) {
      messages.push({ level: 'info', code: 'ingest/readability', reason: `Readability failed (${(e as Error).message.slice(0, 80)}): body text used`, origin });
    }
    if (main.length === 0 && bodyPieces.length) {
      messages.push({ level: 'info', code: 'ingest/readability', reason: 'no main article found: the whole body text is used', origin });
    }
  }
  if (main.length === 0) main = bodyPieces;

  const title = meta.title;
  const pieces: Piece[] = [];
  if (title) {
    const firstIsTitle = main[0] && same(main[0].text, title);
    pieces.push({ text: firstIsTitle ? main[0]!.text : title, hint: 'title' });
    if (firstIsTitle) main = main.slice(1);
  }
  // A loop, not push(...spread): a page can have more pieces than the call stack has room for.
  for (const p of main) pieces.push(p);
  for (const p of commentPieces) pieces.push(p);
  const { text, blocks } = joinPieces(pieces);
  return { text, blocks, title, date: meta.date, url: meta.url, source: meta.source, messages };
}

/** Blocks of an HTML fragment (a feed item's description), without Readability. */
export function htmlFragmentPieces(html: string): { pieces: Piece[]; fallback: boolean } {
  const scan = scanTags(html);
  if (scan.maxDepth > MAX_DEPTH || scan.elements > MAX_DOM_ELEMENTS || html.length > MAX_DOM_CHARS) {
    return { pieces: stripTags(html).split(/\n{2,}/).filter((t) => t.trim()).map((t) => ({ text: t.trim() })), fallback: true };
  }
  try {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    for (const el of Array.from(document.querySelectorAll('script,style,noscript,template,iframe,svg')) as any[]) el.remove();
    return { pieces: piecesOf(document.body), fallback: false };
  } catch {
    return { pieces: stripTags(html).split(/\n{2,}/).filter((t) => t.trim()).map((t) => ({ text: t.trim() })), fallback: true };
  }
}

/** Text pieces joined by blank lines; each piece is one block with its offsets. */
export function joinPieces(pieces: Piece[]): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  for (const p of pieces) {
    const t = p.text.trim();
    if (!t) continue;
    if (text) text += '\n\n';
    const block: Block = { start: text.length, end: text.length + t.length, indent: 0, blankBefore: true, blankAfter: true };
    if (p.hint) block.hint = p.hint;
    if (p.date) block.date = p.date;
    if (p.entryStart) block.entryStart = true;
    blocks.push(block);
    text += t;
  }
  return { text, blocks };
}

interface Meta {
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
}

function readMeta(doc: any): Meta {
  const metaContent = (sel: string): string | null => {
    const v = doc.querySelector(sel)?.getAttribute('content');
    return v && v.trim() ? v.trim() : null;
  };
  const title =
    metaContent('meta[property="og:title"]') ??
    (doc.querySelector('title')?.textContent?.trim() || null) ??
    (doc.querySelector('h1')?.textContent?.trim() || null);
  const date =
    metaContent('meta[property="article:published_time"]') ??
    metaContent('meta[name="article:published_time"]') ??
    metaContent('meta[itemprop="datePublished"]') ??
    jsonLdDate(doc) ??
    metaContent('meta[name="pubdate"]') ??
    metaContent('meta[name="publishdate"]') ??
    metaContent('meta[name="publish-date"]') ??
    metaContent('meta[name="date"]') ??
    metaContent('meta[name="DC.date.issued"]') ??
    metaContent('meta[name="dc.date"]') ??
    metaContent('meta[name="DC.date"]') ??
    (doc.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime') || null) ??
    (doc.querySelector('time[pubdate]')?.getAttribute('datetime') || null) ??
    (doc.querySelector('article time[datetime]')?.getAttribute('datetime') || null) ??
    (doc.querySelector('time[datetime]')?.getAttribute('datetime') || null);
  const url = (doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || null) ?? metaContent('meta[property="og:url"]');
  // The outlet: a declared source (a restated or syndicated story) before the site's own name.
  const source =
    metaContent('meta[name="dcterms.source"]') ??
    metaContent('meta[name="DC.source"]') ??
    metaContent('meta[name="dc.source"]') ??
    metaContent('meta[name="source"]') ??
    metaContent('meta[property="og:site_name"]') ??
    metaContent('meta[name="application-name"]');
  return { title: title ? title.replace(/\s+/g, ' ') : null, date, url, source };
}

/** datePublished from JSON-LD (NewsArticle, possibly inside @graph). */
function jsonLdDate(doc: any): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')) as any[]) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const v = queue[i];
      if (Array.isArray(v)) for (const x of v.slice(0, 200)) queue.push(x);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.datePublished === 'string') return o.datePublished;
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return null;
}

function isCommentSection(el: any): boolean {
  const tag = el.tagName;
  if (tag === 'HTML' || tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return COMMENT_CLASS.test(cls);
}

function topMost(els: any[]): any[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** Walk an element iteratively (no recursion: deep trees must not blow the stack). */
function piecesOf(root: any): Piece[] {
  const pieces: Piece[] = [];
  let buf = '';
  let bufHint: BlockHint | undefined;
  let bufTime: { date: string; text: string } | null = null;
  // Set on entering a live-blog entry element; the next piece opens the entry.
  let entryPending = false;
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) {
      const piece: Piece = bufHint ? { text: t, hint: bufHint } : { text: t };
      if (entryPending) piece.entryStart = true;
      entryPending = false;
      // A block that is only a <time datetime> (a live-blog entry stamp) dates its entry.
      if (bufTime && t.length <= bufTime.text.length + 12) piece.date = bufTime.date;
      pieces.push(piece);
    }
    buf = '';
    bufHint = undefined;
    bufTime = null;
  };
  // Stack entries: a node to visit, or a marker to close a block element.
  const stack: { node: any; close?: boolean; hint?: BlockHint }[] = [{ node: root }];
  const hints: (BlockHint | undefined)[] = [];
  while (stack.length) {
    const { node, close, hint } = stack.pop()!;
    if (close) {
      flush();
      hints.pop();
      continue;
    }
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      if (!bufHint) bufHint = hints[hints.length - 1];
      continue;
    }
    if (node.nodeType !== 1 || SKIP_TAGS.has(node.tagName)) continue;
    const tag: string = node.tagName;
    if (tag === 'TIME' && !bufTime) {
      const date = normaliseDate(node.getAttribute('datetime') ?? '');
      if (date) bufTime = { date, text: (node.textContent ?? '').replace(/\s+/g, ' ').trim() };
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      if (LIVE_ENTRY_CLASS.test(node.getAttribute('class') ?? '')) entryPending = true;
      if (node.classList?.contains(ENTRY_START)) entryPending = true;
      const h = hintOf(node) ?? hints[hints.length - 1] ?? hint;
      hints.push(h);
      stack.push({ node, close: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
  }
  flush();
  return pieces;
}

/**
 * Readability flattens wrapper elements (a live-entry <div> around one <p> becomes the <p>), so the
 * first block inside each entry element is marked with a class that survives it.
 */
function markEntryStarts(doc: any): void {
  for (const entry of Array.from(doc.querySelectorAll('[class]')) as any[]) {
    if (!LIVE_ENTRY_CLASS.test(entry.getAttribute('class') ?? '')) continue;
    const first = entry.querySelector('p,h1,h2,h3,h4,h5,h6,li,blockquote,figure,pre,time');
    if (first) first.classList.add(ENTRY_START);
  }
}

const ENTRY_START = 'sitrep-entry-start';

function hintOf(el: any): BlockHint | undefined {
  const tag: string = el.tagName;
  if (/^H[1-6]$/.test(tag)) return 'headline';
  if (tag === 'FIGCAPTION') return 'caption';
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (CAPTION_CLASS.test(cls)) return 'caption';
  if (FURNITURE_CLASS.test(cls)) return 'furniture';
  return undefined;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
