import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, headlines, one, zoneTexts } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-ingest-html-'));
const write = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

test('an HTML live blog: main text by Readability, h2 entries, metadata', async () => {
  const r = await one(FIXTURES + 'syria-daily-2014-01-12.html');
  assert.equal(r.format, 'html');
  assert.equal(r.title, 'Syria Daily, Jan 12: Islamic State of Iraq Hits Back in Raqqa');
  assert.equal(r.published, '2014-01-12');
  assert.equal(r.publishedFrom, 'metadata');
  assert.equal(r.url, 'https://example.org/2014/01/syria-daily-jan-12');
  assert.equal(r.source, 'Example Worldview');
  assert.deepEqual(headlines(r), [
    'Claimed Video: Insurgents Take ISIS Checkpoint Near Jarablus',
    'Nusra Leader Calls for Ceasefire Between Factions',
    'Video: Funeral in Manbij for Fighters Killed by ISIS Car Bomb',
  ]);
  // Scripts, navigation and share buttons are gone from the text; offsets refer to the extracted text.
  assert.doesNotMatch(r.text, /tracking|window\.|Home Syria Iran|Twitter/);
  for (const z of r.zones) assert.equal(r.text.slice(z.start, z.end).trim(), r.text.slice(z.start, z.end));
});

test('HTML comment sections, figcaptions and furniture are zoned apart', async () => {
  const r = await one(FIXTURES + 'syria-daily-2014-01-12.html');
  const comments = zoneTexts(r, 'comment').join('\n');
  assert.match(comments, /Raqqa was always going to be the hardest place/);
  assert.match(comments, /Jarablus crossing was closed/);
  assert.ok(r.zones[r.zones.length - 1]!.kind === 'comment', 'comments come last');
  const reporting = [...zoneTexts(r, 'body'), ...zoneTexts(r, 'headline')].join('\n');
  assert.doesNotMatch(reporting, /dig in there|Gaziantep|Leave a Reply/);
  assert.match(reporting, /surrounded the last positions of Ahrar al-Sham/);
  assert.deepEqual(zoneTexts(r, 'caption'), ['Fighters of the Islamic Front on a road in Aleppo Province (AFP/Staff Photographer)']);
  assert.ok(zoneTexts(r, 'furniture').join('\n').includes('View Larger Map'));
});

test('100,000 nested elements neither blow the stack nor hang', async () => {
  const deep = '<html><body>' + '<div>'.repeat(100_000) + '<p>Shelling hit the market in Douma on Monday, activists said.</p>' + '</div>'.repeat(100_000) + '</body></html>';
  const started = Date.now();
  const r = await one(write('deep.html', deep));
  assert.ok(Date.now() - started < 5000, 'fast');
  assert.match(r.text, /Shelling hit the market in Douma/);
  assert.ok(r.messages.some((m) => m.code === 'ingest/html-fallback'));
});

test('unclosed tags and scripts in a page: text still comes out, script text does not', async () => {
  const html =
    '<html><head><title>Clashes in Atareb</title><script>var x = "<p>not text</p>"; while(false){}</script></head><body>' +
    '<div><p>Insurgents and ISIS fighters clashed in Atareb, west of Aleppo, on Thursday, activists said, and both sides lost men.<p>A second paragraph is never closed either<div><span>and a span' +
    '<script>document.write("injected")</script>';
  const r = await one(write('unclosed.html', html));
  assert.match(r.text, /clashed in Atareb/);
  assert.doesNotMatch(r.text, /not text|injected/);
});

test('a page where Readability finds nothing falls back to the body text', async () => {
  const r = await one(write('short.htm', '<html><body><div>Two killed in Idlib shelling</div></body></html>'));
  assert.equal(r.text, 'Two killed in Idlib shelling');
  assert.equal(r.entries.length, 1);
});

test('an HTML page with no text is refused as empty', async () => {
  const { collect } = await import('./helpers.js');
  const items = await collect([write('blank.html', '<html><head><script>1</script></head><body>   </body></html>')]);
  assert.equal(items.length, 1);
  assert.equal(items[0]!.ok, false);
  if (!items[0]!.ok) assert.equal(items[0]!.message.code, 'ingest/empty');
});

test('a "no-comments" class on the article body does not turn the article into comments', async () => {
  const para = '<p>Government forces shelled the eastern districts of Aleppo on Monday, and at least nine people were killed, a monitoring group said.</p>';
  const html = `<html><head><title>Shelling in Aleppo</title></head><body><div class="entry-content no-comments">${para.repeat(6)}</div><div id="comments"><p>Terrible news, again.</p></div></body></html>`;
  const r = await one(write('no-comments.html', html));
  assert.match(zoneTexts(r, 'body').join(' '), /nine people were killed/);
  assert.deepEqual(zoneTexts(r, 'comment'), ['Terrible news, again.']);
});

test('an HTML live blog with a time stamp under each headline: one entry per headline, dated by <time datetime>', async () => {
  const entry = (h: string, t: string, p: string) =>
    `<section class="live-entry"><h2>${h}</h2><p class="entry-time"><time datetime="${t}">${t.slice(11, 16)} GMT</time></p><p>${p}</p></section>`;
  const html =
    '<html><head><title>Syria Live: Fighting in Aleppo</title></head><body><article>' +
    '<p class="byline">By the live desk | <time datetime="2014-01-08">January 8, 2014</time></p>' +
    entry('Rebels Take ISIS Headquarters', '2014-01-08T14:10:00Z', 'Rebel fighters took the headquarters of ISIS in the Qadi Askar district of Aleppo on Wednesday, activists said.') +
    entry('ISIS Spokesman Threatens Rebels', '2014-01-07T23:45:00Z', 'In an audio statement, the ISIS spokesman called on fighters to crush the rebel coalition, according to a recording posted online.') +
    '</article></body></html>';
  const r = await one(write('stamped.html', html));
  assert.equal(r.entries.length, 2);
  assert.deepEqual(headlines(r), ['Rebels Take ISIS Headquarters', 'ISIS Spokesman Threatens Rebels']);
  assert.deepEqual(r.entries.map((e) => e.date), ['2014-01-08', '2014-01-07']);
  assert.deepEqual(zoneTexts(r, 'furniture').filter((t) => t.endsWith('GMT')), ['14:10 GMT', '23:45 GMT']);
  assert.doesNotMatch(zoneTexts(r, 'body').join('\n'), /live desk|GMT/);
});

test('live-blog entry elements open entries even without headings', async () => {
  const post = (p: string) => `<div class="liveblog-entry"><p>${p}</p></div>`;
  const html =
    '<html><head><title>Syria live: fighting in Idlib</title></head><body><main><div class="liveblog">' +
    post('Government air strikes hit the market in Maarat al-Numan on Monday morning, killing at least nine people, rescue workers said.') +
    post('Turkish military vehicles crossed into Idlib province at the Kafr Lusin crossing, according to a monitoring group.') +
    post('Rebels said they shot down a government helicopter near Saraqeb, which the army did not confirm.') +
    '</div></main></body></html>';
  const r = await one(write('entries.html', html));
  assert.equal(r.entries.length, 3);
  assert.ok(r.text.slice(r.entries[1]!.start, r.entries[1]!.end).startsWith('Turkish military vehicles'));
  assert.deepEqual(headlines(r), []);
});
