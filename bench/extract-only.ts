// The text stages alone, for profiling: the bench corpus is ingested, split and geoparsed once,
// then geoparse and extract are each timed (CPU) over every report, REPS times.
//   node --import tsx bench/extract-only.ts [CORPUS.jsonl] [REPS]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/extract-only.ts
import { ingestPaths } from '../src/ingest/index.js';
import { pipelineContext } from '../src/pipeline/context.js';
import { splitSentences } from '../src/text/sentences.js';
import { geoparse } from '../src/geo/index.js';
import { extractEvents } from '../src/extract/index.js';

const file = process.argv[2] ?? '.cache/bench/corpus-1000.jsonl';
const reps = Number(process.argv[3] ?? 2);
const ctx = pipelineContext();
const items = [];
for await (const item of ingestPaths([file], {})) if (item.ok) items.push({ report: item.report, sentences: splitSentences(item.report) });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const only = process.env.STAGE; // 'geoparse' or 'extract' to time one
for (let r = 0; r < reps; r++) {
  let geoMs = 0;
  let exMs = 0;
  let events = 0;
  for (const { report, sentences } of items) {
    let s = cpu();
    const places = geoparse(report, sentences, ctx.gazetteer);
    geoMs += cpu() - s;
    if (only === 'geoparse') continue;
    if (report.language !== null && report.language !== 'en') continue;
    s = cpu();
    events += extractEvents(report, sentences, places, ctx).length;
    exMs += cpu() - s;
  }
  console.log(`rep ${r + 1}: ${items.length} reports, ${events} events; geoparse ${(geoMs / items.length).toFixed(3)} ms/report, extract ${(exMs / items.length).toFixed(3)} ms/report`);
}
