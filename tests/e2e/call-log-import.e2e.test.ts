/** Importing a dialer's call log in a real browser: pick the team, process and file, map an unknown outcome word, import, read the report, and upload the same file again without counting twice. */
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './helpers/chromium.ts';
import { setUpOrganization, useBrowserSuite } from './helpers/browser-suite.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';

const OWNER = { organization: 'Acme Co', name: 'Olivia Owner', email: 'owner@example.com', password: 'owner-password-1' };
const TEAM = 'Acme Realty';
const PROCESS = 'Prospecting dialing (Acme Realty)';

describe.skipIf(skipBrowserTests)('call log import in the browser', () => {
  const suite = useBrowserSuite('call-log-import-failure');

  it('previews a dialer export with its problems, imports it with a per-row report, and imports nothing twice', async () => {
    const url = suite.server.url;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const owner = await context.newPage();
    suite.page = owner;

    // Given an owner on a team with the team's copy of the Prospecting dialing template.
    await setUpOrganization(owner, url, OWNER);
    await owner.goto(`${url}/admin/teams`);
    await owner.getByLabel('Team name').fill(TEAM);
    await owner.getByRole('button', { name: 'Create team' }).click();
    await owner.getByRole('link', { name: TEAM }).click();
    await owner.getByLabel('Organization member').selectOption({ label: `${OWNER.name} (${OWNER.email}, Owner)` });
    await owner.getByRole('button', { name: 'Add to team' }).click();
    await owner.getByRole('cell', { name: OWNER.email }).first().waitFor();
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const template = owner.getByRole('article', { name: 'Prospecting dialing' });
    await template.getByLabel('Team').selectOption({ label: TEAM });
    await template.getByLabel('Name of the copy').fill(PROCESS);
    await template.getByRole('button', { name: 'Use template' }).click();
    await owner.getByRole('heading', { level: 1, name: PROCESS }).waitFor();

    // When a dialer's export is previewed: the columns are guessed, one outcome word is unknown, one row has a bad time.
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const csv = [
      'Call Time,Phone,Result,Talk Time',
      `${at(30)},(312) 555-0101,No Answer,0`,
      `${at(25)},(312) 555-0102,Left VM,0:40`,
      `${at(20)},(312) 555-0103,Lead,3:10`,
      `not a time,(312) 555-0104,No Answer,0`,
    ].join('\n');
    // The import is found from the dashboards' navigation.
    await owner.goto(`${url}/dashboards`);
    await owner.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Import a call log' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Import a call log' }).waitFor();
    await owner.getByLabel('Team').selectOption({ label: TEAM });
    await owner.getByLabel('Process').selectOption({ label: PROCESS });
    await owner.getByLabel('CSV file').setInputFiles({ name: 'dialer-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await owner.getByRole('button', { name: 'Preview' }).click();
    await owner.getByText('4 rows: 2 read without a problem, 2 with problems').waitFor();
    await expect.poll(() => owner.getByLabel(/^Time of the call/).inputValue()).toBe('Call Time');
    const preview = owner.getByRole('table', { name: 'Preview' });
    await expect.poll(() => preview.getByRole('row').nth(2).textContent()).toContain('"Left VM" is not mapped');

    // Then mapping the unknown word to Voicemail leaves only the bad time.
    await owner.getByLabel('Disposition for Left VM').selectOption({ label: 'Voicemail' });
    await owner.getByRole('button', { name: 'Update preview' }).click();
    await owner.getByText('4 rows: 3 read without a problem, 1 with problems').waitFor();
    await saveScreenshot(owner, 'call-log-import-preview');

    await owner.getByRole('button', { name: 'Import 4 rows' }).click();
    await owner.getByRole('status').filter({ hasText: 'imported' }).waitFor();
    expect(await owner.getByRole('status').filter({ hasText: 'imported' }).textContent()).toBe('3 imported, 0 already imported before, 1 rejected.');
    expect(await owner.getByRole('table', { name: 'Rows not imported' }).textContent()).toContain('occurredAt "not a time" is not a date and time');
    await saveScreenshot(owner, 'call-log-import-report');

    // And the same file again imports nothing twice.
    await owner.getByRole('button', { name: 'Import 4 rows' }).click();
    await owner.getByText('0 imported, 3 already imported before, 1 rejected.').waitFor();
    await context.close();
  }, 180_000);
});
