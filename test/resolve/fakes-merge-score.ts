// Precision and recall of merging on the FA-KES dev set, against our hand labels
// (fakes-merge-labels.json). Not a test (it needs a database built from ../shared/eval):
//   python3 ../shared/eval/score.py strip ../shared/eval/dev/fakes.dev.jsonl > /tmp/fakes.in.jsonl
//   npx tsx src/cli/dev.ts run /tmp/fakes.in.jsonl --db /tmp/fakes.db
//   npx tsx test/resolve/fakes-merge-score.ts /tmp/fakes.db
// Each article's main event mention (its first, most salient) stands for the article; a pair is
// merged when both mains resolved into one event. Merged pairs with no label are listed to read.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

interface Labels {
  pairs: { a: string; b: string; same: boolean }[];
}

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: npx tsx test/resolve/fakes-merge-score.ts DB\n');
  process.exit(2);
}
const labels = JSON.parse(readFileSync(new URL('./fakes-merge-labels.json', import.meta.url), 'utf8')) as Labels;
const db = new Database(path, { readonly: true, fileMustExist: true });
const mains = db
  .prepare(
    `SELECT r.key AS article, em.event_id AS event FROM mentions m JOIN reports r ON r.id = m.report_id
     JOIN event_mentions em ON em.mention_id = m.id WHERE m.seq = 0`,
  )
  .all() as { article: string; event: string }[];
const eventOf = new Map(mains.map((m) => [m.article, m.event]));
const key = (a: string, b: string) => [a, b].sort().join('|');
const labelled = new Map(labels.pairs.map((p) => [key(p.a, p.b), p.same]));

let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
for (const p of labels.pairs) {
  const ea = eventOf.get(p.a);
  const eb = eventOf.get(p.b);
  if (!ea || !eb) continue; // an article with no event at all: extraction's, not merging's
  const merged = ea === eb;
  if (merged && p.same) tp++;
  else if (merged) fp++;
  else if (p.same) fn++;
  else tn++;
}
const byEvent = new Map<string, string[]>();
for (const m of mains) byEvent.set(m.event, [...(byEvent.get(m.event) ?? []), m.article]);
const unlabelled: string[] = [];
for (const arts of byEvent.values()) {
  for (let i = 0; i < arts.length; i++) for (let j = i + 1; j < arts.length; j++) if (!labelled.has(key(arts[i], arts[j]))) unlabelled.push(key(arts[i], arts[j]));
}
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
process.stdout.write(
  `labelled pairs scored: ${tp + fp + fn + tn} (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn}); ` +
    `precision ${f(tp / (tp + fp))}, recall ${f(tp / (tp + fn))}\n` +
    `articles ${mains.length}, their main events ${byEvent.size}; merged pairs without a label: ${unlabelled.length}\n` +
    unlabelled.map((u) => `  ${u}\n`).join(''),
);
db.close();
