// The workspace in a real browser on hand-coded fixture events, where exact answers are known: a
// province-level event drawn as its province, both reports of one event with their evidence, a
// marker click, the timeline brush.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { fixtureServer, type TestServer } from './helpers.js';
import { eventsOnMap, openWorkspace, waitUntil } from './page.js';

let srv: TestServer;
let browser: Browser;

before(async () => {
  srv = await fixtureServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

test('the map shows the six events; the province-level one as its province, not a point', async () => {
  const page = await openWorkspace(browser, srv.url);
  assert.equal(await eventsOnMap(page, 6), 6);
  await page.goto(`${srv.url}/?view=36.0,37.5,7`);
  // Hollow marker at the province's point, and the province itself shaded.
  const marker = page.locator('.event-marker[title^="Aleppo (province only)"]');
  await marker.waitFor();
  assert.equal(await page.locator('.event-marker .dot.area').count(), 1);
  await waitUntil(page, `document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length === 1`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a marker click opens the event; both reports of the fall of Palmyra show their evidence', async () => {
  const page = await openWorkspace(browser, srv.url);
  await page.locator('.event-marker[title^="Khartoum"]').click();
  await page.waitForSelector('#detail:not([hidden])');
  assert.match((await page.locator('#detail mark').first().textContent()) ?? '', /opened fire on the protest camp/);
  assert.match((await page.locator('#detail .mention-head').first().textContent()) ?? '', /Associated Press/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('#detail', { state: 'hidden' });

  await page.locator('#list .event-item', { hasText: 'Non-state actor overtakes territory' }).filter({ hasText: 'Palmyra' }).click();
  await page.waitForSelector('#detail:not([hidden])');
  assert.equal(await page.locator('#detail .mention').count(), 2);
  const marks = await page.locator('#detail mark').allTextContents();
  assert.ok(marks.some((m) => m.includes('took full control of the desert town of Palmyra')));
  assert.ok(marks.some((m) => m.includes('denying reports that soldiers had been killed')));
  // The place's control over time, from the detail.
  await page.locator('#detail button', { hasText: 'Control of Palmyra' }).click();
  await page.waitForSelector('#control-panel:not([hidden])');
  const changes = await page.locator('#control-panel .control-changes li').allTextContents();
  assert.equal(changes.length, 2);
  assert.match(changes[0]!, /2015-05-20.*Islamic State/);
  assert.match(changes[1]!, /2016-03-27.*Military Forces of Syria/);
  await page.close();
});

test('brushing the timeline sets a date range that filters the list', async () => {
  const page = await openWorkspace(browser, srv.url);
  const box = (await page.locator('#timeline .brush-area').boundingBox())!;
  // From the left edge to a third of the way: January 2014 to early 2016.
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.33, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await waitUntil(page, `/from=/.test(location.search) && document.body.dataset.loading === 'false'`);
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('from'), '2014-01-01');
  const total = Number(await page.locator('#list').getAttribute('data-total'));
  assert.ok(total >= 1 && total < 6, `the range keeps some events, got ${total}`);
  for (const line of await page.locator('#list .event-line1').allTextContents()) {
    assert.ok((line.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? '') <= params.get('to')!, line);
  }
  await page.click('#clear-range');
  await waitUntil(page, `document.getElementById('list')?.dataset.total === '6'`);
  await page.close();
});

test('the page updates by itself when new reports are ingested', async () => {
  const page = await openWorkspace(browser, srv.url);
  assert.match((await page.locator('#stats').textContent()) ?? '', /from 7 reports/);
  const res = await fetch(`${srv.url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      reports: [{ id: 'live/1', text: 'Government aircraft bombed the town of Saraqib in Idlib province on Tuesday, killing four civilians, rescuers said.', date: '2018-02-06', source: 'Test Wire' }],
    }),
  });
  assert.equal(res.status, 200);
  // The page polls the store's version every few seconds and refreshes on a change.
  await waitUntil(page, `/from 8 reports/.test(document.getElementById('stats')?.textContent ?? '')`, 15_000);
  await page.close();
});

test('choosing a place shows who held it over time; the date range sets the day asked about', async () => {
  const page = await openWorkspace(browser, srv.url, '/?place=Palmyra&to=2015-12-31');
  await page.waitForSelector('#control-panel:not([hidden])');
  assert.match((await page.locator('#control-panel .control-answer').textContent()) ?? '', /^Islamic State \(Syria\) held it on 2015-12-31 \(since 2015-05-20\)/);
  await page.fill('input[name="to"]', '2016-06-30');
  await page.locator('input[name="to"]').dispatchEvent('change');
  await waitUntil(page, `/^Military Forces of Syria/.test(document.querySelector('#control-panel .control-answer')?.textContent ?? '')`);
  // A place with no recorded change of hands shows no panel rather than a guess.
  await page.goto(`${srv.url}/?place=Khartoum`);
  await page.waitForSelector('body[data-loading="false"]');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#control-panel').isHidden(), true);
  await page.close();
});
