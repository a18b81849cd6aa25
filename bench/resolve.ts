// The resolution benchmark: the cost and memory of `resolvePending` alone, on a database whose
// reports are stored but not yet resolved (built once from a bench corpus, then copied for each
// measurement, so every run starts from the same backlog).
//
//   npx tsx bench/resolve.ts build CORPUS.jsonl N OUT.db     store the first N reports, unresolved (jobs 2)
//   npx tsx bench/resolve.ts run BACKLOG.db [--keep OUT.db] [--chunk N]
//       resolves a copy of BACKLOG.db, printing CPU and memory after each chunk (RSS, V8 heap, SQLite's
//       own allocations) and a summary line as JSON; --keep leaves the resolved copy for comparison
//   npx tsx bench/resolve.ts dump DB.db                      events, their mentions and sources, sorted (to diff two runs)
import { copyFileSync, createReadStream, existsSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [cmd, ...args] = process.argv.slice(2);

async function build(corpusFile: string, n: number, out: string): Promise<void> {
  const { reportFromText } = await import('../src/ingest/index.js');
  const { runPipeline } = await import('../src/pipeline/runner.js');
  const { openStore } = await import('../src/store/sqlite.js');
  for (const ext of ['', '-wal', '-shm']) rmSync(out + ext, { force: true });
  const store = openStore(out);
  async function* feed() {
    let i = 0;
    for await (const line of createInterface({ input: createReadStream(corpusFile), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      if (i++ >= n) break;
      const rec = JSON.parse(line) as { id: string; text: string; title?: string; date?: string; source?: string };
      yield { ok: true as const, report: reportFromText(rec.text, { id: rec.id, title: rec.title, date: rec.date, source: rec.source, origin: `${corpusFile}:${i}` }) };
    }
  }
  let reports = 0;
  for await (const item of runPipeline(feed(), { jobs: 2, output: 'processed' })) {
    if (item.kind === 'done' && item.processed) {
      store.saveProcessed(item.processed);
      reports++;
    }
  }
  const pending = (store.db.prepare('SELECT count(*) FROM mentions WHERE resolved = 0').pluck().get() as number);
  store.close();
  console.log(JSON.stringify({ reports, pending }));
}

async function run(backlog: string, keep: string | null, chunk: number | undefined): Promise<void> {
  const { openStore } = await import('../src/store/sqlite.js');
  const { cachedStatements, resolveCounters } = await import('../src/store/resolver.js');
  const target = keep ?? `${backlog}.run.db`;
  for (const ext of ['', '-wal', '-shm']) rmSync(target + ext, { force: true });
  copyFileSync(backlog, target);
  if (existsSync(backlog + '-wal')) copyFileSync(backlog + '-wal', target + '-wal');
  const store = openStore(target, { now: () => '2026-01-01T00:00:00.000Z' });
  // The pipeline (`sitrep run --jobs 1`) resolves with its gazetteer and models still live in the
  // heap; BENCH_BALLAST_MB keeps that much of small live objects to resolve under the same conditions.
  const ballast: object[][] = [];
  for (let mbDone = 0; mbDone < Number(process.env.BENCH_BALLAST_MB ?? 0); mbDone++) {
    const page: object[] = [];
    for (let i = 0; i < 10_000; i++) page.push({ a: i, b: `n${i}`, c: null }); // ~100 bytes each
    ballast.push(page);
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const mb = (b: number) => Math.round(b / 2 ** 20);
  let lastDone = 0;
  let lastCpu = 0;
  const sample = (done: number) => {
    const m = process.memoryUsage();
    const c = process.cpuUsage(cpu0);
    const cpuS = (c.user + c.system) / 1e6;
    const k = resolveCounters;
    process.stderr.write(
      `${done} mentions  cpu ${cpuS.toFixed(1)} s  chunk ${((cpuS - lastCpu) * 1000 / Math.max(1, done - lastDone)).toFixed(2)} ms/mention  ` +
      `loads ${k.loads} members ${k.loadedMembers} (max ${k.maxMembers})  candidates ${k.candidates}  neighbours ${k.neighbours}  rss ${mb(m.rss)} MB  heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB  external ${mb(m.external)} MB  maxrss ${mb(process.resourceUsage().maxRSS * 1024)} MB  statements ${cachedStatements(store.db)}\n`,
    );
    lastDone = done;
    lastCpu = cpuS;
    Object.assign(k, { loads: 0, loadedMembers: 0, candidates: 0, neighbours: 0, maxMembers: 0 });
  };
  const stopAt = Number(process.env.BENCH_STOP_AT ?? Infinity);
  const summary = store.resolvePending({ chunk, onChunk: (done) => (sample(done), done >= stopAt && process.exit(0)) });
  const c = process.cpuUsage(cpu0);
  void ballast.length;
  store.close();
  if (!keep) for (const ext of ['', '-wal', '-shm']) rmSync(target + ext, { force: true });
  const cpuMs = (c.user + c.system) / 1000;
  console.log(
    JSON.stringify({
      ...summary,
      lastDone,
      cpuMs: Math.round(cpuMs),
      wallMs: Math.round(performance.now() - t0),
      msPerMention: +(cpuMs / Math.max(1, summary.mentions)).toFixed(3),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

async function dump(db: string): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  const d = new Database(db, { readonly: true });
  // Every column of every event (the batch columns excepted: they count store sessions), with its
  // mentions (by key and score) and outlets; then contradictions and control rows.
  const events = d.prepare('SELECT * FROM events ORDER BY id').all() as Record<string, unknown>[];
  const members = d.prepare('SELECT m.key, em.score FROM event_mentions em JOIN mentions m ON m.id = em.mention_id WHERE em.event_id = ? ORDER BY m.key');
  const sources = d.prepare('SELECT outlet FROM event_sources WHERE event_id = ? ORDER BY outlet').pluck();
  for (const e of events) {
    const { created_batch: _c, updated_batch: _u, ...rest } = e;
    console.log(JSON.stringify({ ...rest, members: members.all(e.id), sources: sources.all(e.id) }));
  }
  for (const r of d.prepare('SELECT key, kind, event_a, event_b, place_key, event_date, summary, detail FROM contradictions ORDER BY key').all()) console.log(JSON.stringify(r));
  for (const r of d.prepare('SELECT place_key, since, holder, previous, event_id, status, confidence FROM control ORDER BY event_id, place_key').all()) console.log(JSON.stringify(r));
  for (const r of d.prepare('SELECT event_id, kind, detail FROM event_history ORDER BY event_id, id').all()) console.log(JSON.stringify(r));
  // The summaries the triggers keep: zero rows count too (a day an event passed through).
  for (const r of d.prepare('SELECT * FROM event_days ORDER BY day, event_type').all()) console.log(JSON.stringify(r));
  for (const r of d.prepare('SELECT a.name, l.event_id FROM event_actor_names l JOIN actor_names a ON a.id = l.actor ORDER BY l.event_id, a.name').all()) console.log(JSON.stringify(r));
  console.log(JSON.stringify({ mentionsPending: d.prepare('SELECT count(*) FROM mentions WHERE resolved = 0').pluck().get() }));
  d.close();
}

if (cmd === 'build') await build(args[0]!, Number(args[1]), args[2]!);
else if (cmd === 'run') {
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] ?? null : null;
  };
  const chunk = opt('--chunk');
  await run(args[0]!, opt('--keep'), chunk ? Number(chunk) : undefined);
} else if (cmd === 'dump') await dump(args[0]!);
else {
  process.stderr.write('usage: bench/resolve.ts build CORPUS N OUT.db | run BACKLOG.db [--keep OUT.db] [--chunk N] | dump DB.db\n');
  process.exitCode = 2;
}
