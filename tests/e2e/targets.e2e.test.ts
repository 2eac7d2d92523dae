/** Targets per person in a real browser: the owner sets a VA's daily dials target on the Targets page and the team dashboard's per-VA table holds her to it. */
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './helpers/chromium.ts';
import { useBrowserSuite } from './helpers/browser-suite.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';

const OWNER = { organizationName: 'Target Agency', name: 'Olivia Owner', email: 'owner@targets.test', password: 'owner-password-1' };

describe.skipIf(skipBrowserTests)('targets in the browser', () => {
  const suite = useBrowserSuite('targets-failure');

  it("sets Ana's daily dials target on the Targets page and shows it in her row of the team dashboard", async () => {
    const url = suite.server.url;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const api = context.request;
    const post = async (path: string, csrf: string, data: unknown) => {
      const answer = await api.post(`${url}${path}`, { data, headers: { 'x-csrf-token': csrf } });
      if (!answer.ok()) throw new Error(`${path}: ${answer.status()} ${await answer.text()}`);
      return answer.json();
    };

    // Given a team with its copy of the Prospecting dialing template (no documented dials target) and two VAs...
    const session = await (await api.post(`${url}/api/setup`, { data: { ...OWNER } })).json();
    const csrf = session.csrfToken as string;
    const team = await post('/api/teams', csrf, { name: 'Lakeside Homes', timeZone: 'America/Chicago' });
    const library = (await (await api.get(`${url}/api/processes?templates=true`)).json()).processes as Array<{ id: number; name: string }>;
    const template = library.find((process) => process.name === 'Prospecting dialing')!;
    await post(`/api/processes/${template.id}/use-template`, csrf, { teamId: team.id, name: 'Prospecting dialing' });
    for (const [name, email] of [['Ana Alvarez', 'ana@targets.test'], ['Ben Brooks', 'ben@targets.test']]) {
      const invitation = await post('/api/invitations', csrf, { email, role: 'va', teamIds: [team.id] });
      await fetch(`${url}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: invitation.token, name, password: 'va-password-123' }) });
    }

    // When the owner opens Targets from the dashboards and gives Ana 120 dials a day...
    const page = await context.newPage();
    suite.page = page;
    await page.goto(`${url}/dashboards/team?teamId=${team.id}`);
    await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Targets' }).click();
    await page.getByRole('heading', { level: 1, name: 'Targets' }).waitFor();
    const field = page.getByLabel('Ana Alvarez: Dials target for a day');
    await field.fill('120');
    await field.press('Enter');
    await page.getByRole('status').getByText("Saved Ana Alvarez's Dials target for a day: 120.").waitFor();
    await saveScreenshot(page, 'targets-page');

    // ...then today's team dashboard holds her row to 120 dials, and Ben, with no target, to none.
    await page.goto(`${url}/dashboards/team?teamId=${team.id}&period=day`);
    await page.getByRole('heading', { level: 2, name: 'Per VA' }).waitFor();
    await page.getByText("except Dials: the sum of each VA's own target").waitFor();
    const anaRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ana Alvarez' }) });
    await expect.poll(async () => anaRow.getByRole('cell').filter({ hasText: /of 120/ }).count()).toBe(1);
    const benRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ben Brooks' }) });
    expect(await benRow.getByRole('cell').filter({ hasText: /of 120/ }).count()).toBe(0);
    await saveScreenshot(page, 'targets-team-dashboard');

    // Back on Targets, the saved value is there after a reload.
    await page.goto(`${url}/dashboards/targets?teamId=${team.id}`);
    await expect.poll(async () => page.getByLabel('Ana Alvarez: Dials target for a day').inputValue()).toBe('120');
    await context.close();
  });
});
