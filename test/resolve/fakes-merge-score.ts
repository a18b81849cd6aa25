// Precision and recall of merging on the FA-KES dev set, against our hand labels
// (fakes-merge-labels.json). Not a test (it needs a database built from ../shared/eval):
//   python3 ../shared/eval/score.py strip ../shared/eval/dev/fakes.dev.jsonl > /tmp/fakes.in.jsonl
//   npx tsx src/cli/dev.ts run /tmp/fakes.in.jsonl --db /tmp/fakes.db
//   npx tsx test/resolve/fakes-merge-score.ts /tmp/fakes.db
// Two label sets are scored apart and together: `pairs` (the first 159) and `pairs_round3` (tune articles).
// Each article's main event mention (its first, most salient) stands for the article; a pair is
// merged when both mains resolved into one event. Merged pairs with no label are listed to read.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

interface Pair {
  a: string;
  b: string;
  same: boolean;
}

interface Labels {
  pairs: Pair[];
  /** Added later (tune articles only); scored apart so that figures stay comparable across rounds. */
  pairs_round3?: Pair[];
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
const allPairs = [...labels.pairs, ...(labels.pairs_round3 ?? [])];
const labelled = new Map(allPairs.map((p) => [key(p.a, p.b), p.same]));
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

function score(name: string, pairs: Pair[]): string {
  let [tp, fp, fn, tn] = [0, 0, 0, 0];
  for (const p of pairs) {
    const ea = eventOf.get(p.a);
    const eb = eventOf.get(p.b);
    if (!ea || !eb) continue; // an article with no event at all: extraction's, not merging's
    const merged = ea === eb;
    if (merged && p.same) tp++;
    else if (merged) fp++;
    else if (p.same) fn++;
    else tn++;
  }
  return `${name}: labelled pairs scored: ${tp + fp + fn + tn} (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn}); precision ${f(tp / (tp + fp))}, recall ${f(tp / (tp + fn))}\n`;
}

const byEvent = new Map<string, string[]>();
for (const m of mains) byEvent.set(m.event, [...(byEvent.get(m.event) ?? []), m.article]);
const unlabelled: string[] = [];
for (const arts of byEvent.values()) {
  for (let i = 0; i < arts.length; i++) for (let j = i + 1; j < arts.length; j++) if (!labelled.has(key(arts[i], arts[j]))) unlabelled.push(key(arts[i], arts[j]));
}
process.stdout.write(
  score('first set', labels.pairs) +
    score('round 3', labels.pairs_round3 ?? []) +
    score('both', allPairs) +
    `articles ${mains.length}, their main events ${byEvent.size}; merged pairs without a label: ${unlabelled.length}\n` +
    unlabelled.map((u) => `  ${u}\n`).join(''),
);
db.close();
