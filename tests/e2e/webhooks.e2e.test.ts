/** The admin's webhooks page in a real browser against a real server and a real local receiver: add an endpoint, copy its secret, send a test and see it delivered in the log. */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';
import { skipBrowserTests } from './helpers/chromium.ts';
import { setUpOrganization, useBrowserSuite } from './helpers/browser-suite.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';

const OWNER = { organization: 'Acme Co', name: 'Olivia Owner', email: 'owner@example.com', password: 'owner-password-1' };

describe.skipIf(skipBrowserTests)('webhooks in the browser', () => {
  const suite = useBrowserSuite('webhooks-failure');
  let receiver: WebhookReceiver | undefined;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    await receiver?.close();
  });

  it('adds an endpoint, shows its secret once, sends a signed test that the log shows delivered, and turns it off', async () => {
    const url = suite.server.url;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const owner = await context.newPage();
    suite.page = owner;

    await setUpOrganization(owner, url, OWNER);

    await owner.goto(`${url}/admin/teams`);
    await owner.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Webhooks' }).click();
    await owner.getByRole('heading', { level: 2, name: 'Webhooks' }).waitFor();

    // An http address elsewhere than localhost is refused beside the field.
    await owner.getByLabel('Address (URL)').fill('http://crm.example.com/hooks');
    await owner.getByRole('button', { name: 'Add endpoint' }).click();
    await owner.getByText('must be an https:// address').waitFor();

    await owner.getByLabel('Address (URL)').fill(receiver!.url);
    await owner.getByLabel('Description').fill('Local CRM');
    await owner.getByRole('checkbox', { name: /run\.completed/ }).check();
    await owner.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = await owner.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^whsec_/);
    const row = owner.getByRole('table', { name: 'Endpoints' }).getByRole('row').filter({ hasText: receiver!.url });
    await expect.poll(() => row.textContent()).toContain('lead.created, run.completed');

    await row.getByRole('button', { name: /Send test/ }).click();
    await expect.poll(() => receiver!.received.length, { timeout: 15_000 }).toBe(1);
    const [ping] = receiver!.received;
    expect(ping!.headers['x-swimlane-event']).toBe('ping');
    expect(ping!.headers['x-swimlane-signature']).toBe(`sha256=${createHmac('sha256', secret).update(`${ping!.headers['x-swimlane-timestamp']}.${ping!.body}`).digest('hex')}`);

    const log = owner.getByRole('table', { name: 'Delivery log' });
    await expect
      .poll(async () => {
        await owner.getByRole('button', { name: 'Refresh' }).click();
        return log.getByRole('row').nth(1).textContent();
      })
      .toMatch(/ping.*delivered.*200/);
    await saveScreenshot(owner, 'webhooks-page');

    await row.getByRole('button', { name: /Turn off/ }).click();
    await expect.poll(() => row.textContent()).toContain('Off');
    await context.close();
  }, 120_000);
});
