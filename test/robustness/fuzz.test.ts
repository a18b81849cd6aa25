// Fuzz test over the text pipeline: realistic reports, randomly damaged, must never make a stage
// throw, and every span it returns must lie inside the text and match it. CI runs a few hundred
// cases with a fixed seed; run longer with SITREP_FUZZ_CASES=100000 (and SITREP_FUZZ_SEED=n).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, reportFromText } from '../../src/ingest/index.js';
import { processReport } from '../../src/pipeline/process.js';
import { pipelineContext } from '../../src/pipeline/context.js';
import { toContract } from '../../src/pipeline/contract.js';
import type { ProcessedReport, Span } from '../../src/core/types.js';
import { makeReport, rng } from '../../bench/corpus/generate.js';
import { mutate } from './mutate.js';

const CASES = Number(process.env.SITREP_FUZZ_CASES ?? 300);
const SEED = Number(process.env.SITREP_FUZZ_SEED ?? 20240229);
/** A case slower than this probably hit super-linear behaviour (regex backtracking) in some stage. */
const SLOW_MS = Number(process.env.SITREP_FUZZ_SLOW_MS ?? 3000);

// Hand-written bases besides the generated ones: live-blog shape, claims and denials, numbers.
const HANDWRITTEN = [
  'Syria Daily, March 3: Regime Bombs Douma\n\n1412 GMT: Activists say at least 14 people were killed when regime helicopters dropped barrel bombs on Douma this morning.\n\n1105 GMT: State news agency SANA denies the reports, saying the army targeted "terrorist gatherings".\n\nComments\n\nReader One says: this is terrible',
  'ISIS fighters seized the town of al-Qaryatayn, south-east of Homs, on Thursday after a three-day assault, the Syrian Observatory for Human Rights said. Between 37 and 45 soldiers were killed. The claim could not be independently verified.',
  'Turkish-backed factions shelled Tel Rifaat (also written Tal Rifat) overnight; the Kurdish YPG said two children were among five dead. Ankara denied targeting civilians.',
];

function checkSpan(label: string, s: Span, text: string, slice?: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${label}: integer offsets`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${label}: 0 <= ${s.start} <= ${s.end} <= ${text.length}`);
  if (slice !== undefined) assert.equal(slice, text.slice(s.start, s.end), `${label}: its text is the slice it points at`);
}

/** Every invariant a processed report must keep, whatever its input. */
export function assertWellFormed(p: ProcessedReport): void {
  const text = p.report.text;
  for (const s of p.sentences) checkSpan('sentence', s, text);
  for (const pl of p.places) {
    checkSpan('place', pl, text, pl.text);
    if (pl.lat !== null) assert.ok(Math.abs(pl.lat) <= 90 && Math.abs(pl.lon ?? 0) <= 180, 'place coordinates on Earth');
  }
  for (const e of p.events) {
    checkSpan('evidence', e.evidence, text, e.evidence.text);
    assert.ok(Number.isSafeInteger(e.fatalities) && e.fatalities >= 0, `fatalities a whole number >= 0, got ${e.fatalities}`);
    if (e.event_date !== null) {
      assert.match(e.event_date, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(new Date(e.event_date + 'T00:00:00Z').toISOString().slice(0, 10), e.event_date, 'a real calendar date');
    }
    for (const [field, src] of Object.entries(e.sources)) if (src.span) checkSpan(`source of ${field}`, src.span, text);
  }
  JSON.stringify(toContract(p)); // serialisable: no cycles, no BigInt
}

test(`fuzz: ${CASES} damaged reports (seed ${SEED}) never throw and give valid spans`, { timeout: Math.max(120_000, CASES * 200) }, () => {
  const ctx = pipelineContext();
  const r = rng(SEED);
  const bases = [...HANDWRITTEN, ...Array.from({ length: 20 }, (_, i) => makeReport(SEED % 1000, i).text)];
  let slowest = { ms: 0, case: -1 };
  // Collected rather than stopping at the first, so a stage owner sees every kind of failure.
  const failures = new Map<string, string>();
  for (let c = 0; c < CASES; c++) {
    const base = bases[Math.floor(r() * bases.length)]!;
    const text = mutate(base, r);
    const report = reportFromText(text, { id: `fuzz-${SEED}-${c}`, date: r() < 0.5 ? '2016-02-29' : null });
    const t0 = performance.now();
    try {
      const processed = processReport(report, ctx);
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { ms, case: c };
      assertWellFormed(processed);
    } catch (err) {
      const what = err instanceof assert.AssertionError ? err.message.split('\n')[0]! : `threw ${err instanceof Error ? err.stack : String(err)}`;
      const kind = what.replace(/\d+/g, 'N').slice(0, 120);
      if (!failures.has(kind)) failures.set(kind, `case ${c}: ${what}\n  input: ${JSON.stringify(text.slice(0, 300))}`);
    }
  }
  assert.equal(failures.size, 0, `seed ${SEED}, ${failures.size} kind(s) of failure:\n${[...failures.values()].join('\n')}`);
  assert.ok(slowest.ms < SLOW_MS, `case ${slowest.case} took ${Math.round(slowest.ms)} ms (limit ${SLOW_MS})`);
});

/** A report as a web page: paragraphs in markup, with the debris real pages carry. */
function asHtml(text: string, r: () => number): string {
  const paras = text.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  const debris = [
    '<script>var n = 1; document.write("<p>killed 99 in Aleppo</p>");</script>',
    '<div class="share">Share this: Facebook Twitter</div>',
    '<!-- comment <p>not closed -->',
    '<style>p { color: red }</style>',
    '<figure><img src="x.jpg"><figcaption>Smoke rises over Idlib</figcaption></figure>',
    '<table><tr><td>cell<td>cell',
    '<div>'.repeat(500),
    '&nbsp;&#8212;&bogus;&#xFFFFFFFF;',
  ];
  for (let i = 0; i < 3; i++) paras.splice(Math.floor(r() * (paras.length + 1)), 0, debris[Math.floor(r() * debris.length)]!);
  return `<!doctype html><html><head><title>${paras[0]?.slice(3, 60) ?? ''}</title></head><body><article>${paras.join('\n')}</article></body></html>`;
}

const HTML_CASES = Math.max(20, Math.round(CASES / 5));

test(`fuzz: ${HTML_CASES} damaged web pages through ingest and the pipeline (seed ${SEED})`, { timeout: Math.max(120_000, HTML_CASES * 1000) }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fuzz-'));
  try {
    const r = rng(SEED + 1);
    for (let c = 0; c < HTML_CASES; c++) {
      const page = mutate(asHtml(makeReport(SEED % 1000, 100 + c).text, r), r);
      writeFileSync(join(dir, `${String(c).padStart(4, '0')}.html`), page);
    }
    const ctx = pipelineContext();
    const failures: string[] = [];
    let seen = 0;
    for await (const item of ingestPaths([dir])) {
      seen++;
      if (!item.ok) {
        assert.ok(item.message.reason.trim() && !item.message.reason.includes('\n'), 'a refusal is one clear line');
        continue;
      }
      try {
        assertWellFormed(processReport(item.report, ctx));
      } catch (err) {
        failures.push(`${item.report.origin}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
    }
    assert.ok(seen >= HTML_CASES, `every page gives a report or a refusal (${seen}/${HTML_CASES})`);
    assert.deepEqual(failures.slice(0, 10), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
