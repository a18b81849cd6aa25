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
//   SITREP_CLASSIFIER=rules|model|combined                    score the rules alone, the model alone, or both
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifySnippet, accuracyOn, crossValidate, type Accuracy } from '../src/extract/classify/crossval.js';
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
