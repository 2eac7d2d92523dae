/** Webhooks end to end against a real local HTTP receiver: signed deliveries of each event, retries with back-off, the timeout, the delivery log, and organizations kept apart. */
import { createHmac, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTestProcess } from '../../../tests/support/publish-test-process.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../../../tests/support/webhook-receiver.ts';
import { localDay } from '../tracking/local-day.ts';
import { deliverDueWebhooks, MAX_WEBHOOK_ATTEMPTS } from './deliver-due-webhooks.ts';
import { reportFinishedDays } from './report-finished-days.ts';
import { reportOverdueTasks } from './report-overdue-tasks.ts';

const readFixture = (name: string) => readFile(new URL(`../runner/fixtures/${name}.bpmn`, import.meta.url), 'utf8');
const later = (from: string, ms: number) => new Date(Date.parse(from) + ms).toISOString();
const HOUR = 60 * 60 * 1000;

/** What a receiver does: recompute the HMAC of `<timestamp>.<raw body>` and compare. */
function verifies(webhook: ReceivedWebhook, secret: string): boolean {
  const expected = `sha256=${createHmac('sha256', secret).update(`${webhook.headers['x-swimlane-timestamp']}.${webhook.body}`).digest('hex')}`;
  return webhook.headers['x-swimlane-signature'] === expected;
}

for (const database of await testDatabases()) {
  describe(`webhook delivery on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let va: Agent;
    let teamId: number;
    let processId: number;
    let receiver: WebhookReceiver;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: 'America/Chicago' } })).json().id;
      va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [teamId], name: 'Vera VA' });
      ({ processId } = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId, xml: await readFixture('scheduled-starts') }));
      receiver = await startWebhookReceiver();
    });
    afterEach(async () => {
      await receiver.close();
      await t.close();
    });

    const subscribe = async (as: Agent, events: string[], url = receiver.url) => {
      const created = await t.request('POST', '/api/webhooks', { as, body: { url, events } });
      expect(created.statusCode, created.body).toBe(201);
      return created.json() as { webhook: { id: number }; secret: string };
    };
    const handOff = async (as: Agent, name = 'Dana Seller') => {
      const answer = await t.request('POST', '/api/leads', { as, body: { clientId: randomUUID(), processId, name, phone: '(312) 555-0190' } });
      expect(answer.statusCode, answer.body).toBe(201);
      return answer.json() as { id: number; runId: number };
    };
    const pass = (now: string, options: { timeoutMs?: number } = {}) => deliverDueWebhooks(t.store, { now, workerId: 'test-worker', random: () => 0.5, ...options });
    const deliveries = async (as: Agent, query = '') => (await t.request('GET', `/api/webhook-deliveries${query}`, { as })).json().deliveries;

    it('given an endpoint for lead.created, when a lead is handed off, then the receiver gets it signed with the secret and the log says delivered', async () => {
      const { webhook, secret } = await subscribe(owner, ['lead.created']);
      const lead = await handOff(va);
      const [queued] = await deliveries(owner);
      expect(queued).toMatchObject({ webhookId: webhook.id, eventType: 'lead.created', status: 'pending', attempts: 0 });

      expect(await pass(new Date().toISOString())).toMatchObject({ claimed: 1, delivered: 1 });
      expect(receiver.received).toHaveLength(1);
      const [received] = receiver.received;
      expect(verifies(received!, secret)).toBe(true);
      expect(verifies(received!, `${secret}x`)).toBe(false);
      expect(received!.headers).toMatchObject({ 'content-type': 'application/json', 'x-swimlane-event': 'lead.created', 'x-swimlane-delivery': String(queued.id) });
      expect(Math.abs(Number(received!.headers['x-swimlane-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
      expect(received!.json).toMatchObject({
        id: queued.id,
        type: 'lead.created',
        data: { lead: { id: lead.id, runId: lead.runId, teamId, processId, name: 'Dana Seller', phone: '+13125550190', foundByUserId: va.session.user.id } },
      });

      const detail = (await t.request('GET', `/api/webhook-deliveries/${queued.id}`, { as: owner })).json();
      expect(detail).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) });
      expect(detail.log).toEqual([expect.objectContaining({ attempt: 1, statusCode: 200, error: null })]);
      expect(await pass(later(new Date().toISOString(), HOUR))).toMatchObject({ claimed: 0 });
    });

    it('given a receiver answering 500 and then 200, when passes run, then it waits for the back-off, retries and is delivered with both attempts logged', async () => {
      const { webhook } = await subscribe(owner, ['lead.created']);
      receiver.answerWith(500);
      await handOff(va);
      const start = new Date().toISOString();
      expect(await pass(start)).toMatchObject({ claimed: 1, retried: 1 });
      const [waiting] = await deliveries(owner, `?webhookId=${webhook.id}&status=pending`);
      expect(waiting).toMatchObject({ attempts: 1, lastStatusCode: 500, lastError: 'the endpoint answered HTTP 500' });
      // The first back-off is 30 to 60 seconds: with the jitter at its middle, 45.
      expect(Date.parse(waiting.nextAttemptAt) - Date.parse(start)).toBe(45_000);
      expect(await pass(later(start, 30_000))).toMatchObject({ claimed: 0 });

      expect(await pass(later(start, 60_000))).toMatchObject({ claimed: 1, delivered: 1 });
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received[0]!.headers['x-swimlane-delivery']).toBe(receiver.received[1]!.headers['x-swimlane-delivery']);
      const detail = (await t.request('GET', `/api/webhook-deliveries/${waiting.id}`, { as: owner })).json();
      expect(detail.log.map((attempt: { attempt: number; statusCode: number }) => [attempt.attempt, attempt.statusCode])).toEqual([
        [1, 500],
        [2, 200],
      ]);
      expect(await deliveries(owner, '?status=delivered')).toHaveLength(1);
    });

    it('given a receiver that always fails, when every attempt is used, then the delivery is failed, and redelivering sends it again', async () => {
      await subscribe(owner, ['lead.created']);
      receiver.answerWith(...Array.from({ length: MAX_WEBHOOK_ATTEMPTS }, () => 503));
      await handOff(va);
      let now = new Date().toISOString();
      for (let attempt = 1; attempt <= MAX_WEBHOOK_ATTEMPTS; attempt++) {
        expect(await pass(now)).toMatchObject({ claimed: 1, ...(attempt < MAX_WEBHOOK_ATTEMPTS ? { retried: 1 } : { failed: 1 }) });
        now = later(now, 7 * HOUR);
      }
      const [failed] = await deliveries(owner);
      expect(failed).toMatchObject({ status: 'failed', attempts: MAX_WEBHOOK_ATTEMPTS, lastStatusCode: 503, nextAttemptAt: null });
      expect(await pass(later(now, 24 * HOUR))).toMatchObject({ claimed: 0 });

      const redelivered = await t.request('POST', `/api/webhook-deliveries/${failed.id}/redeliver`, { as: owner });
      expect(redelivered.json()).toMatchObject({ status: 'pending', attempts: 0 });
      expect(await pass(new Date().toISOString())).toMatchObject({ delivered: 1 });
      const detail = (await t.request('GET', `/api/webhook-deliveries/${failed.id}`, { as: owner })).json();
      expect(detail).toMatchObject({ status: 'delivered', attempts: 1 });
      expect(detail.log).toHaveLength(MAX_WEBHOOK_ATTEMPTS + 1);
    });

    it('given a receiver that never answers, when the timeout passes, then the attempt is logged as timed out and retried later', async () => {
      await subscribe(owner, ['lead.created']);
      receiver.hang();
      await handOff(va);
      expect(await pass(new Date().toISOString(), { timeoutMs: 300 })).toMatchObject({ retried: 1 });
      const [waiting] = await deliveries(owner);
      expect(waiting).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: 'no answer within 0.3 s' });
    });

    it('given endpoints for run.completed, when the lead follow-up run completes, then run.completed arrives once, and a disabled endpoint gets nothing', async () => {
      const { webhook } = await subscribe(owner, ['run.completed']);
      const disabled = await subscribe(owner, ['run.completed', 'lead.created']);
      expect((await t.request('PATCH', `/api/webhooks/${disabled.webhook.id}`, { as: owner, body: { active: false } })).statusCode).toBe(200);
      const lead = await handOff(va);
      expect(await deliveries(owner)).toEqual([]);
      const run = (await t.request('GET', `/api/runs/${lead.runId}`, { as: owner })).json();
      const completed = await t.request('POST', `/api/tasks/${run.tasks[0].id}/complete`, { as: owner, body: { variables: { outcome: 'called back' } } });
      expect(completed.json().run.status).toBe('completed');
      expect(await deliveries(owner)).toEqual([expect.objectContaining({ webhookId: webhook.id, eventType: 'run.completed' })]);
      await pass(new Date().toISOString());
      expect(receiver.received.map((item) => item.json.data)).toEqual([
        { run: { id: lead.runId, teamId, processId, version: 1, status: 'completed', endedAt: expect.any(String), variables: expect.objectContaining({ leadName: 'Dana Seller', outcome: 'called back' }) } },
      ]);
    });

    it('given a task past its due time, when the overdue check runs twice, then task.overdue is written once', async () => {
      await subscribe(owner, ['task.overdue']);
      const lead = await handOff(va);
      const run = (await t.request('GET', `/api/runs/${lead.runId}`, { as: owner })).json();
      const dueAt = new Date(Date.now() - 60_000).toISOString();
      await t.store.db.updateTable('tasks').set({ due_at: dueAt }).where('id', '=', run.tasks[0].id).execute();
      const now = new Date().toISOString();
      expect(await reportOverdueTasks(t.store.db, { now })).toBe(1);
      expect(await reportOverdueTasks(t.store.db, { now: later(now, HOUR) })).toBe(0);
      await pass(now);
      expect(receiver.received.map((item) => [item.json.type, item.json.data])).toEqual([
        ['task.overdue', { task: expect.objectContaining({ id: run.tasks[0].id, runId: lead.runId, processId, elementId: 'FollowUpLead', role: 'Agent', status: 'open', dueAt }) }],
      ]);
    });

    it("given dials tracked today, when the team's day has ended, then each VA's day report arrives once with the day's counts", async () => {
      await subscribe(owner, ['day.report']);
      const library = (await t.request('GET', '/api/processes?templates=true', { as: owner })).json().processes as Array<{ id: number; name: string }>;
      const template = library.find((process) => process.name === 'Prospecting dialing')!;
      const dialing = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId, name: 'Dialing' } })).json().id;
      const occurredAt = new Date(Date.now() - 60_000).toISOString();
      const dial = (disposition: string) => ({ clientId: randomUUID(), kind: 'dial', teamId, processId: dialing, disposition, occurredAt });
      const sent = await t.request('POST', '/api/events', { as: va, body: { events: [dial('noAnswer'), dial('lead'), dial('noAnswer')] } });
      expect(sent.json()).toMatchObject({ accepted: 3 });

      const day = localDay(Date.parse(occurredAt), 'America/Chicago');
      expect(await reportFinishedDays(t.store.db, { now: new Date().toISOString() })).toBe(0);
      const tomorrow = later(occurredAt, 24 * HOUR);
      expect(await reportFinishedDays(t.store.db, { now: tomorrow })).toBe(1);
      expect(await reportFinishedDays(t.store.db, { now: later(tomorrow, HOUR) })).toBe(0);
      await pass(tomorrow);
      expect(receiver.received.map((item) => item.json.data)).toEqual([
        {
          team: { id: teamId, name: 'North Shore', timeZone: 'America/Chicago' },
          day,
          user: { id: va.session.user.id, name: 'Vera VA', email: 'va@acme.test' },
          totals: expect.objectContaining({ dials: 3, lead: 1, talkTo: 1 }),
          rates: expect.objectContaining({ talkToRate: 1 / 3, leadRate: 1 }),
        },
      ]);
    });

    it("given two organizations with endpoints, when A hands off a lead, then only A's endpoint is told and B sees none of A's deliveries", async () => {
      await subscribe(owner, ['lead.created']);
      const other = await startWebhookReceiver();
      try {
        const bravo = await t.createOrganization({ organizationName: 'Bravo', email: 'owner@bravo.test' });
        const bravoHook = await subscribe(bravo, ['lead.created'], other.url);
        await handOff(va);
        await pass(new Date().toISOString());
        expect(receiver.received).toHaveLength(1);
        expect(other.received).toEqual([]);
        expect(await deliveries(bravo)).toEqual([]);
        const aliceDelivery = (await deliveries(owner))[0];
        expect((await t.request('GET', `/api/webhook-deliveries/${aliceDelivery.id}`, { as: bravo })).statusCode).toBe(404);
        expect((await t.request('POST', `/api/webhook-deliveries/${aliceDelivery.id}/redeliver`, { as: bravo })).statusCode).toBe(404);
        expect((await t.request('GET', `/api/webhook-deliveries?webhookId=${bravoHook.webhook.id}`, { as: owner })).statusCode).toBe(404);
      } finally {
        await other.close();
      }
    });
  });
}
