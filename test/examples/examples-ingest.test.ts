// The bundled examples: the corpus is what the README promises (sizes, formats, sources), and
// every file ingests cleanly into the reports, entries, zones and metadata it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Report } from '../../src/core/types.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { EXAMPLES_DIR, examplePath, exampleFiles, ingestExamples, reportsOf } from './load.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The prose of each report as written in the file, without markup: what the 80-600 word rule is about. */
function prosePieces(file: string): { label: string; text: string }[] {
  const raw = readFileSync(examplePath(file), 'utf8');
  switch (extname(file)) {
    case '.txt':
      return [{ label: file, text: raw }];
    case '.jsonl':
      return raw
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          const row = JSON.parse(l) as { id: string; text: string };
          return { label: `${file} ${row.id}`, text: row.text };
        });
    case '.rss':
      return [...raw.matchAll(/<item>[\s\S]*?<description>([\s\S]*?)<\/description>[\s\S]*?<\/item>/g)].map((m, i) => ({
        label: `${file} item ${i + 1}`,
        text: m[1]!,
      }));
    case '.html': {
      const article = /<article[\s\S]*?<\/article>/.exec(raw)?.[0] ?? raw;
      return [{ label: file, text: article.replace(/<[^>]+>/g, ' ') }];
    }
    default:
      throw new Error(`unexpected example format: ${file}`);
  }
}

test('examples: 14-20 files in every input format, each listed in examples/README.md', () => {
  const files = exampleFiles();
  assert.ok(files.length >= 14 && files.length <= 20, `${files.length} files`);
  const formats = new Set(files.map((f) => extname(f)));
  for (const ext of ['.txt', '.html', '.rss', '.jsonl']) assert.ok(formats.has(ext), `no ${ext} example`);
  assert.ok(files.filter((f) => f.endsWith('.html')).length >= 2, 'at least two HTML pages');
  const readme = readFileSync(examplePath('README.md'), 'utf8');
  for (const f of files) assert.ok(readme.includes('`' + f + '`'), `examples/README.md does not list ${f}`);
});

test('examples: every report is 80-600 words of prose', () => {
  for (const file of exampleFiles()) {
    for (const { label, text } of prosePieces(file)) {
      const n = words(text);
      assert.ok(n >= 80 && n <= 600, `${label}: ${n} words`);
    }
  }
});

test('examples: a .txt ends with its "Source:" line, on its own final line', () => {
  for (const file of exampleFiles().filter((f) => f.endsWith('.txt'))) {
    const lines = readFileSync(examplePath(file), 'utf8').trimEnd().split('\n');
    assert.match(lines[lines.length - 1]!, /^Source ?: \S.*\d{4}\.$/, file);
  }
});

test('examples: every file ingests, with no error message', async () => {
  for (const { file, items } of await ingestExamples()) {
    assert.ok(items.length > 0, `${file}: no report`);
    for (const item of items) {
      assert.ok(item.ok, `${file}: ${item.ok ? '' : item.message.reason}`);
      const errors = item.report.messages.filter((m) => m.level === 'error');
      assert.deepEqual(errors, [], `${file}: ${errors.map((m) => m.code + ' ' + m.reason).join('; ')}`);
    }
  }
});

/** A report names its source in metadata, or in a "Source:" line of its text. */
function namedSource(r: Report): string | null {
  if (r.source && r.source.trim()) return r.source;
  return /^\s*Source ?:\s*(\S.*)$/m.exec(r.text)?.[1] ?? null;
}

test('examples: every report names the outlet it restates', async () => {
  const outlets = /Reuters|AFP|\bAP\b|BBC|Department of Defense|Saudi Press Agency/;
  for (const { file, items } of await ingestExamples()) {
    for (const item of items) {
      if (!item.ok) continue;
      const src = namedSource(item.report);
      assert.ok(src, `${file} (${item.report.id}): no source named`);
      assert.match(src, outlets, `${file} (${item.report.id}): source "${src}" names no outlet`);
    }
  }
});

test('examples: the directory gives 25 reports (the feed and JSONL split into items; the README is not a report)', async () => {
  const ids: string[] = [];
  for await (const item of ingestPaths([EXAMPLES_DIR])) {
    assert.ok(item.ok, item.ok ? '' : `${item.message.origin}: ${item.message.reason}`);
    ids.push(item.report.id);
  }
  assert.ok(!ids.some((id) => /README/i.test(id)), `README.md was ingested as a report: ${ids.join(', ')}`);
  assert.equal(ids.length, 25, ids.join('\n'));
});

test('examples: JSONL lines keep their id, title, date, source and url', async () => {
  const reports = reportsOf(await ingestExamples(), '2017-10-digest.jsonl');
  assert.deepEqual(
    reports.map((r) => [r.id, r.published, r.format]),
    [
      ['digest-2017-10-01-qaryatayn-isis', '2017-10-01', 'jsonl'],
      ['digest-2017-10-17-raqqa-sdf', '2017-10-17', 'jsonl'],
      ['digest-2017-10-23-qaryatayn-army', '2017-10-23', 'jsonl'],
    ],
  );
  for (const r of reports) {
    assert.match(r.source ?? '', /^Restated from (Reuters|Reuters and AFP), \d/);
    assert.match(r.url ?? '', /^https:\/\/example\.org\//);
    assert.ok(r.title && r.title.length > 20, r.id);
    assert.equal(r.publishedFrom, 'metadata', r.id);
  }
});

test('examples: the RSS feed gives four dated items, each with its source', async () => {
  const reports = reportsOf(await ingestExamples(), '2014-2017-world-wire.rss');
  assert.deepEqual(
    reports.map((r) => [r.format, r.published]),
    [
      ['rss', '2014-06-11'],
      ['rss', '2014-09-21'],
      ['rss', '2015-01-26'],
      ['rss', '2017-07-10'],
    ],
  );
  assert.match(reports[0]!.title ?? '', /Mosul/);
  for (const r of reports) {
    assert.match(r.source ?? '', /Reuters/, r.id);
    assert.match(r.id, /\.rss#.+$/, 'feed items are identified as path#item');
    assert.ok(!/<\/?[a-z]+>/.test(r.text), `${r.id}: markup left in the text`);
  }
});

test('examples: datelines give the publication date of wire stories', async () => {
  const expected: Record<string, string> = {
    '2014-05-06-chibok-abduction.txt': '2014-05-06',
    '2015-05-21-palmyra-falls.txt': '2015-05-21',
    '2015-08-07-qaryatayn-isis-seizes.txt': '2015-08-07',
    '2015-12-18-unsc-resolution-2254.txt': '2015-12-18',
    '2016-04-28-aleppo-hospital-strike.txt': '2016-04-28',
    '2017-04-04-khan-shaykhun-reuters.txt': '2017-04-04',
    '2017-04-05-khan-shaykhun-afp-denial.txt': '2017-04-05',
    '2017-04-07-shayrat-strike-statement.txt': '2017-04-06',
    '2017-10-16-mogadishu-truck-bomb.txt': '2017-10-16',
    '2017-11-04-riyadh-missile-intercepted.txt': '2017-11-04',
    '2019-06-04-khartoum-sit-in.txt': '2019-06-04',
    '2019-06-16-hong-kong-march.txt': '2019-06-16',
    '2020-03-05-idlib-ceasefire.txt': '2020-03-05',
  };
  const files = await ingestExamples();
  for (const [file, date] of Object.entries(expected)) {
    const [r] = reportsOf(files, file);
    assert.equal(r?.published, date, file);
    assert.equal(r?.publishedFrom, 'text', file);
  }
});

test('examples: the HTML live blog keeps four entries, and its comments and furniture out of the body', async () => {
  const [r] = reportsOf(await ingestExamples(), '2014-01-08-aleppo-liveblog.html');
  assert.ok(r);
  assert.equal(r.format, 'html');
  assert.equal(r.published, '2014-01-08');
  const headlines = r.entries.flatMap((e) => (e.headline ? [r.text.slice(e.headline.start, e.headline.end)] : []));
  for (const h of [
    'Insurgents overrun ISIS headquarters in Aleppo',
    'ISIS spokesman vows to crush the rebels',
    'Insurgent offensive against ISIS enters sixth day',
    'Geneva talks: conference set for 22 January',
  ]) {
    assert.ok(headlines.some((x) => x.includes(h)), `no entry headed "${h}"; headlines: ${JSON.stringify(headlines)}`);
  }
  const codable = r.zones.filter((z) => z.kind === 'headline' || z.kind === 'body');
  const inCodable = (needle: string) => {
    const at = r.text.indexOf(needle);
    assert.ok(at >= 0, `"${needle}" missing from the text`);
    return codable.some((z) => at >= z.start && at < z.end);
  };
  assert.ok(inCodable('took the headquarters of the Islamic State'), 'the first entry is body text');
  for (const furniture of ['barrel bombs', 'Who is arming the Islamic Front', 'View Larger Map', 'Related Posts', 'Leave a Reply']) {
    if (r.text.includes(furniture)) assert.ok(!inCodable(furniture), `"${furniture}" sits in a headline/body zone`);
  }
  const comment = r.zones.find((z) => z.kind === 'comment');
  assert.ok(comment, 'no comment zone');
  assert.ok(r.text.slice(comment.start, comment.end).length > 0);
});

test('examples: the HTML article reads its metadata and drops the page furniture', async () => {
  const [r] = reportsOf(await ingestExamples(), '2016-03-27-palmyra-retaken.html');
  assert.ok(r);
  assert.equal(r.published, '2016-03-27');
  assert.equal(r.title, 'Syrian army retakes Palmyra from Islamic State');
  assert.match(r.source ?? '', /AFP/);
  const body = r.zones.filter((z) => z.kind === 'body').map((z) => r.text.slice(z.start, z.end)).join('\n');
  assert.match(body, /recaptured the ancient city of Palmyra/);
  assert.doesNotMatch(body, /Sign up for our newsletter|Related Posts|Share on Twitter/);
});

test('examples: the Arabic and French reports are flagged as not English', async () => {
  const files = await ingestExamples();
  for (const [file, lang] of [
    ['2015-01-26-kobani-ar.txt', 'ar'],
    ['2017-10-17-raqqa-fr.txt', 'fr'],
  ] as const) {
    const [r] = reportsOf(files, file);
    assert.ok(r, file);
    assert.equal(r.language, lang, file);
    assert.ok(
      r.messages.some((m) => m.level === 'warning' && m.code.startsWith('lang/')),
      `${file}: no language warning (${JSON.stringify(r.messages)})`,
    );
  }
  for (const file of exampleFiles().filter((f) => !/-(ar|fr)\.txt$/.test(f))) {
    for (const r of reportsOf(files, file)) assert.equal(r.language, 'en', `${file} (${r.id})`);
  }
});
