// The runner keeps input order whatever the number of workers, bounds what is in flight, and gets
// past reports that fail, hang or kill their worker without stopping the batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText, type IngestItem } from '../../src/ingest/index.js';
import { runPipeline, type RunnerItem, type RunnerOptions } from '../../src/pipeline/runner.js';

const STUB = new URL('./fixtures/stub-worker.ts', import.meta.url);

async function* feed(texts: string[], log?: { pulled: number }): AsyncGenerator<IngestItem> {
  for (let i = 0; i < texts.length; i++) {
    if (log) log.pulled++;
    yield { ok: true, report: reportFromText(texts[i]!, { id: `r${i}`, origin: `feed.jsonl:${i + 1}` }) };
  }
}

async function collect(items: AsyncIterable<IngestItem>, opts: Partial<RunnerOptions>): Promise<RunnerItem[]> {
  const out: RunnerItem[] = [];
  for await (const item of runPipeline(items, { output: 'contract', ...opts })) out.push(item);
  return out;
}

const ids = (items: RunnerItem[]) => items.map((i) => (i.kind === 'failed' ? `failed:${i.message.origin}` : i.report.id));

// Reports that take different times, so workers finish them out of order.
const uneven = Array.from({ length: 40 }, (_, i) => `Report ${i}. SLOW:${(i * 7) % 5 === 0 ? 15 : 1}`);

test('output order is the input order with 1, 2 and 4 workers', async () => {
  const expected = uneven.map((_, i) => `r${i}`);
  for (const jobs of [2, 4]) {
    const items = await collect(feed(uneven), { jobs, workerEntry: STUB });
    assert.deepEqual(ids(items), expected, `jobs ${jobs}`);
  }
});

test('the real pipeline gives identical contract lines in process and on 2 workers', async () => {
  const texts = [
    'Syrian government helicopters dropped barrel bombs on Darayya on Tuesday, killing at least 12 people, activists said.',
    'Islamic State fighters attacked a checkpoint near Deir ez-Zor; the Syrian Observatory reported 7 soldiers killed.',
    'Protesters gathered in Kafranbel on Friday with banners criticising the opposition leadership.',
    '',
    'Rebels said they had taken the village of al-Eis south of Aleppo after two days of clashes.',
  ];
  const lines = async (jobs: number) =>
    (await collect(feed(texts), { jobs })).map((i) => (i.kind === 'done' ? i.line : i.kind));
  const one = await lines(1);
  assert.equal(one.length, texts.length);
  assert.deepEqual(await lines(2), one);
});

test('the reorder buffer bounds the reports in flight, so memory does not grow with the input', async () => {
  const log = { pulled: 0 };
  const texts = Array.from({ length: 200 }, (_, i) => `Report ${i}.`);
  let seen = 0;
  let worst = 0;
  for await (const _ of runPipeline(feed(texts, log), { output: 'contract', jobs: 2, window: 8, workerEntry: STUB })) {
    seen++;
    worst = Math.max(worst, log.pulled - seen);
    await new Promise((r) => setTimeout(r, 1)); // a slow consumer
  }
  assert.equal(seen, 200);
  assert.ok(worst <= 8, `at most 8 reports ahead of the consumer, saw ${worst}`);
});

test('a report that hangs its worker is failed alone after the time limit; the rest come through in order', async () => {
  const texts = ['first', 'second HANG', 'third', 'fourth', 'fifth'];
  const items = await collect(feed(texts), { jobs: 2, workerEntry: STUB, taskTimeoutMs: 500 });
  assert.deepEqual(ids(items), ['r0', 'failed:feed.jsonl:2', 'r2', 'r3', 'r4']);
  const failed = items[1]!;
  assert.ok(failed.kind === 'failed' && /gave up after/.test(failed.message.reason));
});

test('a report that kills its worker is failed alone; the worker is replaced', async () => {
  const texts = ['one', 'two CRASH', 'three', 'four CRASH', 'five', 'six THROW', 'seven'];
  const items = await collect(feed(texts), { jobs: 2, workerEntry: STUB });
  assert.deepEqual(ids(items), ['r0', 'failed:feed.jsonl:2', 'r2', 'failed:feed.jsonl:4', 'r4', 'failed:feed.jsonl:6', 'r6']);
  const crash = items[1]!;
  assert.ok(crash.kind === 'failed' && /worker exited unexpectedly/.test(crash.message.reason), JSON.stringify(crash));
});

test('ingest failures and skipped reports keep their place in the output', async () => {
  async function* mixed(): AsyncGenerator<IngestItem> {
    yield { ok: true, report: reportFromText('keep me', { id: 'a' }) };
    yield { ok: false, message: { level: 'error', code: 'ingest/jsonl-parse', reason: 'not JSON', origin: 'in.jsonl', line: 2 } };
    yield { ok: true, report: reportFromText('already stored', { id: 'b' }) };
    yield { ok: true, report: reportFromText('keep me too', { id: 'c' }) };
  }
  for (const jobs of [1, 2]) {
    const items = await collect(mixed(), { jobs, workerEntry: STUB, skip: (r) => r.text === 'already stored' });
    assert.deepEqual(
      items.map((i) => i.kind),
      ['done', 'failed', 'skipped', 'done'],
      `jobs ${jobs}`,
    );
  }
});

test('a worker that cannot start stops the run with one clear error instead of failing every report', async () => {
  const broken = new URL('./fixtures/broken-worker.ts', import.meta.url);
  await assert.rejects(
    collect(feed(['one', 'two', 'three']), { jobs: 2, workerEntry: broken }),
    (err: Error) => err.name === 'Error' && /could not start: .*cities\.bin/.test(err.message),
  );
});

test('a slow stream gets each output as soon as it is ready, without waiting to fill the window', async () => {
  for (const jobs of [1, 2]) {
    let firstSeen!: () => void;
    const gate = new Promise<void>((resolve) => (firstSeen = resolve));
    // Like a live feed on stdin: the second report only arrives after the first one's output is out.
    async function* live(): AsyncGenerator<IngestItem> {
      yield { ok: true, report: reportFromText('first dispatch', { id: 'live-1' }) };
      await gate;
      yield { ok: true, report: reportFromText('second dispatch', { id: 'live-2' }) };
    }
    const got: string[] = [];
    for await (const item of runPipeline(live(), { output: 'contract', jobs, workerEntry: STUB })) {
      got.push(item.kind === 'failed' ? 'failed' : item.report.id);
      firstSeen();
    }
    assert.deepEqual(got, ['live-1', 'live-2'], `jobs ${jobs}`);
  }
});
