// JSON Lines: one report per line, read as a stream (constant memory for a million lines).
// A broken line is reported with its number and the next line is read.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Message, Span } from '../core/types.js';
import { buildReport } from './report.js';
import { extractHtml } from './html.js';
import { looksBinary, MAX_REPORT_BYTES, LARGE_REPORT_BYTES } from './read.js';
import type { IngestItem, IngestOptions } from './types.js';

/** Read a JSONL file line by line. */
export async function* readJsonlFile(path: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  try {
    const fh = await open(path, 'r');
    try {
      const head = Buffer.alloc(8192);
      const { bytesRead } = await fh.read(head, 0, head.length, 0);
      if (looksBinary(head.subarray(0, bytesRead))) {
        yield fail('ingest/binary', 'binary file (NUL bytes or control characters), not JSON lines', path);
        return;
      }
      if (bytesRead === 0) {
        yield fail('ingest/empty', 'empty file', path);
        return;
      }
    } finally {
      await fh.close();
    }
  } catch (e) {
    yield fail('ingest/read', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
    return;
  }
  yield* readJsonlStream(createReadStream(path, { encoding: 'utf8' }), path, opts);
}

/** Read JSONL from a stream ('-' is stdin). */
export async function* readJsonlStream(input: Readable, origin: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let streamError: Error | null = null;
  input.on('error', (e) => {
    streamError = e;
    rl.close();
  });
  try {
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      yield safeLine(line, lineNo, origin, opts);
    }
  } catch (e) {
    streamError ??= e as Error;
  }
  if (streamError) yield fail('ingest/read', `reading stopped after line ${lineNo}: ${(streamError as Error).message}`, origin, lineNo);
}

/** A bug on one odd line must not stop the stream: it becomes that line's message. */
export function safeLine(line: string, lineNo: number, file: string, opts: IngestOptions): IngestItem {
  try {
    return jsonlLine(line, lineNo, file, opts);
  } catch (e) {
    return fail('ingest/internal', `line ${lineNo} could not be ingested: ${(e as Error).message.slice(0, 200)}`, file, lineNo);
  }
}

/** One JSONL line to a report, or a message saying why not. */
export function jsonlLine(line: string, lineNo: number, file: string, opts: IngestOptions): IngestItem {
  const origin = `${file}:${lineNo}`;
  if (line.length > MAX_REPORT_BYTES) return fail('ingest/too-large', `line of ${Math.round(line.length / 1048576)} MB is over the 50 MB limit for one report`, file, lineNo);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail('ingest/jsonl-parse', `line ${lineNo} is not valid JSON: ${(e as Error).message.slice(0, 120)}`, file, lineNo);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail('ingest/jsonl-parse', `line ${lineNo} is not a JSON object`, file, lineNo);
  }
  const o = value as Record<string, unknown>;
  const messages: Message[] = [];
  const str = (k: string): string | null => {
    const v = o[k];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    messages.push({ level: 'warning', code: 'ingest/jsonl-field', reason: `"${k}" is not a string: ignored`, line: lineNo, origin: file });
    return null;
  };
  let id: string;
  if (typeof o.id === 'string' || typeof o.id === 'number') id = String(o.id);
  else {
    id = origin;
    messages.push({ level: 'warning', code: 'ingest/jsonl-field', reason: `line ${lineNo} has no "id": "${origin}" used`, line: lineNo, origin: file });
  }
  const text = str('text');
  const html = text === null ? str('html') : null;
  if (text === null && html === null) {
    return fail('ingest/jsonl-field', `line ${lineNo} (id "${id}") has no "text" or "html" string`, file, lineNo);
  }
  if ((text ?? html)!.trim() === '') return fail('ingest/empty', `line ${lineNo} (id "${id}") has an empty text`, file, lineNo);
  if (line.length > LARGE_REPORT_BYTES) {
    messages.push({ level: 'warning', code: 'ingest/large', reason: `large report (${Math.round(line.length / 1048576)} MB)`, line: lineNo, origin: file });
  }
  if ((text ?? html)!.includes('\uFFFD')) {
    messages.push({ level: 'warning', code: 'ingest/encoding', reason: 'text contains U+FFFD replacement characters (invalid UTF-8 in the input?)', line: lineNo, origin: file });
  }
  const meta = { title: str('title'), date: str('date'), source: str('source'), url: str('url') };
  if (text !== null) {
    const toponyms = readToponyms(o.toponyms, text.length, lineNo, file, messages);
    return {
      ok: true,
      report: buildReport({ id, text, format: 'jsonl', origin, ...meta, override: opts.date ?? null, toponyms, messages }),
    };
  }
  const page = extractHtml(html!, origin);
  if (!page.text.trim()) return fail('ingest/empty', `line ${lineNo} (id "${id}") has no text in its HTML`, file, lineNo);
  return {
    ok: true,
    report: buildReport({
      id,
      text: page.text,
      blocks: page.blocks,
      format: 'jsonl',
      origin,
      title: meta.title ?? page.title,
      date: meta.date ?? page.date,
      source: meta.source ?? page.source,
      url: meta.url ?? page.url,
      override: opts.date ?? null,
      messages: [...messages, ...page.messages],
    }),
  };
}

/** "toponyms": [{start, end}, ...] kept as given when valid; otherwise dropped with a warning. */
function readToponyms(v: unknown, length: number, lineNo: number, file: string, messages: Message[]): Span[] | null {
  if (v === undefined || v === null) return null;
  const bad = (why: string) => {
    messages.push({ level: 'warning', code: 'ingest/jsonl-field', reason: `"toponyms" ${why}: ignored`, line: lineNo, origin: file });
    return null;
  };
  if (!Array.isArray(v)) return bad('is not an array');
  const out: Span[] = [];
  for (const t of v) {
    if (!t || typeof t !== 'object') return bad('has an entry that is not an object');
    const { start, end } = t as { start?: unknown; end?: unknown };
    if (!Number.isInteger(start) || !Number.isInteger(end)) return bad('has an entry without integer start/end');
    if ((start as number) < 0 || (end as number) > length || (start as number) >= (end as number)) return bad(`has a span [${String(start)}, ${String(end)}) outside the text`);
    out.push(t as Span);
  }
  return out;
}

function fail(code: string, reason: string, origin: string, line?: number): IngestItem {
  const message: Message = { level: 'error', code, reason, origin };
  if (line !== undefined) message.line = line;
  return { ok: false, message };
}
