/** Targets per person through the API: a team lead sets a VA's own target, the team dashboard, "my numbers" and the behind-pace alert use it, and bad input, a VA or another organization are refused. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDashboardTeam, type DashboardTeam } from '../../../tests/support/seed-dashboard-data.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { evaluateTeamAlerts } from '../use-cases/read-team-alerts.ts';

const DAY_MS = 86_400_000;

/** The latest Tuesday and Wednesday both before the team's today in Chicago (within the 30 days ingest accepts). */
function pickDays(): { tuesday: string; wednesday: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
  let day = Date.parse(`${today}T00:00:00Z`) - DAY_MS;
  while (new Date(day).getUTCDay() !== 3) day -= DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { tuesday: iso(day - DAY_MS), wednesday: iso(day) };
}

/** 15:00 or 14:00 in Chicago (20:00 UTC): the same local day in summer and winter time. */
const afternoon = (date: string) => `${date}T20:00:00.000Z`;

interface Row {
  userId: number;
  kpis: { key: string; target: number | null; status: string | null }[];
}

for (const database of await testDatabases()) {
  describe(`target routes on ${database.dialect}`, () => {
    let t: TestApp;
    let seed: DashboardTeam;
    let owner: Agent;
    let ana: number;
    let ben: number;
    const { tuesday, wednesday } = pickDays();

    const put = (body: Record<string, unknown>, as: Agent = owner, teamId = seed.teamId) => t.request('PUT', `/api/teams/${teamId}/targets`, { as, body });
    const board = async () => {
      const answer = await t.request('GET', `/api/dashboards/team?teamId=${seed.teamId}&period=range&from=${tuesday}&to=${wednesday}`, { as: owner });
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json();
    };
    const dialsOf = (row: Row) => row.kpis.find((kpi) => kpi.key === 'dials');

    beforeEach(async () => {
      t = await createTestApp(database);
      seed = await seedDashboardTeam(t);
      owner = seed.owner;
      ana = seed.ana.session.user.id;
      ben = seed.ben.session.user.id;
      // Ana: 10 dials on Tuesday, 5 on Wednesday; Ben: 8 on Tuesday.
      await seed.dial(ana, afternoon(tuesday), { noAnswer: 6, notInterested: 3, lead: 1 });
      await seed.dial(ana, afternoon(wednesday), { noAnswer: 2, notInterested: 2, appointmentSet: 1 });
      await seed.dial(ben, afternoon(tuesday), { noAnswer: 5, notInterested: 2, lead: 1 });
    });
    afterEach(async () => t.close());

    it("given Ana's own daily dials target of 5, when the owner opens the team dashboard over two days, then her row is held to 10 and ahead, Ben's to the documented 200, and the team's target is their sum", async () => {
      const before = await board();
      expect(dialsOf(before.vas.find((row: Row) => row.userId === ana))).toMatchObject({ target: 200, status: 'behind' });
      expect(before.kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toMatchObject({ target: 400 });

      const answer = await put({ userId: ana, kpiKey: 'dials', period: 'day', value: 5 });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json().targets).toEqual([{ userId: ana, kpiKey: 'dials', period: 'day', value: 5, setByUserId: owner.session.user.id, setAt: expect.any(String) }]);

      const after = await board();
      expect(dialsOf(after.vas.find((row: Row) => row.userId === ana))).toMatchObject({ target: 10, status: 'ahead' });
      expect(dialsOf(after.vas.find((row: Row) => row.userId === ben))).toMatchObject({ target: 200, status: 'behind' });
      // 5 a day x 2 days for Ana, plus 500 a week (100 a working day) x 2 days for Ben.
      expect(after.kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toMatchObject({ value: 23, target: 210 });
      expect(after.personTargetKpis).toEqual(['dials']);
      expect(after.trends.find((trend: { key: string }) => trend.key === 'dials').points.map((point: { target: number }) => point.target)).toEqual([105, 210]);
      // A ratio is not added up: the team keeps the documented rate.
      expect(after.kpis.find((kpi: { key: string }) => kpi.key === 'talkToRate')).toMatchObject({ target: 0.12 });

      // The agency's row of the team adds up the same way.
      const agency = await t.request('GET', `/api/dashboards/agency?period=range&from=${tuesday}&to=${wednesday}`, { as: owner });
      expect(agency.json().teams[0].kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toMatchObject({ target: 210 });

      // Filtered on Ana, the team's numbers are hers, against her target.
      const filtered = await t.request('GET', `/api/dashboards/team?teamId=${seed.teamId}&period=range&from=${tuesday}&to=${wednesday}&userId=${ana}`, { as: owner });
      expect(filtered.json().kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toMatchObject({ value: 15, target: 10 });

      // Removed, the documented target applies again.
      expect((await put({ userId: ana, kpiKey: 'dials', period: 'day', value: null })).json().targets).toEqual([]);
      expect((await board()).kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toMatchObject({ target: 400 });
      const audit = await t.store.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'team.target%').orderBy('id').execute();
      expect(audit.map((entry) => entry.action)).toEqual(['team.target_set', 'team.target_removed']);
    });

    it("given Ana's own targets, when she opens her numbers, then today's dials target and this week's talk-to rate are hers", async () => {
      expect((await put({ userId: ana, kpiKey: 'dials', period: 'day', value: 40 })).statusCode).toBe(200);
      expect((await put({ userId: ana, kpiKey: 'talkToRate', period: 'week', value: 0.3 })).statusCode).toBe(200);
      const mine = await t.request('GET', `/api/dashboards/me?teamId=${seed.teamId}`, { as: seed.ana });
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json().today.kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toMatchObject({ target: 40 });
      expect(mine.json().week.kpis.find((kpi: { key: string }) => kpi.key === 'talkToRate')).toMatchObject({ target: 0.3 });
      // Ben's are untouched: the documented 500 a week, 100 on a working day (none on a weekend).
      const his = await t.request('GET', `/api/dashboards/me?teamId=${seed.teamId}`, { as: seed.ben });
      const isWeekend = ['Sat', 'Sun'].includes(new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', weekday: 'short' }).format(new Date()));
      expect(his.json().today.kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toMatchObject({ target: isWeekend ? 0 : 100 });
      expect(his.json().week.kpis.find((kpi: { key: string }) => kpi.key === 'talkToRate')).toMatchObject({ target: 0.12 });
    });

    it("given Ana's own daily dials target of 5, when the alerts are checked on Wednesday afternoon, then Ana (5 dials) is not behind pace and Ben (none) still is", async () => {
      const team = { id: seed.teamId, organizationId: owner.session.organization.id, name: 'North Shore', timeZone: 'America/Chicago' };
      const behind = async () => (await evaluateTeamAlerts(t.store.db, team, new Date(afternoon(wednesday)))).filter((alert) => alert.rule === 'behindPace' && alert.fired).map((alert) => alert.userId);
      expect((await behind()).sort()).toEqual([ana, ben].sort());
      await put({ userId: ana, kpiKey: 'dials', period: 'day', value: 5 });
      expect(await behind()).toEqual([ben]);
    });

    it('when the targets are read, then the KPIs carry their documented targets; a va sees only themselves and their own targets', async () => {
      await put({ userId: ana, kpiKey: 'dials', period: 'week', value: 300 });
      await put({ userId: ben, kpiKey: 'dials', period: 'week', value: 400 });
      const all = (await t.request('GET', `/api/teams/${seed.teamId}/targets`, { as: owner })).json();
      expect(all.process).toMatchObject({ id: seed.processId, name: 'Dialing' });
      expect(all.kpis.map((kpi: { key: string; isPercent: boolean; targets: unknown }) => [kpi.key, kpi.isPercent, kpi.targets])).toEqual([
        ['dials', false, [{ period: 'week', value: 500 }]],
        ['talkToRate', true, [{ period: 'week', value: 0.12 }]],
        ['leadRate', true, [{ period: 'week', value: 0.25 }]],
      ]);
      expect(all.people.map((person: { name: string }) => person.name)).toEqual(['Ana', 'Ben']);
      expect(all.targets.map((target: { userId: number; value: number }) => [target.userId, target.value]).sort()).toEqual([[ana, 300], [ben, 400]].sort());

      const own = await t.request('GET', `/api/teams/${seed.teamId}/targets`, { as: seed.ana });
      expect(own.statusCode).toBe(200);
      expect(own.json().people).toEqual([{ userId: ana, name: 'Ana' }]);
      expect(own.json().targets.map((target: { userId: number }) => target.userId)).toEqual([ana]);
    });

    it('given bad input, when a target is set, then the answer names the field and nothing is stored', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ userId: ana, kpiKey: 'calls', period: 'day', value: 5 }, 'kpiKey'],
        [{ userId: ana, kpiKey: 'talkToRate', period: 'week', value: 12 }, 'value'],
        [{ userId: ana, kpiKey: 'dials', period: 'day', value: -1 }, 'value'],
        [{ userId: ana, kpiKey: 'dials', period: 'year', value: 5 }, 'period'],
        [{ userId: owner.session.user.id, kpiKey: 'dials', period: 'day', value: 5 }, 'userId'],
      ];
      for (const [body, field] of cases) {
        const answer = await put(body);
        expect(answer.statusCode, answer.body).toBe(400);
        expect(answer.json().error.field, answer.body).toBe(field);
      }
      expect(await t.store.db.selectFrom('person_targets').selectAll().execute()).toEqual([]);
    });

    it('when a va or the owner of another organization sets a target, then it is refused and nothing is stored', async () => {
      expect((await put({ userId: ana, kpiKey: 'dials', period: 'day', value: 1 }, seed.ana)).statusCode).toBe(403);
      const stranger = await t.createOrganization({ organizationName: 'Elsewhere', email: 'owner@elsewhere.test' });
      const answer = await put({ userId: ana, kpiKey: 'dials', period: 'day', value: 1 }, stranger);
      expect(answer.statusCode, answer.body).toBe(404);
      expect(await t.store.db.selectFrom('person_targets').selectAll().execute()).toEqual([]);
      const manager = await t.inviteAndAccept(owner, { email: 'mia@acme.test', role: 'manager', teamIds: [seed.teamId], name: 'Mia' });
      expect((await put({ userId: ben, kpiKey: 'dials', period: 'day', value: 90 }, manager)).statusCode).toBe(200);
    });
  });
}
