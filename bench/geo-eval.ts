// Runs the geo stage alone over a JSONL file and prints the extract contract's `places` per line,
// for the toponym scorer when the full pipeline is not wanted:
//   python3 ../shared/eval/score.py strip ../shared/eval/dev/gwn.jsonl --spans > /tmp/gwn.in.jsonl
//   npx tsx bench/geo-eval.ts /tmp/gwn.in.jsonl > /tmp/gwn.out.jsonl
//   python3 ../shared/eval/score.py toponyms ../shared/eval/dev/gwn.jsonl /tmp/gwn.out.jsonl
import { readFileSync } from 'node:fs';
import { reportFromText } from '../src/ingest/index.js';
import { splitSentences } from '../src/text/sentences.js';
import { geoparse, loadGazetteer } from '../src/geo/index.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx bench/geo-eval.ts INPUT.jsonl > OUT.jsonl');
  process.exit(2);
}
const gaz = loadGazetteer();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { id: string; text: string; toponyms?: { start: number; end: number }[] };
  const report = reportFromText(row.text, { id: row.id });
  if (Array.isArray(row.toponyms)) report.toponyms = row.toponyms.map((t) => ({ start: t.start, end: t.end }));
  const places = geoparse(report, splitSentences(report), gaz);
  process.stdout.write(
    JSON.stringify({
      id: row.id,
      places: places.map((p) => ({ start: p.start, end: p.end, text: p.text, name: p.name, lat: p.lat, lon: p.lon, geonameid: p.geonameid, country: p.country, admin1: p.admin1, feature_code: p.featureCode, role: p.role ?? null })),
    }) + '\n',
  );
}
