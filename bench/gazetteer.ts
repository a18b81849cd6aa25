// Gazetteer benchmark: cold build, warm load from the cache, memory, lookups/s and geoparse reports/s.
// Run:  npx tsx bench/gazetteer.ts            (uses a fresh temporary SITREP_HOME for the cold build)
//       npx tsx bench/gazetteer.ts --warm     (warm load only, from the usual cache)
// Each phase runs in a child process so that memory and load times are measured from a clean start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const phase = process.env.SITREP_BENCH_PHASE;

if (!phase) {
  const warmOnly = process.argv.includes('--warm');
  const home = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const run = (name: string, env: Record<string, string | undefined>) => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(import.meta.url).pathname], { env: { ...process.env, ...env, SITREP_BENCH_PHASE: name }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    process.stdout.write(r.stdout);
  };
  try {
    if (!warmOnly) run('cold', { SITREP_HOME: home });
    run('warm', warmOnly ? {} : { SITREP_HOME: home });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
} else {
  const { loadGazetteer, geoparse } = await import('../src/geo/index.js');
  const { reportFromText } = await import('../src/ingest/index.js');
  const { splitSentences } = await import('../src/text/sentences.js');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const gaz = loadGazetteer();
  const loadMs = performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  (globalThis as { gc?: () => void }).gc?.();
  const rss = process.memoryUsage().rss / 1e6;
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(`${phase}: load ${loadMs.toFixed(0)} ms wall (${((c1.user + c1.system) / 1000).toFixed(0)} ms CPU), ${gaz.size} entries, RSS ${rss.toFixed(0)} MB (heap ${heap.toFixed(0)} MB)`);
  if (phase === 'warm') {
    const names = ['Aleppo', 'Deir ez-Zor', 'Dayr az Zawr', 'Tel Rifaat', 'London', 'Springfield', 'Kobani', 'Zorbawi', 'Homs', 'San Jose', 'Mosul', 'Nowhere Town'];
    let n = 0;
    const t1 = performance.now();
    while (performance.now() - t1 < 1000) for (const x of names) (gaz.lookup(x), n++);
    console.log(`lookups: ${Math.round(n / ((performance.now() - t1) / 1000))} /s (folded name, transliteration fallback)`);
    // A 4 KB report of our own wording (facts restated from public reporting, not copied).
    const para =
      'Syrian government helicopters dropped barrel bombs on the town of Kafr Zita in the northern Hama countryside on Tuesday, ' +
      'activists said, while clashes continued on the outskirts of Tel Rifaat, 35 km north of Aleppo. In Idlib province, an air strike ' +
      'hit a market in Saraqib, and the Syrian Observatory for Human Rights reported shelling of Douma and Harasta in Eastern Ghouta. ' +
      'Turkish-backed fighters advanced from Azaz towards Marea, and Kurdish forces in Afrin said they repelled the attack. ';
    const text = para.repeat(Math.ceil(4000 / para.length));
    const report = reportFromText(text, { id: 'bench' });
    const sentences = splitSentences(report);
    let reps = 0;
    const t2 = performance.now();
    const cpu = process.cpuUsage();
    while (performance.now() - t2 < 2000) (geoparse(report, sentences, gaz), reps++);
    const perSec = reps / ((performance.now() - t2) / 1000);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / reps;
    // CPU time per report is the figure to quote on a shared machine; wall-clock rate is shown too.
    console.log(`geoparse: ${cpuMs.toFixed(2)} CPU ms per ${(text.length / 1000).toFixed(1)} KB report (${geoparse(report, sentences, gaz).length} places) = ${(1000 / cpuMs).toFixed(0)} reports/s per core; wall clock ${perSec.toFixed(0)} reports/s`);
  }
}
