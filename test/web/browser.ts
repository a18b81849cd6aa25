// Browser harness for the workspace tests: Debian's chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_MISSING =
  `chromium is not installed at ${CHROMIUM_PATH}: the browser tests need it. ` +
  'Install it with `apt-get update && apt-get install -y chromium` (CI does this in .ci/run), ' +
  'or point SITREP_CHROMIUM at a Chromium binary.';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
