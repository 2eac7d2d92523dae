/** The time-dependent parts of the dashboards at a fixed "now" (Wednesday noon in Chicago): pace through a current week, the forecast band, and the alert rules on planted cases. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDashboardTeam, type DashboardTeam } from '../../../tests/support/seed-dashboard-data.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import type { Principal } from '../auth/access.ts';
import { readMyDashboard } from './read-my-dashboard.ts';
import { readTeamAlerts } from './read-team-alerts.ts';
import { readTeamDashboard } from './read-team-dashboard.ts';

/** Wednesday 2026-03-04, 12:00 in Chicago (CST, UTC-6). */
const NOW = new Date('2026-03-04T18:00:00Z');
const WEEKDAYS_BEFORE = ['2026-02-09', '2026-02-10', '2026-02-11', '2026-02-12', '2026-02-13', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03'];

const principalOf = (agent: Agent): Principal => ({ userId: agent.session.user.id, organizationId: agent.session.organization.id, role: agent.session.role, via: 'session' });

for (const database of await testDatabases()) {
  describe(`dashboards at a fixed time on ${database.dialect}`, () => {
    let t: TestApp;
    let seed: DashboardTeam;
    let cy: Agent;

    beforeEach(async () => {
      t = await createTestApp(database);
      seed = await seedDashboardTeam(t);
      cy = await t.inviteAndAccept(seed.owner, { email: 'cy@acme.test', role: 'va', teamIds: [seed.teamId], name: 'Cy' });
      const [ana, ben] = [seed.ana.session.user.id, seed.ben.session.user.id];
      // Ana: 10 dials (3 talk-to's) every weekday for three weeks and this Monday and Tuesday, 60 s each; 5 no-answers this morning at 09:00.
      for (const date of WEEKDAYS_BEFORE) await seed.dial(ana, `${date}T16:00:00Z`, { noAnswer: 7, notInterested: 3 }, { list: 'Expired', now: NOW });
      await seed.dial(ana, '2026-03-04T15:00:00Z', { noAnswer: 5 }, { list: 'Expired', now: NOW });
      // Ben, planted: 100 dials yesterday, 60 of them talk-to's of 10 s (voicemails logged as talk-to's).
      await seed.dial(ben, '2026-03-03T16:00:00Z', { noAnswer: 40, notInterested: 60 }, { list: 'Expired', now: NOW, durationSeconds: 10 });
      // Cy, planted: 250 dials on a stale list on Monday, 5 talk-to's (2%).
      await seed.dial(cy.session.user.id, '2026-03-02T16:00:00Z', { noAnswer: 245, notInterested: 5 }, { list: 'Stale', now: NOW });
    });
    afterEach(async () => t.close());

    it("given Wednesday noon, when Ana's week is read, then half the working week has passed, the pace doubles her 25 dials and the forecast adds her weekday means", async () => {
      const board = await readTeamDashboard(t.store.db, principalOf(seed.owner), { teamId: seed.teamId, period: 'week', userId: seed.ana.session.user.id }, NOW);
      expect(board.period).toMatchObject({ from: '2026-03-02', to: '2026-03-08', today: '2026-03-04', elapsed: 0.5 });
      const dials = board.kpis.find((kpi) => kpi.key === 'dials')!;
      expect(dials).toMatchObject({ value: 25, target: 500, pace: { projected: 50, expectedByNow: 250, status: 'behind' } });
      expect(dials.pace!.text).toBe('At the current pace the week ends at 50 of target 500 Dials: 450 below, behind.');
      const trend = board.trends.find((candidate) => candidate.key === 'dials')!;
      // Observed before today: Monday and Tuesday, 20; Wednesday to Friday at 10 a day and the weekend at 0: 50.
      expect(trend.forecast).toMatchObject({ observed: 20, remainingDays: 5, projected: 50 });
      expect(trend.forecast!.low).toBeLessThanOrEqual(50);
      expect(trend.forecast!.high).toBeGreaterThanOrEqual(50);
      expect(trend.points.map((point) => point.cumulative)).toEqual([10, 20, 25, null, null, null, null]);
      expect(trend.points.map((point) => point.forecast)).toEqual([null, 20, 26, 32, 38, 44, 50]);
      expect(trend.summary).toContain('forecast 50 by 2026-03-08');
    });

    it('given the whole team, when its week is read, then the target is per VA times three VAs and the pace is the team total doubled', async () => {
      const board = await readTeamDashboard(t.store.db, principalOf(seed.owner), { teamId: seed.teamId, period: 'week' }, NOW);
      expect(board.targetHeadcount).toBe(3);
      // 25 (Ana) + 100 (Ben) + 250 (Cy) = 375 by Wednesday noon.
      expect(board.kpis[0]).toMatchObject({ key: 'dials', value: 375, target: 1500, pace: { projected: 750, status: 'behind' } });
      // No leads yet: ranked by talk-to's, Ben 60, Ana 6 (Monday and Tuesday), Cy 5.
      expect(board.leaderboard.map((entry) => entry.name)).toEqual(['Ben', 'Ana', 'Cy']);
    });

    it("given Ana's own view, when read at Wednesday noon, then today is 5 of a day target of 100 and the week 25 of 500", async () => {
      const me = await readMyDashboard(t.store.db, principalOf(seed.ana), { teamId: seed.teamId }, NOW);
      expect(me.today.kpis[0]).toMatchObject({ key: 'dials', value: 5, target: 100, pace: { projected: 10, status: 'behind' } });
      expect(me.week.kpis[0]).toMatchObject({ key: 'dials', value: 25, target: 500 });
      expect(me.week.daily.map((day) => day.dials)).toEqual([10, 10, 5, 0, 0, 0, 0]);
    });

    it('given the planted cases, when the alerts are checked at noon, then each rule fires on its case and not on the others, saying why', async () => {
      const { alerts } = await readTeamAlerts(t.store.db, principalOf(seed.owner), seed.teamId, NOW);
      const fired = (rule: string) => alerts.filter((alert) => alert.rule === rule && alert.fired).map((alert) => alert.subject).sort();
      expect(fired('voicemailsAsTalkTos')).toEqual(['Ben']);
      expect(fired('listBurningOut')).toEqual(['Stale']);
      // 09:00-17:00: at 12:00 three eighths of the day target of 100 (37.5) are expected; Ana has 5, Ben and Cy none today.
      expect(fired('behindPace')).toEqual(['Ana', 'Ben', 'Cy']);
      expect(fired('silentDuringShift')).toEqual(['Ana', 'Ben', 'Cy']);
      // The rest of the team over 7 days: Ana 45 dials, 12 talk-to's and Cy 250, 5: 17 of 295 (5.76%), 17,700 s / 17 talk-to's = 1041 s.
      const ben = alerts.find((alert) => alert.rule === 'voicemailsAsTalkTos' && alert.subject === 'Ben')!;
      expect(ben.why).toBe("Ben's talk-to rate is 60%, 10.4x the team's 5.76%, with talk-to calls averaging 17 s against the team's 1041 s: voicemails may be logged as talk-to's.");
      const ana = alerts.find((alert) => alert.rule === 'behindPace' && alert.subject === 'Ana')!;
      expect(ana.why).toBe('Ana has 5 dials at 12:00, against 38 expected by now for a day target of 100: 87% behind; at this pace the day ends at 13.');
      expect(alerts.find((alert) => alert.rule === 'silentDuringShift' && alert.subject === 'Ana')!.why).toBe('Ana has logged no dial for 180 min (since the last dial at 09:00) during the shift 09:00-17:00.');
      expect(alerts.find((alert) => alert.rule === 'listBurningOut' && alert.subject === 'Expired')!.fired).toBe(false);
      expect(alerts.slice(0, 8).every((alert) => alert.fired)).toBe(true);
    });
  });
}
