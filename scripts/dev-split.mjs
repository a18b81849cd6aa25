#!/usr/bin/env node
// Splits a labelled dev file into a part we tune on and a part kept unseen until the end.
// Deterministic: a row is held out when the first hex digit of sha256(id) is a-f (about 3/8 of rows).
// Usage: node scripts/dev-split.mjs GOLD.jsonl tune|holdout > part.jsonl
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [file, part] = process.argv.slice(2);
if (!file || !['tune', 'holdout'].includes(part)) {
  console.error('usage: node scripts/dev-split.mjs GOLD.jsonl tune|holdout');
  process.exit(2);
}
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { id } = JSON.parse(line);
  const held = /^[a-f]/.test(createHash('sha256').update(String(id)).digest('hex'));
  if ((part === 'holdout') === held) process.stdout.write(line + '\n');
}
