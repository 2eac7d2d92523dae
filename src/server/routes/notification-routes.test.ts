/** Notifications through the API after a real alert check: who sees which (a va only their own, a viewer their teams', another organization nothing), read one, read all, the unread count, paging, bad input, and the webhook beside each. */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { addDays, currentLocalDate, isoWeekday, localTimeToInstant } from '../../kpi/index.ts';
import { runAlertChecks } from '../alerts/run-alert-checks.ts';

const ZONE = 'America/Chicago';

/** 11:00 on the first working day at least a day ahead, in Chicago: two hours into a 09:00 shift with no dial logged. */
function nextWeekdayMorning(): Date {
  let date = addDays(currentLocalDate(Date.now(), ZONE), 1);
  while (isoWeekday(date) > 5) date = addDays(date, 1);
  return new Date(localTimeToInstant(date, 11 * 3600, ZONE));
}

interface Listed {
  id: number;
  rule: string;
  subject: string;
  userId: number | null;
  taskId: number | null;
  team: { id: number; name: string };
  readAt: string | null;
  why: string;
}

for (const database of await testDatabases()) {
  describe(`notification routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let manager: Agent;
    let ana: Agent;
    let ben: Agent;
    let cy: Agent;
    let viewer: Agent;
    let northId: number;
    let southId: number;

    const list = async (as: Agent, query = '') => {
      const answer = await t.request('GET', `/api/notifications${query}`, { as });
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json() as { notifications: Listed[]; unread: number };
    };
    const idOf = (agent: Agent) => agent.session.user.id;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      northId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: ZONE } })).json().id;
      southId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'South Loop', timeZone: ZONE } })).json().id;
      manager = await t.inviteAndAccept(owner, { email: 'max@acme.test', role: 'manager', teamIds: [northId], name: 'Max Manager' });
      ana = await t.inviteAndAccept(owner, { email: 'ana@acme.test', role: 'va', teamIds: [northId], name: 'Ana Alvarez' });
      ben = await t.inviteAndAccept(owner, { email: 'ben@acme.test', role: 'va', teamIds: [northId], name: 'Ben Brooks' });
      cy = await t.inviteAndAccept(owner, { email: 'cy@acme.test', role: 'va', teamIds: [southId], name: 'Cy Chen' });
      viewer = await t.inviteAndAccept(owner, { email: 'vic@acme.test', role: 'viewer', teamIds: [northId], name: 'Vic Viewer' });
      const library = (await t.request('GET', '/api/processes?templates=true', { as: owner })).json().processes as Array<{ id: number; name: string }>;
      const template = library.find((process) => process.name === 'Prospecting dialing')!;
      const copy = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId: northId, name: 'Prospecting dialing' } })).json();
      expect((await t.request('POST', '/api/webhooks', { as: owner, body: { url: 'https://crm.example.test/hooks', events: ['alert.fired'] } })).statusCode).toBe(201);
      const lead = await t.request('POST', '/api/leads', { as: ana, body: { clientId: randomUUID(), processId: copy.id, name: 'Dana Seller', phone: '(312) 555-0190' } });
      expect(lead.statusCode, lead.body).toBe(201);
      // A day on, at 11:00: every VA has been silent since 09:00, and the lead's follow-up is overdue in North Shore.
      await runAlertChecks(t.store.db, { now: nextWeekdayMorning() });
    });
    afterEach(async () => t.close());

    it('given the fired alerts, when a manager reads them, then every team\'s are there with why, newest first, all unread, each with its webhook queued', async () => {
      const { notifications, unread } = await list(manager);
      expect(unread).toBe(notifications.length);
      expect(notifications.map((notification) => notification.id)).toEqual([...notifications.map((notification) => notification.id)].sort((a, b) => b - a));
      const silent = notifications.filter((notification) => notification.rule === 'silentDuringShift').map((notification) => notification.subject).sort();
      expect(silent).toEqual(['Ana Alvarez', 'Ben Brooks', 'Cy Chen']);
      const overdue = notifications.find((notification) => notification.rule === 'leadFollowUpsOverdue');
      expect(overdue).toMatchObject({ team: { id: northId, name: 'North Shore' }, subject: 'North Shore', userId: null, taskId: expect.any(Number), readAt: null });
      expect(overdue!.why).toMatch(/^1 lead follow-up is overdue in North Shore: Dana Seller's "Follow up lead", by /);
      expect((await list(owner)).notifications).toEqual(notifications);

      const deliveries = (await t.request('GET', '/api/webhook-deliveries?limit=200', { as: owner })).json().deliveries as Array<{ eventType: string }>;
      expect(deliveries.filter((delivery) => delivery.eventType === 'alert.fired')).toHaveLength(notifications.length);
    });

    it('given alerts about several VAs, when a va reads theirs, then they see only those about themselves, and another VA\'s is not found', async () => {
      const mine = await list(ana);
      expect(mine.notifications.length).toBeGreaterThan(0);
      expect(mine.notifications.every((notification) => notification.userId === idOf(ana))).toBe(true);
      expect(mine.unread).toBe(mine.notifications.length);
      const bens = await list(ben);
      expect(bens.notifications.every((notification) => notification.userId === idOf(ben))).toBe(true);
      expect(bens.notifications.map((notification) => notification.id)).not.toContain(mine.notifications[0]!.id);

      const answer = await t.request('POST', `/api/notifications/${mine.notifications[0]!.id}/read`, { as: ben });
      expect(answer.statusCode, answer.body).toBe(404);
      expect(answer.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'notificationId' });
      expect((await list(ana)).unread).toBe(mine.unread);
    });

    it('given a viewer of one team, when they read notifications, then they see that team\'s alerts only', async () => {
      const { notifications } = await list(viewer);
      expect(notifications.length).toBeGreaterThan(0);
      expect(notifications.every((notification) => notification.team.id === northId)).toBe(true);
      expect(notifications.some((notification) => notification.subject === 'Cy Chen')).toBe(false);
      expect((await list(cy)).notifications.map((notification) => notification.subject)).toContain('Cy Chen');
    });

    it('given another organization, when its owner reads or marks notifications, then they see none of these and cannot touch them', async () => {
      const other = await t.createOrganization({ organizationName: 'Bravo Holdings', email: 'owner@bravo.test' });
      expect(await list(other)).toEqual({ notifications: [], unread: 0 });
      const [first] = (await list(owner)).notifications;
      expect((await t.request('POST', `/api/notifications/${first!.id}/read`, { as: other })).statusCode).toBe(404);
      const readAll = await t.request('POST', '/api/notifications/read-all', { as: other });
      expect(readAll.json()).toEqual({ marked: 0, unread: 0 });
      expect((await list(owner)).notifications.every((notification) => notification.readAt === null)).toBe(true);
    });

    it('given unread notifications, when one is read and then all, then each reader keeps their own read marks and count', async () => {
      const before = await list(manager);
      const [first] = before.notifications;
      const read = await t.request('POST', `/api/notifications/${first!.id}/read`, { as: manager });
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({ notification: { id: first!.id, readAt: expect.any(String) }, unread: before.unread - 1 });
      // Reading it again keeps the first time.
      const again = await t.request('POST', `/api/notifications/${first!.id}/read`, { as: manager });
      expect(again.json().notification.readAt).toBe(read.json().notification.readAt);
      expect((await list(manager, '?unread=true')).notifications.map((notification) => notification.id)).not.toContain(first!.id);
      // The owner has read nothing.
      expect((await list(owner)).unread).toBe(before.unread);

      const all = await t.request('POST', '/api/notifications/read-all', { as: manager });
      expect(all.json()).toEqual({ marked: before.unread - 1, unread: 0 });
      expect((await t.request('POST', '/api/notifications/read-all', { as: manager })).json()).toEqual({ marked: 0, unread: 0 });
      expect((await list(manager)).notifications.every((notification) => notification.readAt !== null)).toBe(true);
      expect((await list(owner)).unread).toBe(before.unread);
    });

    it('given many notifications, when asked for the count only or page by page, then limit and before page through them', async () => {
      const all = (await list(owner)).notifications;
      expect(await list(owner, '?limit=0')).toEqual({ notifications: [], unread: all.length });
      const firstPage = (await list(owner, '?limit=2')).notifications;
      expect(firstPage).toEqual(all.slice(0, 2));
      expect((await list(owner, `?limit=2&before=${firstPage[1]!.id}`)).notifications).toEqual(all.slice(2, 4));
    });

    it('given bad input, when notifications are asked for, then the answer names the field', async () => {
      for (const [query, field] of [
        ['?limit=500', 'limit'],
        ['?limit=-1', 'limit'],
        ['?unread=yes', 'unread'],
        ['?before=abc', 'before'],
        ['?colour=red', 'colour'],
      ] as const) {
        const answer = await t.request('GET', `/api/notifications${query}`, { as: owner });
        expect(answer.statusCode, query).toBe(400);
        expect(answer.json().error.field, query).toBe(field);
      }
      const answer = await t.request('POST', '/api/notifications/abc/read', { as: owner });
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error.field).toBe('notificationId');
      expect((await t.request('POST', '/api/notifications/999999/read', { as: owner })).statusCode).toBe(404);
    });
  });
}
