// Page helpers for the browser tests.
import type { Browser, Page } from 'playwright-core';

export interface WorkspacePage extends Page {
  /** Page errors, failed requests and any request to another host than the workspace server. */
  problems: string[];
}

export async function openWorkspace(browser: Browser, base: string, path = '/', viewport = { width: 1366, height: 820 }): Promise<WorkspacePage> {
  const page = (await browser.newPage({ viewport, acceptDownloads: true })) as WorkspacePage;
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('requestfailed', (r) => {
    // A refresh aborts the requests it replaces: that is not a failure.
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) page.problems.push(`request failed: ${r.url()}`);
  });
  // Nothing may be fetched from anywhere but the workspace server.
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) page.problems.push(`external request: ${r.url()}`);
  });
  await page.goto(base + path);
  await page.waitForSelector('body[data-loading="false"]', { timeout: 20_000 });
  return page;
}

/**
 * Waits until a page expression is true. Polls with page.evaluate (run through the devtools protocol)
 * because waitForFunction's in-page eval is, rightly, refused by the workspace's Content-Security-Policy.
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await page.evaluate(expression)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for: ${expression}`);
}

/**
 * Events drawn on the map: single markers count 1 (or their number), clusters their number. Zoom
 * animations briefly show two levels at once, so it waits (up to 5 s) for the count to reach `expected`.
 */
export async function eventsOnMap(page: Page, expected: number): Promise<number> {
  let n = -1;
  for (let i = 0; i < 25; i++) {
    n = await page.evaluate<number>(`(() => {
      let n = 0;
      for (const el of document.querySelectorAll('.event-marker .dot, .event-cluster span')) n += Number(el.textContent || '1');
      return n;
    })()`);
    if (n === expected) return n;
    await page.waitForTimeout(200);
  }
  return n;
}
