// A quick estimate of how many reports a set of inputs holds, for the progress bar's "time left":
// one per file, one per non-blank line of a JSONL file. Reads only newlines; never fails.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const JSONL = new Set(['.jsonl', '.ndjson']);

export async function estimateReportCount(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return null; // stdin: unknown length
    total += await countPath(p).catch(() => 0);
  }
  return total;
}

async function countPath(p: string): Promise<number> {
  const st = await stat(p);
  if (st.isDirectory()) {
    let n = 0;
    for (const name of (await readdir(p)).sort()) {
      if (!name.startsWith('.')) n += await countPath(join(p, name)).catch(() => 0);
    }
    return n;
  }
  if (!st.isFile()) return 0;
  return JSONL.has(extname(p).toLowerCase()) ? countLines(p) : 1;
}

async function countLines(p: string): Promise<number> {
  let lines = 0;
  let lastWasNewline = true;
  for await (const chunk of createReadStream(p) as AsyncIterable<Buffer>) {
    let i = -1;
    while ((i = chunk.indexOf(10, i + 1)) !== -1) lines++;
    lastWasNewline = chunk[chunk.length - 1] === 10;
  }
  return lines + (lastWasNewline ? 0 : 1);
}
