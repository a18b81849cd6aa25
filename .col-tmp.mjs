import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
const [,, file, ...cols] = process.argv;
const src = readFileSync(file, 'utf8');
for (const opts of [{ minifyWhitespace: true }]) {
  const out = transformSync(src, { loader: 'ts', format: 'esm', target: 'node20', ...opts, keepNames: true }).code;
  const lines = out.split('\n');
  console.log('lines', lines.length);
  for (const c of cols) console.log(c, '::', lines[0].slice(+c - 30, +c + 150));
}
