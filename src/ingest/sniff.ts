// Which reader a file needs: by extension, else by a look at its first characters.
export type SourceFormat = 'txt' | 'html' | 'feed' | 'jsonl';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

export function formatFromExtension(path: string): SourceFormat | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? (BY_EXTENSION[m[1]!.toLowerCase()] ?? null) : null;
}

/** Guess from content: a feed, an HTML page, JSON lines, else plain text. */
export function sniffFormat(text: string): SourceFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  if (/^<\?xml/i.test(head) && /<(rss|feed)[\s>]/i.test(head)) return 'feed';
  if (/^<!doctype html|^<html[\s>]/i.test(head) || /<(body|head|p|div|article)[\s>]/i.test(head.slice(0, 1024))) return 'html';
  if (head.startsWith('{')) {
    const first = head.split('\n', 1)[0]!.trim();
    try {
      const v: unknown = JSON.parse(first);
      if (v && typeof v === 'object' && !Array.isArray(v)) return 'jsonl';
    } catch {
      // Not JSON on one line: plain text that starts with a brace.
    }
  }
  return 'txt';
}
