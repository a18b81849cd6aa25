// Scores the sub-event classifier alone.
//   npx tsx scripts/eval-classify.ts IN.jsonl > OUT.jsonl     stripped event snippets (score.py strip
//       output): each snippet's best sentence is its main event; then
//       python3 ../shared/eval/score.py events GOLD.jsonl OUT.jsonl
//   npx tsx scripts/eval-classify.ts --check FILE...          accuracy on labelled sentences kept out of
//       training (data/training/check-*.jsonl)
//   npx tsx scripts/eval-classify.ts --cv [K]                 K-fold cross-validation over the hand-written
//       training sentences (generated ones always train); slow-ish: K trainings
//   --data DIR (with --cv)                                    read the training sentences from DIR instead of
//       data/training (a frozen copy, to compare runs while files are being added)
//   --grid '{"dropsStrong":[0.7,0.95],...}' FILE...            accuracy on labelled sentences for every combination of
//       the model's overrule thresholds (ModelThresholds in src/extract/classify/index.ts); the others
//       keep their defaults
//   SITREP_CLASSIFIER=rules|model|combined                    score the rules alone, the model alone, or both
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifySnippet, accuracyOn, crossValidate, type Accuracy } from '../src/extract/classify/crossval.js';
import { setModelThresholds, type ModelThresholds } from '../src/extract/classify/index.js';
import { loadFile, loadPath } from '../src/extract/classify/train.js';
import { splitSpan } from '../src/text/sentences.js';

const args = process.argv.slice(2);

function report(name: string, a: Accuracy): void {
  console.log(`${name}: ${a.correct}/${a.total} = ${(a.correct / Math.max(1, a.total)).toFixed(3)}`);
  for (const [k, n] of a.confusions.slice(0, 10)) console.log(`  ${String(n).padStart(3)}  ${k}`);
}

if (args[0] === '--check') {
  if (args.length < 2) {
    console.error('usage: npx tsx scripts/eval-classify.ts --check FILE...');
    process.exit(2);
  }
  for (const f of args.slice(1)) report(f, accuracyOn(loadFile(f).rows));
} else if (args[0] === '--grid') {
  const grid = parseGrid(args[1]);
  if (!grid || args.length < 3) {
    console.error(`usage: npx tsx scripts/eval-classify.ts --grid '{"dropsStrong":[0.7,0.95]}' FILE...`);
    process.exit(2);
  }
  const sets = args.slice(2).map((f) => ({ f, rows: loadFile(f).rows }));
  for (const combo of combinations(grid)) {
    setModelThresholds();
    setModelThresholds(combo);
    const counts = sets.map(({ f, rows }) => `${f.replace(/^.*\//, '').replace(/\.jsonl$/, '')} ${accuracyOn(rows).correct}`);
    const total = sets.reduce((n, s) => n + s.rows.length, 0);
    console.log(`${JSON.stringify(combo)}  ${counts.join('  ')}  (of ${total})`);
  }
} else if (args[0] === '--cv') {
  const dataAt = args.indexOf('--data');
  const dir = dataAt > 0 ? args[dataAt + 1] : undefined;
  if (dataAt > 0 && !dir) {
    console.error('--data DIR: give the directory of training sentences');
    process.exit(2);
  }
  const k = Number(args[1] !== undefined && args[1] !== '--data' ? args[1] : 5);
  if (!Number.isInteger(k) || k < 2) {
    console.error('--cv K: K must be a whole number of at least 2');
    process.exit(2);
  }
  const rows = loadPath(dir ?? fileURLToPath(new URL('../data/training', import.meta.url))).rows;
  const generated = rows.filter((r) => /synthetic/.test(r.source));
  report(`${k}-fold CV over hand-written sentences`, crossValidate(rows.filter((r) => !/synthetic/.test(r.source)), generated, k));
} else {
  const file = args[0];
  if (!file) {
    console.error('usage: npx tsx scripts/eval-classify.ts IN.jsonl | --check FILE... | --cv [K]');
    process.exit(2);
  }
  const penalty = Number(process.env.POSITION_PENALTY ?? 0.05);
  const t0 = performance.now();
  let sentences = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string };
    sentences += splitSpan(row.text, 0, row.text.length).length;
    const best = classifySnippet(row.text, penalty);
    const events = best ? [{ event_type: best.event_type, sub_event_type: best.sub_event_type, fatalities: 0 }] : [];
    process.stdout.write(JSON.stringify({ id: row.id, events }) + '\n');
  }
  const ms = performance.now() - t0;
  console.error(`${sentences} sentences in ${ms.toFixed(0)} ms (${((ms * 1000) / Math.max(1, sentences)).toFixed(1)} µs/sentence)`);
}

/** The thresholds to try, by name: each a list of values from 0 to 1. */
function parseGrid(json: string | undefined): Partial<Record<keyof ModelThresholds, number[]>> | null {
  try {
    const g = JSON.parse(json ?? '') as Record<string, unknown>;
    const known = ['overrulesStrong', 'overrulesWeak', 'findsEvent', 'dropsEvent', 'dropsStrong', 'findsOverStrong'];
    const ok = Object.entries(g).every(([k, v]) => known.includes(k) && Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && x >= 0 && x <= 1));
    return ok && Object.keys(g).length ? (g as Partial<Record<keyof ModelThresholds, number[]>>) : null;
  } catch {
    return null;
  }
}

function combinations(grid: Partial<Record<keyof ModelThresholds, number[]>>): Partial<ModelThresholds>[] {
  let out: Partial<ModelThresholds>[] = [{}];
  for (const [k, values] of Object.entries(grid)) out = out.flatMap((c) => values!.map((v) => ({ ...c, [k]: v })));
  return out;
}
