// Ingest: files, directories and stdin to Reports. Formats: plain text, HTML, RSS/Atom feeds,
// JSON lines. Bad input never throws and never stops a batch: each problem is one
// {ok:false, message} item (or a warning on the report), and the next input is read.
import { readdir, stat } from 'node:fs/promises';
import type { Message, Report } from '../core/types.js';
import { extractHtml, joinPieces } from './html.js';
import { parseFeed, type FeedItem } from './feed.js';
import { readJsonlFile, readJsonlStream, safeLine } from './jsonl.js';
import { decodeBytes, errorMessage, readBytes } from './read.js';
import { buildReport } from './report.js';
import { formatFromExtension, sniffFormat } from './sniff.js';
import type { IngestItem, IngestOptions, ReportMeta } from './types.js';

export type { IngestItem, IngestOptions, ReportMeta } from './types.js';
export { buildReport } from './report.js';
export { detectLanguage } from './language.js';

/** A plain-text report (text kept exactly as given): zones, entries, date, language, hash. */
export function reportFromText(text: string, meta: ReportMeta = {}): Report {
  const id = meta.id ?? 'text';
  return buildReport({
    id,
    text,
    format: 'txt',
    origin: meta.origin ?? id,
    title: meta.title ?? null,
    date: meta.date ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
  });
}

/** Reports from paths in order: files, directories (recursively, sorted, no hidden files), '-' for JSONL on stdin. */
export async function* ingestPaths(paths: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* readJsonlStream(process.stdin, '-', opts);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch (e) {
      yield { ok: false, message: errorMessage('ingest/read', `cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, p) };
      continue;
    }
    if (isDir) {
      for await (const file of walk(p)) {
        if (typeof file === 'string') yield* ingestFile(file, opts);
        else yield { ok: false, message: file };
      }
    } else {
      yield* ingestFile(p, opts);
    }
  }
}

/**
 * Files a directory walk passes over: a corpus folder's own documentation (README, LICENSE...)
 * and files that are never reports (images, archives, databases, code). Named on the command
 * line, any file is still read.
 */
const NOT_A_REPORT =
  /^(readme|license|licence|copying|notice|changelog|authors|contributing)(\.[a-z]+)?$|\.(png|jpe?g|gif|webp|svg|ico|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|tar|db|sqlite3?|db-journal|db-wal|js|mjs|cjs|ts|css|map|py|sh|exe|so|dll|woff2?|ttf|mp[34]|mov|avi|webm)$/i;

/** Files under a directory, sorted by name at each level, hidden names and non-reports skipped. */
async function* walk(dir: string, seen = new Set<string>()): AsyncGenerator<string | Message> {
  let names: string[];
  try {
    const st = await stat(dir);
    const key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) return; // a symlink loop
    seen.add(key);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.') && !NOT_A_REPORT.test(n)).sort();
  } catch (e) {
    yield errorMessage('ingest/read', `cannot read directory ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, dir);
    return;
  }
  for (const name of names) {
    const path = dir.endsWith('/') ? dir + name : `${dir}/${name}`;
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (e) {
      yield errorMessage('ingest/read', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
      continue;
    }
    if (isDir) yield* walk(path, seen);
    else yield path;
  }
}

/** One file: JSONL is streamed; everything else is read whole (within the size limit). */
export async function* ingestFile(path: string, opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const byExtension = formatFromExtension(path);
  if (byExtension === 'jsonl') {
    yield* readJsonlFile(path, opts);
    return;
  }
  const read = await readBytes(path);
  if (!read.ok) {
    yield read;
    return;
  }
  if (read.bytes.length === 0) {
    yield { ok: false, message: errorMessage('ingest/empty', 'empty file', path) };
    return;
  }
  const decoded = decodeBytes(read.bytes, path);
  if (!decoded.ok) {
    yield decoded;
    return;
  }
  const { text, messages } = decoded;
  if (!text.trim()) {
    yield { ok: false, message: errorMessage('ingest/empty', 'file holds only whitespace', path) };
    return;
  }
  const format = byExtension ?? sniffFormat(text);
  try {
    yield* fromText(path, text, format, messages, opts);
  } catch (e) {
    // A last guard: a bug on one odd input must not stop the batch.
    yield { ok: false, message: errorMessage('ingest/internal', `could not ingest: ${(e as Error).message.slice(0, 200)}`, path) };
  }
}

function* fromText(path: string, text: string, format: ReturnType<typeof sniffFormat>, messages: Message[], opts: IngestOptions): Generator<IngestItem> {
  const override = opts.date ?? null;
  if (format === 'jsonl') {
    // A sniffed JSONL file without the extension: it is already in memory, so split it here.
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) if (lines[i]!.trim()) yield safeLine(lines[i]!.replace(/\r$/, ''), i + 1, path, opts);
    return;
  }
  if (format === 'html') {
    const page = extractHtml(text, path);
    if (!page.text.trim()) {
      yield { ok: false, message: errorMessage('ingest/empty', 'HTML page has no text', path) };
      return;
    }
    yield {
      ok: true,
      report: buildReport({ id: path, text: page.text, blocks: page.blocks, format: 'html', origin: path, title: page.title, date: page.date, source: page.source, url: page.url, override, messages: [...messages, ...page.messages] }),
    };
    return;
  }
  if (format === 'feed') {
    const feed = parseFeed(text, path);
    if (!feed.ok) {
      yield feed;
      return;
    }
    for (const item of feed.items) {
      let result: IngestItem;
      try {
        result = feedItemReport(path, item, messages, feed.messages, override);
      } catch (e) {
        result = { ok: false, message: errorMessage('ingest/internal', `feed item ${item.key} could not be ingested: ${(e as Error).message.slice(0, 200)}`, path) };
      }
      yield result;
    }
    return;
  }
  yield { ok: true, report: buildReport({ id: path, text, format: 'txt', origin: path, override, messages }) };
}

function feedItemReport(path: string, item: FeedItem, messages: Message[], feedMessages: Message[], override: string | null): IngestItem {
  const id = `${path}#${item.key}`;
  const { text, blocks } = joinPieces(item.pieces);
  if (!text.trim()) return { ok: false, message: errorMessage('ingest/empty', `feed item ${item.key} has no text`, path) };
  const itemMessages = [...messages, ...feedMessages, ...item.messages.map((m) => ({ ...m, origin: id }))];
  return {
    ok: true,
    report: buildReport({ id, text, blocks, format: 'rss', origin: path, title: item.title, date: item.date, url: item.link, source: item.source, override, messages: itemMessages }),
  };
}
