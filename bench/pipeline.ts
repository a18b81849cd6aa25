// The pipeline benchmark: reports/s and MB/s, per core and in total, and peak memory, for
//   stages  - each stage timed on its own, in one thread (ingest, sentences, geoparse, extract, store, resolve)
//   extract - `sitrep extract`: ingest -> text pipeline -> contract JSON lines (to /dev/null)
//   run     - `sitrep run`: ingest -> text pipeline -> SQLite store -> resolution
//   scaling - one report made ever longer (0.25, 0.5, 1, 2 MB) through the text pipeline: the cost
//             should double with the length; more means some stage is super-linear in report size
//   plumbing - ingest -> runner -> output with a do-nothing worker (test/pipeline/fixtures): the cost and
//             memory of the streaming machinery alone, whatever the stages cost (needs jobs >= 2)
// on a corpus of the examples plus generated 3-5 KB reports (bench/corpus), at several sizes, so
// the growth of cost is visible. Each measurement runs in a fresh child process (clean peak RSS).
//
//   npx tsx bench/pipeline.ts [--sizes 1000,10000,100000] [--modes stages,extract,run] [--jobs 1,2]
//                             [--feed ingest|direct] [--json results.json]
//   npx tsx bench/pipeline.ts --summarize-profile FILE.cpuprofile   (where the time goes, by function)
// Profile one measurement: node --cpu-prof --import tsx bench/pipeline.ts --child '{"mode":"stages",...}'
// "per core" = reports per CPU-second (user + system, all threads), which stays honest on a
// machine shared with other work; "wall" = reports per elapsed second.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, makeReport } from './corpus/generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, '.cache', 'bench');

type Mode = 'stages' | 'extract' | 'run' | 'plumbing' | 'scaling';
type Feed = 'ingest' | 'direct';

interface ChildConfig {
  mode: Mode;
  file: string;
  size: number;
  jobs: number;
  feed: Feed;
  db: string;
}

interface ChildResult extends ChildConfig {
  reports: number;
  failed: number;
  events: number;
  bytes: number;
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  stagesMs?: Record<string, number>;
  note?: string;
}

// ---------------------------------------------------------------- the measured child

async function child(cfg: ChildConfig): Promise<ChildResult> {
  const { ingestPaths, reportFromText } = await import('../src/ingest/index.js');
  const { runPipeline } = await import('../src/pipeline/runner.js');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let reports = 0;
  let failed = 0;
  let events = 0;
  let bytes = 0;
  const stagesMs: Record<string, number> = {};
  // Stage costs in CPU time, not wall time: honest on a machine shared with other work.
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = <T>(stage: string, f: () => T): T => {
    const s = cpuNow();
    const out = f();
    stagesMs[stage] = (stagesMs[stage] ?? 0) + cpuNow() - s;
    return out;
  };

  // The corpus as ingest reads it, or (feed=direct) one report per JSONL line built here, for
  // when ingest cannot yet read JSONL.
  async function* feed() {
    if (cfg.feed === 'ingest') {
      yield* ingestPaths([cfg.file], {});
      return;
    }
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(cfg.file), crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { id: string; text: string; title?: string; date?: string; source?: string };
      yield { ok: true as const, report: reportFromText(rec.text, { id: rec.id, title: rec.title, date: rec.date, source: rec.source, origin: `${cfg.file}:${n}` }) };
    }
  }

  if (cfg.mode === 'scaling') {
    const { pipelineContext } = await import('../src/pipeline/context.js');
    const { processReport } = await import('../src/pipeline/process.js');
    const ctx = pipelineContext();
    const base = makeReport(7, 0).text + '\n\n';
    for (const kb of [256, 512, 1024, 2048]) {
      const text = base.repeat(Math.ceil((kb * 1024) / base.length));
      const s = cpuNow();
      const p = processReport(reportFromText(text, { id: `scaling-${kb}` }), ctx);
      stagesMs[`${kb} KB`] = cpuNow() - s;
      reports++;
      bytes += text.length;
      events += p.events.length;
      if (cpuNow() - s > 120_000) break; // clearly super-linear: the next size would take far longer
    }
  } else if (cfg.mode === 'stages') {
    const { pipelineContext } = await import('../src/pipeline/context.js');
    const { splitSentences } = await import('../src/text/sentences.js');
    const { geoparse } = await import('../src/geo/index.js');
    const { extractEvents } = await import('../src/extract/index.js');
    const { openStore } = await import('../src/store/sqlite.js');
    const ctx = time('load', () => pipelineContext());
    const store = openStore(cfg.db);
    const source = feed()[Symbol.asyncIterator]();
    for (;;) {
      const s = cpuNow();
      const next = await source.next();
      stagesMs.ingest = (stagesMs.ingest ?? 0) + cpuNow() - s;
      if (next.done) break;
      const item = next.value;
      if (!item.ok) {
        failed++;
        continue;
      }
      const report = item.report;
      reports++;
      bytes += Buffer.byteLength(report.text);
      const sentences = time('sentences', () => splitSentences(report));
      const places = time('geoparse', () => geoparse(report, sentences, ctx.gazetteer));
      const english = report.language === null || report.language === 'en';
      const evs = english ? time('extract', () => extractEvents(report, sentences, places, ctx)) : [];
      events += evs.length;
      time('store', () => store.saveProcessed({ report, sentences, places, events: evs }));
    }
    time('resolve', () => store.resolvePending());
    store.close();
  } else {
    const output = cfg.mode === 'run' ? 'processed' : 'contract';
    const workerEntry = cfg.mode === 'plumbing' ? new URL('../test/pipeline/fixtures/stub-worker.ts', import.meta.url) : undefined;
    const store = cfg.mode === 'run' ? (await import('../src/store/sqlite.js')).openStore(cfg.db) : null;
    const sink = cfg.mode === 'run' ? null : createWriteStream('/dev/null');
    const skip = store ? (r: { hash: string }) => store.hasReport(r.hash) : undefined;
    for await (const item of runPipeline(feed(), { jobs: cfg.jobs, output, skip, workerEntry })) {
      if (item.kind === 'failed') {
        failed++;
        continue;
      }
      reports++;
      bytes += Buffer.byteLength(item.report.text);
      if (item.kind !== 'done') continue;
      if (item.processed) {
        events += item.processed.events.length;
        store?.saveProcessed(item.processed);
      }
      if (item.line !== null && sink) {
        events += item.line.split('"event_type":').length - 1;
        if (!sink.write(item.line + '\n')) await new Promise((r) => sink.once('drain', r));
      }
    }
    if (store) {
      // As `sitrep run` does: the text pipeline's memory goes before resolution.
      (await import('../src/pipeline/context.js')).releasePipelineContext();
      store.resolvePending();
      store.close();
    }
    sink?.end();
  }
  const cpu = process.cpuUsage(cpu0);
  const note = cfg.feed === 'ingest' && cfg.mode !== 'scaling' && reports < cfg.size / 2 ? `ingest yielded ${reports} reports for ${cfg.size} lines` : undefined;
  return {
    ...cfg,
    reports,
    failed,
    events,
    bytes,
    wallMs: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    stagesMs: cfg.mode === 'stages' || cfg.mode === 'scaling' ? stagesMs : undefined,
    note,
  };
}

// ---------------------------------------------------------------- the parent: corpus, runs, table

async function ensureCorpus(size: number): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `corpus-${size}.jsonl`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file + '.part');
  for (const rec of corpus(size, 7, join(ROOT, 'examples'))) {
    if (!out.write(JSON.stringify(rec) + '\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
  renameSync(file + '.part', file); // complete or absent: an interrupted generation is redone
  return file;
}

function measure(cfg: ChildConfig): ChildResult | { error: string } {
  rmSync(cfg.db, { force: true });
  rmSync(cfg.db + '-wal', { force: true });
  rmSync(cfg.db + '-shm', { force: true });
  const res = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify(cfg)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  rmSync(cfg.db, { force: true });
  rmSync(cfg.db + '-wal', { force: true });
  rmSync(cfg.db + '-shm', { force: true });
  const last = res.stdout.trim().split('\n').at(-1) ?? '';
  if (res.status !== 0 || !last.startsWith('{')) return { error: (res.stderr || res.stdout).trim().split('\n').slice(-3).join(' | ') };
  return JSON.parse(last) as ChildResult;
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function row(r: ChildResult): string {
  const perCore = r.reports / (r.cpuMs / 1000);
  const wall = r.reports / (r.wallMs / 1000);
  const mbCore = r.bytes / 1e6 / (r.cpuMs / 1000);
  const cells = [
    r.mode,
    fmt(r.size),
    String(r.mode === 'stages' ? 1 : r.jobs),
    fmt(r.reports),
    fmt(perCore),
    fmt(mbCore, 2),
    fmt(wall),
    fmt(r.wallMs / 1000, 1),
    fmt(r.maxRssMB),
    fmt(r.events),
  ];
  return `| ${cells.join(' | ')} |`;
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30, 1)} GB RAM, Node ${process.version}, ${process.platform}-${process.arch}`;
}

async function parent(argv: string[]): Promise<void> {
  const arg = (name: string, dflt: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
  };
  const sizes = arg('--sizes', '1000,10000,100000').split(',').map(Number);
  const modes = arg('--modes', 'stages,extract,run').split(',') as Mode[];
  const jobsList = arg('--jobs', `1,${availableParallelism()}`).split(',').map(Number);
  const feed = arg('--feed', 'ingest') as Feed;
  const jsonOut = argv.includes('--json') ? arg('--json', '') : '';
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || jobsList.some((n) => !Number.isInteger(n) || n < 1)) {
    process.stderr.write('bench: --sizes and --jobs take comma-separated whole numbers\n');
    process.exitCode = 2;
    return;
  }
  console.log(`machine: ${machine()}`);
  console.log(`feed: ${feed}${feed === 'direct' ? ' (JSONL lines turned into reports by the bench, not by ingest)' : ''}\n`);
  console.log('| mode | corpus | jobs | reports | reports/s per core | MB/s per core | reports/s wall | wall s | peak RSS MB | event mentions |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const results: ChildResult[] = [];
  const stageLines: string[] = [];
  for (const size of sizes) {
    const file = await ensureCorpus(size);
    const mb = statSync(file).size / 1e6;
    for (const mode of modes) {
      if (mode === 'scaling' && size !== sizes[0]) continue; // independent of the corpus size
      for (const jobs of mode === 'stages' || mode === 'scaling' ? [1] : mode === 'plumbing' ? jobsList.filter((j) => j > 1) : jobsList) {
        const cfg: ChildConfig = { mode, file, size, jobs, feed, db: join(CACHE, `bench-${process.pid}.db`) };
        const r = measure(cfg);
        if ('error' in r) {
          console.log(`| ${mode} | ${fmt(size)} | ${jobs} | failed: ${r.error.slice(0, 200)} |`);
          continue;
        }
        results.push(r);
        console.log(row(r) + (r.note ? ` (${r.note})` : ''));
        if (r.stagesMs && mode === 'scaling') {
          const steps = Object.entries(r.stagesMs);
          const growth = steps.slice(1).map(([, v], k) => v / Math.max(steps[k]![1], 1e-3));
          stageLines.push(
            `one long report: ${steps.map(([k, v]) => `${k} ${fmt(v)} ms`).join(', ')}; cost ×${growth.map((g) => fmt(g, 1)).join(', ×')} per doubling (linear: ×2)`,
          );
        } else if (r.stagesMs) {
          const total = Object.entries(r.stagesMs).filter(([k]) => k !== 'load').reduce((a, [, v]) => a + v, 0);
          const parts = Object.entries(r.stagesMs).map(([k, v]) =>
            k === 'load' ? `load ${fmt(v)} ms (once)` : `${k} ${fmt((v / total) * 100)}% (${fmt((v * 1000) / Math.max(r.reports, 1))} µs/report)`,
          );
          stageLines.push(`${fmt(size)} reports (${fmt(mb, 1)} MB): ${parts.join(', ')}`);
        }
      }
    }
  }
  if (stageLines.length) console.log('\nwhere the time goes (stages, one thread, CPU time):\n' + stageLines.map((l) => '- ' + l).join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ machine: machine(), feed, results }, null, 2));
}

// ---------------------------------------------------------------- CPU profile summary

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function and per source file from a V8 .cpuprofile (`node --cpu-prof`). */
export function summarizeProfile(path: string, top = 25): string {
  const prof = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const perFn = new Map<string, number>();
  const perFile = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const f = byId.get(id)!.callFrame;
    const file = f.url.replace(/^file:\/\//, '').replace(ROOT, '') || '(native/vm)';
    const fn = `${f.functionName || '(anonymous)'}  ${file}${f.url ? ':' + (f.lineNumber + 1) : ''}`;
    perFn.set(fn, (perFn.get(fn) ?? 0) + us);
    const group = file.startsWith('node_modules/') ? file.split('/').slice(0, 2).join('/') : file;
    perFile.set(group, (perFile.get(group) ?? 0) + us);
  }
  const table = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${fmt((us / total) * 100, 1).padStart(5)}%  ${fmt(us / 1000).padStart(7)} ms  ${k}`)
      .join('\n');
  return `self time by source file:\n${table(perFile, 15)}\n\ntop functions by self time:\n${table(perFn, top)}`;
}

const i = process.argv.indexOf('--child');
if (i >= 0) {
  const result = await child(JSON.parse(process.argv[i + 1]!) as ChildConfig);
  process.stdout.write(JSON.stringify(result) + '\n');
} else if (process.argv.includes('--summarize-profile')) {
  const file = process.argv[process.argv.indexOf('--summarize-profile') + 1];
  if (!file) throw new Error('--summarize-profile needs a .cpuprofile file');
  console.log(summarizeProfile(file));
} else {
  await parent(process.argv.slice(2));
}
