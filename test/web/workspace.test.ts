// The workspace in a real browser (Debian's chromium through playwright-core) against a server on a
// database built from examples/ by the whole pipeline. What the page shows is checked against what
// the API answers, so the test holds whatever the extractor finds: the map shows the events, a click
// opens the evidence, a filter narrows map, list and timeline together and lives in the URL, the
// keyboard reaches the list, an export downloads. Saves the README's screenshots to docs/img/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { examplesServer, getJson, type TestServer } from './helpers.js';
import { eventsOnMap, openWorkspace, waitUntil } from './page.js';
import { PACKAGE_ROOT } from '../../src/server/static.js';

let srv: TestServer;
let browser: Browser;

before(async () => {
  // The browser first: if chromium is missing, say so before spending time on the pipeline.
  browser = await launchBrowser();
  srv = await examplesServer();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

const located = (m: { features: { events: number }[] }) => m.features.reduce((n, f) => n + f.events, 0);

test('the map and the list show the events built from the examples', async () => {
  const stats = (await getJson(srv.url, '/api/stats')).body;
  assert.ok(stats.events > 10, `the examples give events (got ${stats.events})`);
  const map = (await getJson(srv.url, '/api/map')).body;
  const page = await openWorkspace(browser, srv.url);
  assert.equal(await page.locator('#list-count').textContent(), `${stats.events} events match`);
  assert.equal(await page.locator('#list .event-item').count(), Math.min(50, stats.events));
  assert.equal(await eventsOnMap(page, located(map)), located(map), 'every located event is on the map');
  assert.match((await page.locator('#stats').textContent()) ?? '', new RegExp(`${stats.events} events from ${stats.reports} reports`));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a click on an event opens every report that mentions it, evidence highlighted', async () => {
  const page = await openWorkspace(browser, srv.url, '/?sort=sources-desc');
  const item = page.locator('#list .event-item').first();
  const id = (await item.getAttribute('data-id'))!;
  const detail = (await getJson(srv.url, `/api/events/${encodeURIComponent(id)}`)).body;
  await item.click();
  await page.waitForSelector('#detail:not([hidden])');
  assert.match(page.url(), new RegExp(`event=${encodeURIComponent(id)}`));
  assert.equal(await page.locator('#detail .mention').count(), detail.mentions.length);
  const marks = await page.locator('#detail .mention mark').allTextContents();
  assert.deepEqual(
    marks,
    detail.mentions.map((m: { context: { text: string; start: number; end: number } }) => m.context.text.slice(m.context.start, m.context.end)),
  );
  assert.ok(marks.every((m) => m.length > 20), 'evidence is a sentence, not a word');
  // Reloading the URL reopens the same event.
  await page.reload();
  await page.waitForSelector('#detail:not([hidden])');
  assert.equal(await page.locator('#detail .mention').count(), detail.mentions.length);
  await page.close();
});

test('a filter narrows map, list and timeline together, and the URL carries it', async () => {
  const stats = (await getJson(srv.url, '/api/stats')).body;
  // The commonest event type that is not all of them.
  const [type, count] = Object.entries(stats.byType as Record<string, number>)
    .filter(([, n]) => n < stats.events)
    .sort((a, b) => b[1] - a[1])[0]!;
  const q = `type=${encodeURIComponent(type)}`;
  const map = (await getJson(srv.url, `/api/map?${q}`)).body;
  const timeline = (await getJson(srv.url, `/api/timeline?${q}`)).body;
  const dated = timeline.buckets.reduce((n: number, b: { events: number }) => n + b.events, 0);

  const page = await openWorkspace(browser, srv.url);
  await page.selectOption('select[name="type"]', type);
  await waitUntil(page, `document.getElementById('list')?.dataset.total === '${count}' && document.body.dataset.loading === 'false'`);
  assert.equal(new URL(page.url()).searchParams.get('type'), type);
  assert.equal(await page.locator('#map').getAttribute('data-total'), String(count));
  assert.equal(await eventsOnMap(page, located(map)), located(map));
  assert.equal(await page.locator('#timeline').getAttribute('data-events'), String(dated));
  for (const line of await page.locator('#list .event-item .event-line1 strong').allTextContents()) {
    assert.ok(line.length > 0);
  }

  const shared = await openWorkspace(browser, srv.url, new URL(page.url()).search ? `/${new URL(page.url()).search}` : '/');
  assert.equal(await shared.locator('select[name="type"]').inputValue(), type);
  assert.equal(await shared.locator('#list').getAttribute('data-total'), String(count));
  await shared.close();

  await page.click('#reset');
  await waitUntil(page, `document.getElementById('list')?.dataset.total === '${stats.events}'`);
  await page.close();
});

test('the keyboard reaches the list: Enter opens an event, Escape closes it and returns focus', async () => {
  const page = await openWorkspace(browser, srv.url);
  await page.locator('#list .event-item').nth(1).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#detail:not([hidden])');
  assert.equal(await page.evaluate('document.activeElement?.id'), 'detail-title');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#detail', { state: 'hidden' });
  assert.equal(await page.evaluate(`document.activeElement === document.querySelectorAll('#list .event-item')[1]`), true);
  await page.close();
});

test('export downloads the current selection as GeoJSON, ACLED CSV and JSONL', async () => {
  const stats = (await getJson(srv.url, '/api/stats')).body;
  const type = Object.keys(stats.byType)[0]!;
  const count = stats.byType[type] as number;
  const page = await openWorkspace(browser, srv.url, `/?type=${encodeURIComponent(type)}`);
  const [geo] = await Promise.all([page.waitForEvent('download'), page.click('#export-geojson')]);
  assert.equal(geo.suggestedFilename(), 'sitrep-events.geojson');
  const fc = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, count);
  assert.ok(fc.features.every((f: { properties: { event_type: string } }) => f.properties.event_type === type));
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.equal(csv.suggestedFilename(), 'sitrep-events.csv');
  const header = readFileSync((await csv.path())!, 'utf8').split(/\r?\n/)[0]!;
  for (const col of ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'latitude', 'longitude', 'fatalities']) assert.ok(header.split(',').includes(col), col);
  const [jl] = await Promise.all([page.waitForEvent('download'), page.click('#export-jsonl')]);
  const lines = readFileSync((await jl.path())!, 'utf8').trim().split('\n');
  assert.equal(lines.length, count);
  await page.close();
});

test('screenshots for the README: laptop with an event open, and phone', async () => {
  const out = join(PACKAGE_ROOT, 'docs', 'img');
  mkdirSync(out, { recursive: true });
  const laptop = await openWorkspace(browser, srv.url, '/?view=35.2,38.2,7&sort=sources-desc', { width: 1440, height: 900 });
  await laptop.waitForSelector('.event-marker');
  await laptop.waitForTimeout(500);
  await laptop.screenshot({ path: join(out, 'workspace.png') });
  await laptop.locator('#list .event-item').first().click();
  await laptop.waitForSelector('#detail:not([hidden])');
  await laptop.waitForTimeout(300);
  await laptop.screenshot({ path: join(out, 'workspace-evidence.png') });
  await laptop.close();

  const phone = await openWorkspace(browser, srv.url, '/?view=35.0,38.5,5', { width: 390, height: 844 });
  // One column on a phone: nothing overflows sideways, the map spans the width.
  assert.ok((await phone.evaluate<number>('document.documentElement.scrollWidth')) <= 390);
  assert.ok((await phone.locator('#map').boundingBox())!.width >= 380);
  await phone.waitForTimeout(500);
  await phone.screenshot({ path: join(out, 'workspace-phone.png') });
  await phone.close();
});
