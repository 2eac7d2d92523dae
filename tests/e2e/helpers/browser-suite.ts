/** One real server and one Chromium for a browser test file, with a screenshot and the server's last lines when a test fails. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { saveScreenshot } from './save-screenshot.ts';
import { startServer, type RunningServer } from './start-server.ts';

export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
  /** The page to photograph when a test fails. */
  page: Page | undefined;
}

/** Call inside the file's describe: the server and browser start before its tests and stop after them. */
export function useBrowserSuite(failureScreenshot: string): BrowserSuite {
  const suite = { page: undefined } as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !suite.page) return;
    await saveScreenshot(suite.page, failureScreenshot).catch(() => {});
    console.error(suite.server?.output().split('\n').slice(-40).join('\n'));
  });
  return suite;
}

/** Creates the organization and its first owner through the setup page, as a new user does, and waits for the library. */
export async function setUpOrganization(page: Page, url: string, owner: { organization: string; name: string; email: string; password: string }): Promise<void> {
  await page.goto(url);
  const form = page.getByRole('form', { name: 'Create your organization' });
  await form.getByLabel('Organization name').fill(owner.organization);
  await form.getByLabel('Your name').fill(owner.name);
  await form.getByLabel('Email').fill(owner.email);
  await form.getByLabel('Password').fill(owner.password);
  await form.getByLabel('Password').press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
}
