// Test corpora: generated 3-5 KB reports (bench/corpus) written as files in a fresh temp directory.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReport } from '../../../bench/corpus/generate.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sitrep-${prefix}-`));
}

/** `count` generated reports as .txt files; returns their paths in order. */
export function writeReports(dir: string, count: number, seed = 11): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const rec = makeReport(seed, i);
    const p = join(dir, `${String(i).padStart(5, '0')}.txt`);
    writeFileSync(p, rec.text);
    paths.push(p);
  }
  return paths;
}
