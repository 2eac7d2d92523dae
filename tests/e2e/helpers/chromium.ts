/** Finds and launches the machine's own Chromium; browser tests never download a browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM_PATH);

/** Without Chromium a developer's run skips the browser tests; CI must have it, so there they fail instead. */
export const skipBrowserTests = !hasChromium && !process.env.CI;

if (skipBrowserTests) console.warn(`browser tests skipped: ${CHROMIUM_PATH} not installed`);

export async function launchChromium(): Promise<Browser> {
  if (!hasChromium) throw new Error(`${CHROMIUM_PATH} is not installed: the browser tests need it when CI is set`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
