// RSS 2.0 / RSS 1.0 / Atom feeds: each item is a report (title, date, link, HTML or text body).
// Well-formedness is checked by a linear scan first; a broken feed is still read leniently when
// it can be, with a warning, and refused (never crashed on) when it cannot.
import { DOMParser } from 'linkedom';
import type { Message } from '../core/types.js';
import { htmlFragmentPieces } from './html.js';
import { MAX_DEPTH, scanTags, stripTags } from './markup.js';

export interface FeedItem {
  /** guid/id, else the 1-based position in the feed. */
  key: string;
  /** The item's <source> (RSS) or <source><title> (Atom), else the feed's own title. */
  source: string | null;
  title: string | null;
  link: string | null;
  date: string | null;
  pieces: { text: string; hint?: 'title' | 'headline' | 'caption' | 'furniture' | 'comment' | 'body' }[];
  messages: Message[];
}

export type FeedResult = { ok: true; items: FeedItem[]; messages: Message[] } | { ok: false; message: Message };

export function parseFeed(xml: string, origin: string): FeedResult {
  const messages: Message[] = [];
  const scan = scanTags(xml, true);
  if (scan.maxDepth > MAX_DEPTH) {
    return { ok: false, message: { level: 'error', code: 'ingest/feed', reason: `feed nested ${scan.maxDepth} levels deep: refused`, origin } };
  }
  if (scan.error) {
    messages.push({ level: 'warning', code: 'ingest/feed-malformed', reason: `feed is not well-formed XML (${scan.error.reason}): read leniently`, line: scan.error.line, origin });
  }
  let doc: any;
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml');
  } catch (e) {
    return { ok: false, message: { level: 'error', code: 'ingest/feed', reason: `feed cannot be parsed: ${(e as Error).message.slice(0, 100)}`, origin } };
  }
  let nodes = Array.from(doc.getElementsByTagName('item')) as any[];
  const atom = nodes.length === 0;
  if (atom) nodes = Array.from(doc.getElementsByTagName('entry'));
  if (nodes.length === 0) {
    const reason = scan.error ? `not a readable feed (${scan.error.reason})` : 'feed has no <item> or <entry>';
    const m: Message = { level: 'error', code: 'ingest/feed', reason, origin };
    if (scan.error) m.line = scan.error.line;
    return { ok: false, message: m };
  }
  const feedTitle = channelTitle(doc, atom);
  const items = nodes.map((node, i) => readItem(node, i, atom, feedTitle));
  return { ok: true, items, messages };
}

/** The feed's own title: <channel><title> or <feed><title>. */
function channelTitle(doc: any, atom: boolean): string | null {
  const root = atom ? doc.getElementsByTagName('feed')[0] : doc.getElementsByTagName('channel')[0];
  if (!root) return null;
  for (const c of Array.from(root.children) as any[]) {
    if (c.tagName === 'title' || c.localName === 'title') return stripTags(c.textContent ?? '') || null;
  }
  return null;
}

function readItem(node: any, index: number, atom: boolean, feedTitle: string | null): FeedItem {
  const messages: Message[] = [];
  const child = (...names: string[]): any => {
    for (const name of names) {
      for (const c of Array.from(node.children) as any[]) if (c.tagName === name || c.localName === name) return c;
    }
    return null;
  };
  const text = (el: any): string | null => {
    const t = (el?.textContent ?? '').trim();
    return t ? t : null;
  };
  const titleEl = child('title');
  let title = text(titleEl);
  if (title && (/html/i.test(titleEl.getAttribute('type') ?? '') || /<[a-z]/i.test(title))) title = stripTags(title) || null;
  const key = text(child('guid', 'id')) ?? String(index + 1);
  const date = text(child('pubDate', 'dc:date', 'published', 'updated', 'a10:updated', 'date'));
  let link: string | null = null;
  if (atom) {
    const links = (Array.from(node.children) as any[]).filter((c) => c.tagName === 'link' || c.localName === 'link');
    const alt = links.find((l) => !l.getAttribute('rel') || l.getAttribute('rel') === 'alternate') ?? links[0];
    link = alt?.getAttribute('href') ?? null;
  } else {
    link = text(child('link'));
  }
  // The richest body: full content, else description/summary.
  const bodyEl = child('content:encoded', 'content', 'description', 'summary');
  const pieces: FeedItem['pieces'] = [];
  if (title) pieces.push({ text: title, hint: 'title' });
  if (bodyEl) {
    const type = (bodyEl.getAttribute('type') ?? '').toLowerCase();
    const raw = type === 'xhtml' ? bodyEl.innerHTML : (bodyEl.textContent ?? '');
    if (type === 'text') {
      for (const para of raw.split(/\n\s*\n/)) if (para.trim()) pieces.push({ text: para.replace(/\s+/g, ' ').trim() });
    } else {
      const frag = htmlFragmentPieces(raw);
      for (const p of frag.pieces) pieces.push(p);
      if (frag.fallback) messages.push({ level: 'warning', code: 'ingest/html-fallback', reason: 'item body nested too deep: text taken without a DOM' });
    }
  }
  const sourceEl = child('source', 'dc:source');
  const source = (atom ? text(sourceEl?.getElementsByTagName('title')[0]) : text(sourceEl)) ?? feedTitle;
  return { key, source, title, link, date, pieces, messages };
}
