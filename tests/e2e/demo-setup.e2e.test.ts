/** The setup page's demo option in a real browser: a new user creates the small demo agency, watches its progress, and lands on its dashboards signed in as its owner. */
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './helpers/chromium.ts';
import { useBrowserSuite } from './helpers/browser-suite.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';

describe.skipIf(skipBrowserTests)('the demo agency from the setup page', () => {
  const suite = useBrowserSuite('demo-setup-failure');

  it('creates the small demo with a progress bar and signs the owner in to its dashboards', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    suite.page = page;

    // Given an empty installation, when a new user picks the demo instead of an empty organization...
    await page.goto(suite.server.url);
    await page.getByRole('heading', { level: 1, name: 'Set up Swimlane' }).waitFor();
    const demo = page.getByRole('form', { name: 'Or explore a demo agency first' });
    await demo.getByLabel('Email').fill('explorer@example.com');
    await demo.getByLabel('Password').fill('explorer-password-1');
    await expect.poll(() => demo.getByRole('radio', { name: /Small/ }).isChecked()).toBe(true);
    await saveScreenshot(page, 'demo-setup-01-form');
    await demo.getByRole('button', { name: 'Create the demo agency' }).click();

    // ... then a progress bar tells how far the demo got, and once it is ready they are signed in as its owner.
    await demo.getByRole('progressbar', { name: 'Demo agency being created' }).waitFor();
    await saveScreenshot(page, 'demo-setup-02-progress');
    await page.getByRole('navigation', { name: 'Dashboards' }).waitFor({ timeout: 120_000 });
    await page.getByText('Demo Agency', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await saveScreenshot(page, 'demo-setup-03-dashboards');

    // And the setup page is gone: a second visitor gets the login page.
    const stranger = await (await suite.browser.newContext()).newPage();
    await stranger.goto(suite.server.url);
    await stranger.getByRole('heading', { level: 1, name: /Log in/i }).waitFor();
  }, 180_000);
});
