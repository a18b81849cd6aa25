// Scores the sub-event classifier alone on stripped event snippets (score.py strip output):
// each snippet's sentences are classified and the best-scoring one is its main event.
// Usage: npx tsx scripts/eval-classify.ts IN.jsonl > OUT.jsonl
//        python3 ../shared/eval/score.py events GOLD.jsonl OUT.jsonl
import { readFileSync } from 'node:fs';
import { classifySentence, type Classification } from '../src/extract/classify/index.js';
import { splitSpan } from '../src/text/sentences.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/eval-classify.ts IN.jsonl');
  process.exit(2);
}
const POSITION_PENALTY = Number(process.env.POSITION_PENALTY ?? 0.05);
const t0 = performance.now();
let sentences = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { id: string; text: string };
  let best: Classification | null = null;
  let bestRank = -Infinity;
  const spans = splitSpan(row.text, 0, row.text.length);
  for (let i = 0; i < spans.length; i++) {
    sentences++;
    const c = classifySentence(row.text.slice(spans[i]!.start, spans[i]!.end));
    // The lede usually carries the main event: later sentences must be clearly surer to win.
    const rank = c ? c.score - POSITION_PENALTY * i : -Infinity;
    if (c && rank > bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  const events = best ? [{ event_type: best.event_type, sub_event_type: best.sub_event_type, fatalities: 0 }] : [];
  process.stdout.write(JSON.stringify({ id: row.id, events }) + '\n');
}
const ms = performance.now() - t0;
console.error(`${sentences} sentences in ${ms.toFixed(0)} ms (${((ms * 1000) / Math.max(1, sentences)).toFixed(1)} µs/sentence)`);
