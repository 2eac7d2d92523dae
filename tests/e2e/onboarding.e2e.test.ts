/** Onboarding in a real browser: the owner sets up, creates a team and invites a VA, who joins, is kept out of admin, and logs in again. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from './helpers/chromium.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';
import { startServer, type RunningServer } from './helpers/start-server.ts';

const OWNER = { organization: 'Acme Co', name: 'Olivia Owner', email: 'owner@example.com', password: 'owner-password-1' };
const VA = { name: 'Victor Assistant', email: 'va@example.com', password: 'va-password-123' };

describe.skipIf(skipBrowserTests)('onboarding in the browser', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // `serve` builds the web app itself when dist/web is missing or older than its sources.
    server = await startServer();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pages: Page[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    pages.push(page);
    return page;
  }

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    // What each browser showed when the test failed, next to the step screenshots.
    for (const [index, page] of pages.entries()) await saveScreenshot(page, `failure-${index + 1}`).catch(() => {});
    console.error(server?.output().split('\n').slice(-40).join('\n'));
  });

  function heading(page: Page, name: string) {
    return page.getByRole('heading', { level: 1, name, exact: true });
  }

  it('takes an owner from an empty database to a VA who works in the app', async () => {
    const url = server!.url;

    // Given an empty database, when the owner opens any address, then the setup page shows.
    const owner = await newPage();
    await owner.goto(`${url}/processes`);
    await heading(owner, 'Set up Swimlane').waitFor();
    const setup = owner.getByRole('form', { name: 'Create your organization' });
    await setup.getByLabel('Organization name').fill(OWNER.organization);
    await setup.getByLabel('Your name').fill(OWNER.name);
    await setup.getByLabel('Email').fill(OWNER.email);
    await setup.getByLabel('Password').fill(OWNER.password);
    await saveScreenshot(owner, '01-setup');
    // Enter submits: the form works with the keyboard alone.
    await setup.getByLabel('Password').press('Enter');
    await heading(owner, 'Library').waitFor();
    await owner.getByText(OWNER.organization, { exact: true }).waitFor();
    await saveScreenshot(owner, '02-owner-library');

    // When the owner creates the team "Acme Realty".
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await owner.getByRole('heading', { level: 2, name: 'Teams' }).waitFor();
    await owner.getByLabel('Team name').fill('Acme Realty');
    await owner.getByLabel('Time zone').selectOption('America/Chicago');
    await owner.getByRole('button', { name: 'Create team' }).click();
    await owner.getByRole('link', { name: 'Acme Realty' }).waitFor();
    await saveScreenshot(owner, '03-team-created');

    // And invites a VA to it, then the page shows the invitation link.
    await owner.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Invitations' }).click();
    await owner.getByRole('heading', { level: 2, name: 'Invitations' }).waitFor();
    await owner.getByLabel('Email').fill(VA.email);
    await owner.getByLabel('Role', { exact: true }).selectOption('va');
    await owner.getByLabel('Acme Realty').check();
    await owner.getByRole('button', { name: 'Create invitation' }).click();
    const linkField = owner.getByLabel('Invitation link');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${url}/invite/[A-Za-z0-9_-]{20,}$`));
    await owner.getByRole('cell', { name: VA.email, exact: true }).waitFor();
    await saveScreenshot(owner, '04-invitation-created');

    // When the VA opens the link in another browser, then they see whose invitation it is and can join.
    const va = await newPage();
    await va.goto(link);
    await heading(va, 'Join Swimlane').waitFor();
    await va.getByText(VA.email, { exact: true }).waitFor();
    await va.getByRole('definition').filter({ hasText: /^VA$/ }).waitFor();
    await va.getByLabel('Your name').fill(VA.name);
    await va.getByLabel('Choose a password').fill(VA.password);
    await saveScreenshot(va, '05-invitation-accept');
    await va.getByRole('button', { name: `Join ${OWNER.organization}` }).click();
    await heading(va, 'Work').waitFor();
    await va.getByText(VA.name).waitFor();
    await saveScreenshot(va, '06-va-work');

    // Then the VA has no Admin link, and opening /admin by its address shows a refusal, not the admin pages.
    const mainNav = va.getByRole('navigation', { name: 'Main' });
    await mainNav.getByRole('link', { name: 'Work' }).waitFor();
    expect(await mainNav.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await va.goto(`${url}/admin`);
    await va.getByText('You do not have access to the admin pages').waitFor();
    expect(await va.getByRole('navigation', { name: 'Admin' }).count()).toBe(0);
    expect(await va.getByLabel('Team name').count()).toBe(0);
    await saveScreenshot(va, '07-va-admin-refused');

    // When the VA logs out and back in (after one wrong password), then they are back at their work.
    await va.getByRole('button', { name: 'Log out' }).click();
    await heading(va, 'Log in to Swimlane').waitFor();
    await va.getByLabel('Email').fill(VA.email);
    await va.getByLabel('Password').fill('not-the-password');
    await va.getByLabel('Password').press('Enter');
    const loginError = va.getByRole('alert').filter({ hasText: 'The email or password is not correct.' });
    await loginError.waitFor();
    // The error sits next to the field the API named, and the field points to it for screen readers.
    const errorId = await loginError.getAttribute('id');
    expect(await va.getByLabel('Password').getAttribute('aria-describedby')).toContain(errorId);
    await saveScreenshot(va, '08-login-error');
    await va.getByLabel('Password').fill(VA.password);
    await va.getByLabel('Password').press('Enter');
    await heading(va, 'Work').waitFor();
    await saveScreenshot(va, '09-va-logged-in-again');

    // And the owner sees the VA on the team.
    await owner.goto(`${url}/admin/teams`);
    await owner.getByRole('link', { name: 'Acme Realty' }).click();
    await owner.getByRole('heading', { level: 2, name: 'Acme Realty' }).waitFor();
    await owner.getByRole('cell', { name: VA.name, exact: true }).waitFor();
    await saveScreenshot(owner, '10-team-members');

    // When the owner renames the team, then the page and the team list show the new name.
    const settings = owner.getByRole('region', { name: 'Team settings' });
    await settings.getByLabel('Team name').fill('Acme Realty North');
    await settings.getByRole('button', { name: 'Save team' }).click();
    await owner.getByRole('heading', { level: 2, name: 'Acme Realty North' }).waitFor();
    await saveScreenshot(owner, '11-team-renamed');
  }, 120_000);
});
