/** Saves a full-page screenshot of a test step under test-results/screenshots, to look at after the run. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from './project-root.ts';

export const SCREENSHOT_DIR = `${PROJECT_ROOT}test-results/screenshots`;

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
