// Reading one input file safely: size limits, binary detection and UTF-8 decoding with a warning
// (never a crash). Everything here returns a message instead of throwing.
import { readFile, stat } from 'node:fs/promises';
import type { Message } from '../core/types.js';

/** Refuse a single report above this size: it is not a news text. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;
/** Process but warn above this size: slow, and probably not one report. */
export const LARGE_REPORT_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string; messages: Message[] } | { ok: false; message: Message };

export function errorMessage(code: string, reason: string, origin: string, line?: number): Message {
  const m: Message = { level: 'error', code, reason, origin };
  if (line !== undefined) m.line = line;
  return m;
}

/** Read a file's bytes, refusing what cannot or should not be read. */
export async function readBytes(path: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: Message }> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { ok: false, message: errorMessage('ingest/read', `not a regular file: ${path}`, path) };
    if (st.size > MAX_REPORT_BYTES) {
      return { ok: false, message: errorMessage('ingest/too-large', `${mb(st.size)} MB is over the ${mb(MAX_REPORT_BYTES)} MB limit for one report`, path) };
    }
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, message: errorMessage('ingest/read', `cannot read ${path}: ${err.code ?? err.message}`, path) };
  }
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

/** True when the bytes look like a binary file: NUL bytes or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC occur in text; other C0 controls do not.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control / n > 0.1;
}

/** Bytes to text: UTF-16 by BOM, else UTF-8 (invalid sequences replaced, with a warning). */
export function decodeBytes(bytes: Uint8Array, origin: string): Decoded {
  const messages: Message[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    messages.push({ level: 'info', code: 'ingest/encoding', reason: `decoded as ${enc} (byte order mark)`, origin });
    return { ok: true, text: new TextDecoder(enc).decode(bytes), messages };
  }
  if (looksBinary(bytes)) {
    return { ok: false, message: errorMessage('ingest/binary', 'binary file (NUL bytes or control characters), not text', origin) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    const bad = countReplacements(text);
    messages.push({
      level: 'warning',
      code: 'ingest/encoding',
      reason: `invalid UTF-8: ${bad} byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`,
      origin,
    });
  }
  if (bytes.length > LARGE_REPORT_BYTES) {
    messages.push({ level: 'warning', code: 'ingest/large', reason: `large input (${mb(bytes.length)} MB): processed, but it is unlikely to be one report`, origin });
  }
  return { ok: true, text, messages };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
