/** The dashboards in a real browser on three weeks of dials seeded through POST /api/events: the team dashboard with filters in the address, charts, CSV, the VA's own numbers, the comparison and the alerts. */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './helpers/chromium.ts';
import { useBrowserSuite } from './helpers/browser-suite.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';

const OWNER = { organizationName: 'Dash Agency', name: 'Olivia Owner', email: 'owner@dash.test', password: 'owner-password-1' };
const VA_PASSWORD = 'va-password-123';
const VAS = [
  { name: 'Ana Alvarez', email: 'ana@dash.test', dialsPerDay: 40, talkTo: 0.14, lead: 0.2 },
  { name: 'Ben Brooks', email: 'ben@dash.test', dialsPerDay: 30, talkTo: 0.1, lead: 0.1 },
  { name: 'Cy Chen', email: 'cy@dash.test', dialsPerDay: 20, talkTo: 0.12, lead: 0.15 },
];
const DAYS = 21;

/** A small deterministic random source, so the seeded history is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe.skipIf(skipBrowserTests)('dashboards in the browser', () => {
  const suite = useBrowserSuite('dashboards-failure');

  async function post(api: APIRequestContext, csrf: string, path: string, data: unknown) {
    const answer = await api.post(`${suite.server.url}${path}`, { data, headers: { 'x-csrf-token': csrf } });
    if (!answer.ok()) throw new Error(`${path}: ${answer.status()} ${await answer.text()}`);
    return answer.json();
  }

  it('shows a team dashboard with funnel, KPIs, trends with target and forecast, leaderboard, sparklines and CSV, keeps filters in the address, and gives a VA their own numbers', async () => {
    const url = suite.server.url;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const api = context.request;

    // Given an agency with a client team in Chicago, its copy of the Prospecting dialing template and three VAs...
    const session = await (await api.post(`${url}/api/setup`, { data: { ...OWNER } })).json();
    const csrf = session.csrfToken as string;
    const team = await post(api, csrf, '/api/teams', { name: 'North Shore Realty', timeZone: 'America/Chicago' });
    const library = (await (await api.get(`${url}/api/processes?templates=true`)).json()).processes as Array<{ id: number; name: string }>;
    const template = library.find((process) => process.name === 'Prospecting dialing')!;
    const copy = await post(api, csrf, `/api/processes/${template.id}/use-template`, { teamId: team.id, name: 'Prospecting dialing' });
    const userIds: number[] = [];
    for (const va of VAS) {
      const invitation = await post(api, csrf, '/api/invitations', { email: va.email, role: 'va', teamIds: [team.id] });
      const accepted = await fetch(`${url}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: invitation.token, name: va.name, password: VA_PASSWORD }) });
      userIds.push(((await accepted.json()) as { user: { id: number } }).user.id);
    }

    // ... and three weeks of their dials, recorded by the owner (a dialer's token would do the same) through POST /api/events.
    const next = random(7);
    const events: unknown[] = [];
    const now = Date.now();
    for (let daysAgo = DAYS; daysAgo >= 0; daysAgo -= 1) {
      const at = new Date(now - daysAgo * 86_400_000 - 3 * 3_600_000);
      const weekday = new Date(at.toLocaleString('en-US', { timeZone: 'America/Chicago' })).getDay();
      if (weekday === 0 || weekday === 6) continue;
      VAS.forEach((va, index) => {
        const dials = Math.round(va.dialsPerDay * (daysAgo === 0 ? 0.5 : 0.8 + next() * 0.4));
        for (let dial = 0; dial < dials; dial += 1) {
          const reached = next() < va.talkTo;
          const disposition = !reached ? (next() < 0.5 ? 'noAnswer' : 'voicemail') : next() < va.lead ? (next() < 0.3 ? 'appointmentSet' : 'lead') : 'notInterested';
          const occurredAt = new Date(at.getTime() - dial * 60_000).toISOString();
          events.push({ kind: 'dial', clientId: randomUUID(), teamId: team.id, userId: userIds[index], processId: copy.id, disposition, occurredAt, durationSeconds: reached ? 180 : 25, list: dial % 3 === 0 ? 'FSBO' : 'Expired listings' });
        }
      });
    }
    for (let start = 0; start < events.length; start += 1000) {
      const result = await post(api, csrf, '/api/events', { events: events.slice(start, start + 1000) });
      expect(result.rejected, JSON.stringify(result.results.filter((r: { status: string }) => r.status === 'rejected').slice(0, 3))).toBe(0);
    }

    // When the owner opens the dashboards, then the team dashboard of the first team shows this week with its figures.
    const owner = await context.newPage();
    suite.page = owner;
    await owner.goto(`${url}/dashboards`);
    await owner.getByRole('heading', { level: 1, name: 'Team dashboard' }).waitFor();
    await owner.getByRole('heading', { level: 2, name: 'Funnel' }).waitFor();
    await expect.poll(() => new URL(owner.url()).searchParams.get('teamId')).toBe(String(team.id));
    const cards = owner.getByRole('list', { name: 'KPIs against target' });
    await cards.getByRole('heading', { name: 'Talk-to rate' }).waitFor();
    expect(await cards.getByText(/Talk-to rate is .* this week, target 12%/).count()).toBe(1);
    await owner.locator('.trend .recharts-surface').first().waitFor();
    expect(await owner.locator('.trend').count()).toBe(4);
    expect(await owner.getByText(/forecast [\d,]+ by \d{4}-\d{2}-\d{2} \(80% interval/).count()).toBeGreaterThan(0);
    expect(await owner.locator('.leaderboard li').count()).toBe(3);
    expect(await owner.getByRole('img', { name: /Ana Alvarez's dials by day: / }).count()).toBe(1);
    await saveScreenshot(owner, 'dashboards-team-week');

    // The month, chosen in the form, lands in the address: the link can be shared.
    await owner.getByLabel('Period', { exact: true }).selectOption('month');
    await expect.poll(() => new URL(owner.url()).searchParams.get('period')).toBe('month');
    await owner.getByLabel('List', { exact: true }).selectOption('FSBO');
    await expect.poll(() => new URL(owner.url()).searchParams.get('list')).toBe('FSBO');
    await owner.getByRole('heading', { level: 2, name: 'Per VA' }).waitFor();
    await owner.locator('.trend .recharts-surface').first().waitFor();
    await saveScreenshot(owner, 'dashboards-team-month-fsbo');
    const shared = owner.url();
    const again = await context.newPage();
    await again.goto(shared);
    await expect.poll(async () => again.getByLabel('List', { exact: true }).inputValue()).toBe('FSBO');
    await again.close();

    // The CSV downloads answer text/csv with one row per VA.
    const csvHref = await owner.getByRole('link', { name: 'Download the per-VA table (CSV)' }).getAttribute('href');
    const csv = await api.get(`${url}${csvHref}`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual(['va', 'Ana Alvarez', 'Ben Brooks', 'Cy Chen']);

    // The comparison and the alerts.
    await owner.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'VA, script or list?' }).click();
    await owner.getByLabel('Compare', { exact: true }).selectOption('list');
    await owner.getByRole('heading', { name: 'Lead rate (leads per talk-to)' }).waitFor();
    await owner.getByRole('rowheader', { name: /Expired listings/ }).waitFor();
    expect(await owner.getByRole('rowheader', { name: /Expired listings/ }).count()).toBe(1);
    await saveScreenshot(owner, 'dashboards-compare-lists');
    await owner.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Alerts' }).click();
    await owner.getByText(/checks that did not fire|need/).first().waitFor();
    await saveScreenshot(owner, 'dashboards-alerts');
    await owner.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Agency' }).click();
    await owner.getByRole('link', { name: 'North Shore Realty' }).waitFor();
    await saveScreenshot(owner, 'dashboards-agency');

    // The process page's diagram shows, on request, runs, time spent, overdue tasks and the tracked counters per step as a heat map.
    const run = await post(api, csrf, '/api/runs', { processId: copy.id });
    await post(api, csrf, '/api/runs', { processId: copy.id });
    // Three dials logged on the first run's task (a lead among them), as the tracker does on a task's page.
    const onTask = ['lead', 'noAnswer', 'voicemail'].map((disposition) => ({ kind: 'dial', clientId: randomUUID(), teamId: team.id, userId: userIds[0], taskId: run.tasks[0].id, disposition, occurredAt: new Date().toISOString() }));
    expect((await post(api, csrf, '/api/events', { events: onTask })).accepted).toBe(3);
    await post(api, csrf, `/api/tasks/${run.tasks[0].id}/complete`, {});
    await owner.goto(`${url}/processes/${copy.id}`);
    await owner.getByRole('button', { name: 'Show runs, time spent, overdue tasks and tracked counters per step' }).click();
    await owner.locator('.heat-badge').first().waitFor();
    expect(await owner.getByRole('img', { name: /: 2 runs \(busiest\)/ }).count()).toBeGreaterThan(0);
    // The counters are written on the step's badge and in the table, in words and figures.
    expect(await owner.getByRole('img', { name: /^Set campaign: 2 runs .*; tracked Dials 3 · Talk-to's 1 · Leads 1$/ }).count()).toBe(1);
    expect(await owner.locator('.heat-badge').getByText("Dials 3 · Talk-to's 1 · Leads 1", { exact: true }).count()).toBe(1);
    const stepRow = owner.getByRole('table', { name: 'Per step' }).getByRole('row', { name: /^Set campaign/ });
    expect(await stepRow.getByRole('cell').allTextContents()).toEqual(['2', expect.any(String), '0', '0', '3', '1', '1']);
    expect(await owner.getByRole('table', { name: 'Per step' }).getByRole('columnheader').allTextContents()).toEqual(['Step', 'Runs', 'Median time', 'Overdue now', 'Completed late', 'Dials', "Talk-to's", 'Leads']);
    await owner.getByRole('heading', { name: 'Performance on the diagram' }).scrollIntoViewIfNeeded();
    await saveScreenshot(owner, 'dashboards-process-heat-map');

    // A VA lands on their own numbers and, on the team dashboard, sees only their own row.
    const vaContext = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    vaContext.setDefaultTimeout(20_000);
    const va = await vaContext.newPage();
    suite.page = va;
    await va.goto(`${url}/login`);
    await va.getByLabel('Email').fill(VAS[0]!.email);
    await va.getByLabel('Password').fill(VA_PASSWORD);
    await va.getByLabel('Password').press('Enter');
    await va.getByRole('navigation', { name: 'Main' }).waitFor();
    await va.goto(`${url}/dashboards`);
    await va.getByRole('heading', { level: 1, name: 'My numbers' }).waitFor();
    await va.getByRole('heading', { level: 2, name: /^This week/ }).waitFor();
    expect(await va.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Agency' }).count()).toBe(0);
    await saveScreenshot(va, 'dashboards-va-my-numbers');
    await va.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Team' }).click();
    await va.getByRole('heading', { level: 2, name: 'Your numbers' }).waitFor();
    expect(await va.getByRole('img', { name: /dials by day/ }).count()).toBe(1);
    await va.locator('.trend .recharts-surface').first().waitFor();
    expect(await va.getByText('Ben Brooks').count()).toBe(0);
    await saveScreenshot(va, 'dashboards-va-team');
    await vaContext.close();
    await context.close();
  }, 240_000);
});
