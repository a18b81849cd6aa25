#!/usr/bin/env node
// Builds the workspace page: compiles src/web/*.ts for the browser into dist/web and copies the
// HTML and CSS beside it. Usage: node src/web/build.mjs
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'dist', 'web');
// TypeScript's package exports hide bin/, so locate it beside its package.json.
const tsc = join(here, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');

const res = spawnSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
if (res.status !== 0) {
  console.error('web build: the page did not compile');
  process.exit(res.status ?? 1);
}
mkdirSync(out, { recursive: true });
for (const f of ['index.html', 'style.css']) copyFileSync(join(here, f), join(out, f));
console.log(`web build: ${out}`);
