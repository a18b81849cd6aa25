// Who may write. Reading is open; ingest needs a bearer token whenever the server listens beyond
// localhost (and whenever a token was configured at all).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.js';

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Refuse to open writing to the network without a token. */
export function checkListenPolicy(host: string, token: string | null): void {
  if (!isLoopbackHost(host) && !token) {
    throw new Error(
      `refusing to listen on ${host} without a token: ingest would be open to the network. ` +
        'Give --token T (or set SITREP_TOKEN), or listen on 127.0.0.1.',
    );
  }
}

export function requireWriteAccess(req: IncomingMessage, token: string | null): void {
  if (!token) return;
  const header = String(req.headers.authorization ?? '');
  const m = /^Bearer\s+(.+)$/i.exec(header);
  if (!m) throw new HttpError(401, 'unauthorized', 'Writing needs a token: send Authorization: Bearer <token>.');
  const given = Buffer.from(m[1]!.trim());
  const want = Buffer.from(token);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    throw new HttpError(403, 'forbidden', 'The token is not valid.');
  }
}
