/** Webhook endpoints through the API: created with a secret shown once, https only (http to localhost), changed, rotated, pinged and deleted by admins only. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`webhook routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let manager: Agent;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      manager = await t.inviteAndAccept(owner, { email: 'manager@acme.test', role: 'manager', name: 'Mona Manager' });
    });
    afterEach(async () => t.close());

    const create = (body: Record<string, unknown>, as = owner) => t.request('POST', '/api/webhooks', { as, body });

    it('given an admin, when an endpoint is created, then the secret is in that answer only and the list shows the endpoint without it', async () => {
      const created = await create({ url: 'https://crm.example.test/hooks', events: ['lead.created', 'day.report', 'lead.created'], description: 'CRM' });
      expect(created.statusCode, created.body).toBe(201);
      const { webhook, secret } = created.json();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(webhook).toMatchObject({ url: 'https://crm.example.test/hooks', events: ['lead.created', 'day.report'], description: 'CRM', active: true, secretRotatedAt: null });
      const list = await t.request('GET', '/api/webhooks', { as: owner });
      expect(list.json()).toEqual({ webhooks: [webhook] });
      expect(list.body).not.toContain(secret);
      const audit = (await t.request('GET', '/api/audit', { as: owner })).json();
      expect(JSON.stringify(audit)).toContain('webhook.created');
      expect(JSON.stringify(audit)).not.toContain(secret);
    });

    it('given addresses that are not https, when an endpoint is created with them, then it is refused naming the field, and http to localhost is allowed', async () => {
      for (const url of ['http://crm.example.test/hooks', 'ftp://crm.example.test', 'https://user:pw@crm.example.test/', 'not a url', 'http://10.0.0.1/hooks']) {
        const answer = await create({ url, events: ['lead.created'] });
        expect(answer.statusCode, url).toBe(400);
        expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'url' });
      }
      const badEvent = await create({ url: 'https://crm.example.test/hooks', events: ['lead.deleted'] });
      expect(badEvent.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'events.0' });
      expect((await create({ url: 'https://crm.example.test/hooks', events: [] })).json().error.field).toBe('events');
      for (const url of ['http://localhost:8080/hooks', 'http://127.0.0.1:9/x', 'http://[::1]:9/x']) expect((await create({ url, events: ['task.overdue'] })).statusCode, url).toBe(201);
      expect((await t.request('GET', '/api/webhooks', { as: owner })).json().webhooks).toHaveLength(3);
    });

    it('given an endpoint, when it is changed, its secret rotated, pinged and deleted, then each shows and the deliveries go with it', async () => {
      const { webhook, secret } = (await create({ url: 'https://crm.example.test/hooks', events: ['lead.created'] })).json();
      const changed = await t.request('PATCH', `/api/webhooks/${webhook.id}`, { as: owner, body: { events: ['run.completed', 'task.overdue'], active: false } });
      expect(changed.json()).toMatchObject({ id: webhook.id, events: ['run.completed', 'task.overdue'], active: false, url: 'https://crm.example.test/hooks' });
      expect((await t.request('PATCH', `/api/webhooks/${webhook.id}`, { as: owner, body: {} })).statusCode).toBe(400);
      expect((await t.request('PATCH', `/api/webhooks/${webhook.id}`, { as: owner, body: { url: 'http://crm.example.test' } })).json().error.field).toBe('url');

      const rotated = (await t.request('POST', `/api/webhooks/${webhook.id}/rotate-secret`, { as: owner })).json();
      expect(rotated.secret).not.toBe(secret);
      expect(rotated.webhook.secretRotatedAt).toEqual(expect.any(String));

      const ping = await t.request('POST', `/api/webhooks/${webhook.id}/ping`, { as: owner });
      expect(ping.statusCode, ping.body).toBe(202);
      expect(ping.json()).toMatchObject({ webhookId: webhook.id, eventType: 'ping', status: 'pending', attempts: 0 });
      expect((await t.request('GET', `/api/webhook-deliveries?webhookId=${webhook.id}&status=pending`, { as: owner })).json().deliveries).toHaveLength(1);
      expect((await t.request('GET', `/api/webhook-deliveries?status=delivered`, { as: owner })).json().deliveries).toHaveLength(0);
      expect((await t.request('GET', `/api/webhook-deliveries?status=sent`, { as: owner })).json().error.field).toBe('status');

      expect((await t.request('DELETE', `/api/webhooks/${webhook.id}`, { as: owner })).json()).toEqual({ ok: true });
      expect((await t.request('GET', '/api/webhooks', { as: owner })).json().webhooks).toEqual([]);
      expect((await t.request('GET', `/api/webhook-deliveries/${ping.json().id}`, { as: owner })).statusCode).toBe(404);
      expect((await t.request('DELETE', `/api/webhooks/${webhook.id}`, { as: owner })).statusCode).toBe(404);
    });

    it('given a manager, when they call the webhook routes, then each is forbidden', async () => {
      const { webhook } = (await create({ url: 'https://crm.example.test/hooks', events: ['lead.created'] })).json();
      for (const [method, url] of [
        ['GET', '/api/webhooks'],
        ['POST', `/api/webhooks/${webhook.id}/rotate-secret`],
        ['GET', '/api/webhook-deliveries'],
      ] as const) {
        expect((await t.request(method, url, { as: manager })).statusCode, url).toBe(403);
      }
      expect((await create({ url: 'https://crm.example.test/hooks', events: ['lead.created'] }, manager)).statusCode).toBe(403);
    });
  });
}
