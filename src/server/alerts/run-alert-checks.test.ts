/** The periodic alert check on each database: an overdue lead follow-up stored once as a notification with its alert.fired webhook, across repeated checks and concurrent checkers. */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { addDays, currentLocalDate, isoWeekday, localTimeToInstant } from '../../kpi/index.ts';
import { openStore, type Store } from '../../store/connection.ts';
import { readTeamAlerts } from '../use-cases/read-team-alerts.ts';
import { checkTeamAlerts, runAlertChecks } from './run-alert-checks.ts';

const ZONE = 'America/Chicago';
const MINUTE = 60_000;

/** 10:00 on the first Saturday at least a day ahead, in Chicago: the lead's follow-up (due within the hour) is overdue, and no shift or pace rule can fire. */
function nextSaturdayMorning(): Date {
  let date = addDays(currentLocalDate(Date.now(), ZONE), 1);
  while (isoWeekday(date) !== 6) date = addDays(date, 1);
  return new Date(localTimeToInstant(date, 10 * 3600, ZONE));
}

const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

for (const database of await testDatabases()) {
  describe(`alert checks on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let va: Agent;
    let teamId: number;
    let organizationId: number;
    let followUpTaskId: number;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      organizationId = owner.session.organization.id;
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: ZONE } })).json().id;
      va = await t.inviteAndAccept(owner, { email: 'vera@acme.test', role: 'va', teamIds: [teamId], name: 'Vera VA' });
      const library = (await t.request('GET', '/api/processes?templates=true', { as: owner })).json().processes as Array<{ id: number; name: string }>;
      const template = library.find((process) => process.name === 'Prospecting dialing')!;
      const copy = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId, name: 'Prospecting dialing' } })).json();
      const subscribed = await t.request('POST', '/api/webhooks', { as: owner, body: { url: 'https://crm.example.test/hooks', events: ['alert.fired'] } });
      expect(subscribed.statusCode, subscribed.body).toBe(201);
      // Vera hands off a lead: its follow-up run waits on "Follow up lead" in the Agent lane, due within the hour.
      const lead = await t.request('POST', '/api/leads', { as: va, body: { clientId: randomUUID(), processId: copy.id, name: 'Dana Seller', phone: '(312) 555-0190' } });
      expect(lead.statusCode, lead.body).toBe(201);
      const task = await t.store.db.selectFrom('tasks').select(['id', 'element_id', 'due_at']).where('run_id', '=', lead.json().runId).executeTakeFirstOrThrow();
      expect(task.element_id).toBe('FollowUpLead');
      expect(task.due_at).not.toBeNull();
      followUpTaskId = task.id;
    });
    afterEach(async () => t.close());

    const notifications = () => t.store.db.selectFrom('notifications').selectAll().orderBy('id').execute();
    const alertDeliveries = () => t.store.db.selectFrom('webhook_deliveries').selectAll().where('event_type', '=', 'alert.fired').orderBy('id').execute();

    it('given a lead follow-up past its due time, when the check runs, then one notification with its why is stored and alert.fired is queued with it', async () => {
      const now = nextSaturdayMorning();
      const pass = await runAlertChecks(t.store.db, { now });
      expect(pass.teamsChecked).toBe(1);
      expect(pass.stored.map((alert) => alert.rule)).toEqual(['leadFollowUpsOverdue']);

      const [stored, ...none] = await notifications();
      expect(none).toEqual([]);
      expect(stored).toMatchObject({ organization_id: organizationId, team_id: teamId, rule: 'leadFollowUpsOverdue', subject_key: 'team', subject: 'North Shore', user_id: null, task_id: followUpTaskId, fired_at: now.toISOString() });
      expect(stored!.period).toBe(`day:${currentLocalDate(now.getTime(), ZONE)}`);
      expect(stored!.why).toMatch(/^1 lead follow-up is overdue in North Shore: Dana Seller's "Follow up lead", by (\d+ days?( \d+ h)?|\d+ h( \d+ min)?), unclaimed in the Agent pool\.$/);

      const [delivery, ...more] = await alertDeliveries();
      expect(more).toEqual([]);
      expect(delivery).toMatchObject({ organization_id: organizationId, status: 'pending' });
      expect(JSON.parse(delivery!.payload)).toEqual({
        alert: { id: stored!.id, rule: 'leadFollowUpsOverdue', subject: 'North Shore', userId: null, list: null, taskId: followUpTaskId, why: stored!.why, period: stored!.period, firedAt: now.toISOString() },
        team: { id: teamId, name: 'North Shore', timeZone: ZONE },
      });
    });

    it('given the same overdue follow-up, when the check repeats, then a team is evaluated once per interval and the alert is stored once a day', async () => {
      const now = nextSaturdayMorning();
      expect((await runAlertChecks(t.store.db, { now })).stored).toHaveLength(1);
      // A minute on, the team's mark is fresh: nothing is evaluated.
      expect(await runAlertChecks(t.store.db, { now: later(now, MINUTE) })).toEqual({ teamsChecked: 0, stored: [] });
      // Past the interval it is evaluated again, and the alert of the day is already stored.
      expect(await runAlertChecks(t.store.db, { now: later(now, 6 * MINUTE) })).toEqual({ teamsChecked: 1, stored: [] });
      expect(await notifications()).toHaveLength(1);
      expect(await alertDeliveries()).toHaveLength(1);

      // The next day it is news again.
      const sunday = later(now, 24 * 60 * MINUTE);
      expect((await runAlertChecks(t.store.db, { now: sunday })).stored.map((alert) => alert.period)).toEqual([`day:${currentLocalDate(sunday.getTime(), ZONE)}`]);
      expect(await notifications()).toHaveLength(2);
      expect(await alertDeliveries()).toHaveLength(2);
    });

    it('given the follow-up done, when the check runs, then nothing fires', async () => {
      const claimed = await t.request('POST', `/api/tasks/${followUpTaskId}/claim`, { as: owner });
      expect(claimed.statusCode, claimed.body).toBe(200);
      const completed = await t.request('POST', `/api/tasks/${followUpTaskId}/complete`, { as: owner, body: { variables: {} } });
      expect(completed.statusCode, completed.body).toBe(200);
      expect(await runAlertChecks(t.store.db, { now: nextSaturdayMorning() })).toEqual({ teamsChecked: 1, stored: [] });
      expect(await notifications()).toEqual([]);
      expect(await alertDeliveries()).toEqual([]);
    });

    it('given two checkers at the same moment, when both evaluate the team, then the alert and its webhook are stored once', async () => {
      const now = nextSaturdayMorning();
      // On PostgreSQL the second checker is another server's pool; SQLite's one writer is one connection per process.
      const other: Store = database.dialect === 'postgres' ? openStore({ databaseUrl: t.store.location, dataDir: '.' }) : t.store;
      try {
        // Past the claim, straight to evaluating and storing: the unique key alone decides.
        const both = await Promise.all([checkTeamAlerts(t.store.db, organizationId, teamId, now), checkTeamAlerts(other.db, organizationId, teamId, now)]);
        expect(both.map((stored) => stored.length).sort()).toEqual([0, 1]);
        expect(await notifications()).toHaveLength(1);
        expect(await alertDeliveries()).toHaveLength(1);

        // Through the claim, a day later: one of the two evaluates the team.
        const nextDay = later(now, 24 * 60 * MINUTE);
        const passes = await Promise.all([runAlertChecks(t.store.db, { now: nextDay }), runAlertChecks(other.db, { now: nextDay })]);
        expect(passes.map((pass) => pass.teamsChecked).sort()).toEqual([0, 1]);
        expect(await notifications()).toHaveLength(2);
        expect(await alertDeliveries()).toHaveLength(2);
      } finally {
        if (other !== t.store) await other.close();
      }
    });

    it('given the overdue follow-up, when the team alerts are read, then the fifth rule fires with the task behind it, for the va too', async () => {
      const now = nextSaturdayMorning();
      const principal = { userId: va.session.user.id, organizationId, role: 'va' as const, via: 'session' as const };
      const { alerts } = await readTeamAlerts(t.store.db, principal, teamId, now);
      expect(alerts[0]).toMatchObject({ rule: 'leadFollowUpsOverdue', fired: true, subject: 'North Shore', userId: null, list: null, taskId: followUpTaskId });
      // Within the hour of the hand-off it is quiet.
      const quiet = (await readTeamAlerts(t.store.db, principal, teamId, new Date())).alerts.find((alert) => alert.rule === 'leadFollowUpsOverdue');
      expect(quiet).toEqual({ rule: 'leadFollowUpsOverdue', fired: false, subject: 'North Shore', userId: null, list: null, taskId: null, why: 'No lead follow-up is past its due time in North Shore.' });
    });
  });
}
