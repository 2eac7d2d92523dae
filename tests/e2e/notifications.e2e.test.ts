/** Alerts as notifications in a real browser against a real server: an overdue lead follow-up found by the periodic check shows as a badge in the navigation and on the notifications page, with why and a link to the task. */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAlertChecks } from '../../src/server/alerts/run-alert-checks.ts';
import { openStore } from '../../src/store/connection.ts';
import { skipBrowserTests } from './helpers/chromium.ts';
import { useBrowserSuite } from './helpers/browser-suite.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';

const OWNER = { organizationName: 'Notice Agency', name: 'Olivia Owner', email: 'owner@notice.test', password: 'owner-password-1' };
const MANAGER = { name: 'Max Manager', email: 'max@notice.test', password: 'manager-password-1' };

describe.skipIf(skipBrowserTests)('notifications in the browser', () => {
  const suite = useBrowserSuite('notifications-failure');

  async function post(api: APIRequestContext, csrf: string, path: string, data: unknown) {
    const answer = await api.post(`${suite.server.url}${path}`, { data, headers: { 'x-csrf-token': csrf } });
    if (!answer.ok()) throw new Error(`${path}: ${answer.status()} ${await answer.text()}`);
    return answer.json();
  }

  it('shows a manager the unread badge and the notification of an overdue lead follow-up, with why, a link to the task, and marks it read', async () => {
    const url = suite.server.url;
    const ownerContext = await suite.browser.newContext();
    const api = ownerContext.request;

    // Given a client team with its copy of the Prospecting dialing template, a manager, and a lead handed off to the agents...
    const session = await (await api.post(`${url}/api/setup`, { data: OWNER })).json();
    const csrf = session.csrfToken as string;
    const team = await post(api, csrf, '/api/teams', { name: 'North Shore', timeZone: 'America/Chicago' });
    const library = (await (await api.get(`${url}/api/processes?templates=true`)).json()).processes as Array<{ id: number; name: string }>;
    const template = library.find((process) => process.name === 'Prospecting dialing')!;
    const copy = await post(api, csrf, `/api/processes/${template.id}/use-template`, { teamId: team.id, name: 'Prospecting dialing' });
    const invitation = await post(api, csrf, '/api/invitations', { email: MANAGER.email, role: 'manager', teamIds: [team.id] });
    const accepted = await fetch(`${url}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: invitation.token, name: MANAGER.name, password: MANAGER.password }) });
    expect(accepted.ok).toBe(true);
    await post(api, csrf, '/api/leads', { clientId: randomUUID(), processId: copy.id, name: 'Dana Seller', phone: '(312) 555-0190' });
    await ownerContext.close();

    // ... when a second server on the same store runs the alert check three hours on, the follow-up (due within the hour) is overdue.
    const store = openStore({ dataDir: suite.server.dataDir });
    try {
      const pass = await runAlertChecks(store.db, { now: new Date(Date.now() + 3 * 60 * 60 * 1000) });
      expect(pass.stored.map((alert) => alert.rule)).toEqual(['leadFollowUpsOverdue']);
    } finally {
      await store.close();
    }

    // Then the manager sees the badge in the navigation...
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    suite.page = page;
    await page.goto(`${url}/login`);
    await page.getByLabel('Email').fill(MANAGER.email);
    await page.getByLabel('Password').fill(MANAGER.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const badged = nav.getByRole('link', { name: 'Notifications, 1 unread' });
    await badged.waitFor();
    expect(await nav.locator('.count-badge').textContent()).toContain('1');
    await saveScreenshot(page, 'notifications-badge');

    // ... and on the notifications page the alert with why and the links behind it.
    await badged.click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const item = page.getByRole('list', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: 'Lead follow-ups overdue: North Shore' });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/New.*1 lead follow-up is overdue in North Shore: Dana Seller's "Follow up lead", by \d+ h( \d+ min)?, unclaimed in the Agent pool\./);
    expect(await item.getByRole('link', { name: "See North Shore's alerts now" }).getAttribute('href')).toBe(`/dashboards/alerts?teamId=${team.id}`);
    await page.getByText('1 unread.').waitFor();
    await saveScreenshot(page, 'notifications-page');

    // Marking it read takes the badge away.
    await item.getByRole('button', { name: /^Mark read/ }).click();
    await page.getByText('Nothing unread.').waitFor();
    await nav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    expect(await nav.locator('.count-badge').count()).toBe(0);
    await saveScreenshot(page, 'notifications-read');

    // The task behind it opens from the notification.
    await item.getByRole('link', { name: 'Open the task' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/work\/tasks\/\d+$/);
    await page.getByRole('heading', { name: 'Follow up lead' }).first().waitFor();
    await context.close();
  }, 180_000);
});
