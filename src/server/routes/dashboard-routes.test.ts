/** The dashboards through the API on a small known data set written by the ingest use-case: funnel, KPIs with targets and pace, trend, leaderboard, per-VA table, comparison, alerts, CSV, and who sees what. */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDashboardTeam, type DashboardTeam } from '../../../tests/support/seed-dashboard-data.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

const DAY_MS = 86_400_000;

/** The team's today in Chicago, and the latest Tuesday and Wednesday that are both before it (and within the 30 days ingest accepts). */
function pickDays(): { tuesday: string; wednesday: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
  let day = Date.parse(`${today}T00:00:00Z`) - DAY_MS;
  while (new Date(day).getUTCDay() !== 3) day -= DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { tuesday: iso(day - DAY_MS), wednesday: iso(day) };
}

/** 15:00 or 14:00 in Chicago (20:00 UTC): the same local day in summer and winter time. */
const afternoon = (date: string) => `${date}T20:00:00.000Z`;

for (const database of await testDatabases()) {
  describe(`dashboard routes on ${database.dialect}`, () => {
    let t: TestApp;
    let seed: DashboardTeam;
    let owner: Agent;
    const { tuesday, wednesday } = pickDays();
    const range = () => `teamId=${seed.teamId}&period=range&from=${tuesday}&to=${wednesday}`;
    const get = async (url: string, as: Agent = owner) => {
      const answer = await t.request('GET', url, { as });
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json();
    };

    beforeEach(async () => {
      t = await createTestApp(database);
      seed = await seedDashboardTeam(t);
      owner = seed.owner;
      const ana = seed.ana.session.user.id;
      const ben = seed.ben.session.user.id;
      // Ana: Tuesday 10 dials (4 talk-to's, 1 lead) on Expired; Wednesday 5 dials (3 talk-to's, 1 appointment set) on FSBO.
      await seed.dial(ana, afternoon(tuesday), { noAnswer: 6, notInterested: 3, lead: 1 }, { list: 'Expired' });
      await seed.dial(ana, afternoon(wednesday), { noAnswer: 2, notInterested: 2, appointmentSet: 1 }, { list: 'FSBO' });
      // Ben: Tuesday 8 dials (3 talk-to's, 1 lead) on Expired.
      await seed.dial(ben, afternoon(tuesday), { noAnswer: 5, notInterested: 2, lead: 1 }, { list: 'Expired' });
    });
    afterEach(async () => t.close());

    it('given two VAs over two days, when the owner opens the team dashboard for that range, then the funnel, KPIs, trend, leaderboard and table hold the hand-counted numbers', async () => {
      const board = await get(`/api/dashboards/team?${range()}`);
      expect(board.period).toMatchObject({ kind: 'range', from: tuesday, to: wednesday, dates: [tuesday, wednesday], today: null, elapsed: 1 });
      expect(board.process).toMatchObject({ id: seed.processId, name: 'Dialing', version: 1 });
      expect(board.targetHeadcount).toBe(2);
      expect(board.funnel).toEqual([
        { metric: 'dials', label: 'Dials', count: 23, rateFromPrevious: null, rateFromFirst: 1 },
        { metric: 'talkTo', label: "Talk-to's", count: 10, rateFromPrevious: 10 / 23, rateFromFirst: 10 / 23 },
        { metric: 'lead', label: 'Leads', count: 3, rateFromPrevious: 3 / 10, rateFromFirst: 3 / 23 },
        { metric: 'appointmentSet', label: 'Appointments set', count: 1, rateFromPrevious: 1 / 3, rateFromFirst: 1 / 23 },
        { metric: 'appointmentHeld', label: 'Appointments held', count: 0, rateFromPrevious: 0, rateFromFirst: 0 },
      ]);
      // 500 a week per VA = 100 a working day; 2 working days x 2 VAs = 400. The range is over, so the pace is the total.
      const dials = board.kpis.find((kpi: { key: string }) => kpi.key === 'dials');
      expect(dials).toMatchObject({ value: 23, target: 400, pace: { projected: 23, gap: -377, status: 'behind' } });
      expect(dials.pace.text).toBe('At the current pace the period ends at 23 of target 400 Dials: 377 below, behind.');
      expect(board.kpis.find((kpi: { key: string }) => kpi.key === 'talkToRate')).toMatchObject({ value: 10 / 23, target: 0.12, pace: { status: 'ahead' } });
      expect(board.kpis.find((kpi: { key: string }) => kpi.key === 'leadRate')).toMatchObject({ value: 0.3, target: 0.25, pace: { status: 'ahead' } });

      const dialTrend = board.trends.find((trend: { key: string }) => trend.key === 'dials');
      expect(dialTrend.points).toEqual([
        { date: tuesday, value: 18, cumulative: 18, target: 200, forecast: null, forecastLow: null, forecastHigh: null },
        { date: wednesday, value: 5, cumulative: 23, target: 400, forecast: null, forecastLow: null, forecastHigh: null },
      ]);
      expect(dialTrend.forecast).toBeNull();
      expect(dialTrend.summary).toContain('Dials: 23 in total over 2 days; target 400');
      const leadTrend = board.trends.find((trend: { key: string }) => trend.key === 'leadRate');
      expect(leadTrend.points.map((point: { value: number | null }) => point.value)).toEqual([2 / 7, 1 / 3]);

      expect(board.leaderboard).toEqual([
        { rank: 1, userId: seed.ana.session.user.id, name: 'Ana', lead: 2, talkTo: 7, dials: 15, leadRate: 2 / 7 },
        { rank: 2, userId: seed.ben.session.user.id, name: 'Ben', lead: 1, talkTo: 3, dials: 8, leadRate: 1 / 3 },
      ]);
      const [ana, ben] = board.vas;
      expect(ana).toMatchObject({ name: 'Ana', totals: { dials: 15, talkTo: 7, lead: 2, appointmentSet: 1 }, daily: { dials: [10, 5], talkTo: [4, 3], lead: [1, 1] } });
      expect(ana.kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toEqual({ key: 'dials', value: 15, target: 200, status: 'behind' });
      expect(ben).toMatchObject({ name: 'Ben', daily: { dials: [8, 0] } });
      expect(board.options.lists).toEqual(['Expired', 'FSBO']);
      expect(board.options.vas.map((va: { name: string }) => va.name)).toEqual(['Ana', 'Ben']);
      expect(board.ownRowsOnly).toBe(false);
    });

    it('given the same data, when filtered by list or VA, then only those rollups count and a single VA is measured against one VA target', async () => {
      const expired = await get(`/api/dashboards/team?${range()}&list=Expired`);
      expect(expired.funnel.slice(0, 3).map((step: { count: number }) => step.count)).toEqual([18, 7, 2]);
      const ben = await get(`/api/dashboards/team?${range()}&userId=${seed.ben.session.user.id}`);
      expect(ben.targetHeadcount).toBe(1);
      expect(ben.kpis[0]).toMatchObject({ key: 'dials', value: 8, target: 200 });
      expect(ben.vas.map((va: { name: string }) => va.name)).toEqual(['Ben']);
    });

    it('given a period of a week, when the dashboard resolves it, then it is the ISO week holding the date in the team zone', async () => {
      const board = await get(`/api/dashboards/team?teamId=${seed.teamId}&period=week&date=${wednesday}`);
      expect(board.period.dates).toHaveLength(7);
      expect(board.period.from <= tuesday && board.period.to >= wednesday).toBe(true);
      expect(board.funnel[0].count).toBe(23);
    });

    it('given a comparison by list, when asked, then it stratifies by VA and script, gives the sample and says there is not enough data yet', async () => {
      const comparison = await get(`/api/dashboards/compare?${range()}&by=list`);
      expect(comparison.controlledFor).toEqual(['scriptVersion', 'user']);
      expect(comparison.baseline).toBe('Expired');
      expect(comparison.groups).toEqual([
        { key: 'Expired', label: 'Expired', dials: 18, talkTo: 7, lead: 2, talkToRate: 7 / 18, leadRate: 2 / 7 },
        { key: 'FSBO', label: 'FSBO', dials: 5, talkTo: 3, lead: 1, talkToRate: 3 / 5, leadRate: 1 / 3 },
      ]);
      // Only Ana called both lists: FSBO 1 lead of 3 talk-to's against her Expired 1 of 4 -> (1x4/7)/(1x3/7) = 4/3.
      const [lead] = comparison.leadRate;
      expect(lead).toMatchObject({ groupLabel: 'FSBO', baselineLabel: 'Expired', kind: 'notEnoughData', trials: 7, strataUsed: 1, stratified: true });
      expect(lead.ratio).toBeCloseTo(4 / 3, 10);
      expect(lead.verdict).toMatch(/^not enough data yet, about [\d,]+ more talk-to's needed \(FSBO 1\.3x Expired so far/);
      // Talk-to rate, Ana only: FSBO 3 of 5 dials against Expired 4 of 10 -> (3x10/15)/(4x5/15) = 1.5.
      expect(comparison.talkToRate[0].ratio).toBeCloseTo(1.5, 10);
      expect(comparison.talkToRate[0].trials).toBe(15);
    });

    it('given the team, when the alerts are read, then every rule answers with a why and none fires on so little data', async () => {
      const { alerts, schedule } = await get(`/api/dashboards/alerts?teamId=${seed.teamId}`);
      expect(schedule).toEqual({ workingDays: [1, 2, 3, 4, 5], hours: { start: '09:00', end: '17:00' } });
      const rules = new Set(alerts.map((alert: { rule: string }) => alert.rule));
      expect(rules.has('voicemailsAsTalkTos') && rules.has('listBurningOut') && rules.has('silentDuringShift')).toBe(true);
      const expired = alerts.find((alert: { rule: string; list: string | null }) => alert.rule === 'listBurningOut' && alert.list === 'Expired');
      expect(expired).toMatchObject({ fired: false, why: 'Too few recent dials on Expired to judge it (18, at least 200 needed).' });
      const voicemails = alerts.filter((alert: { rule: string }) => alert.rule === 'voicemailsAsTalkTos');
      expect(voicemails.map((alert: { subject: string; fired: boolean }) => [alert.subject, alert.fired])).toEqual([['Ana', false], ['Ben', false]]);
    });

    it('given the dashboard, when the per-VA table and the trend are exported, then they are CSV with the same numbers', async () => {
      const table = await t.request('GET', `/api/dashboards/team/export?${range()}&table=vas`, { as: owner });
      expect(table.statusCode, table.body).toBe(200);
      expect(table.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(table.headers['content-disposition']).toContain('attachment');
      const lines = table.body.trim().split('\r\n');
      expect(lines[0]!.startsWith('va,dials,talk_tos,leads,appointments_set,appointments_held,phone_hours,talk_to_rate,lead_rate,dials_per_phone_hour,dials,dials_target,dials_status')).toBe(true);
      expect(lines[1]!.startsWith('Ana,15,7,2,1,0,0,0.4667,0.2857,,15,200,behind')).toBe(true);
      expect(lines[2]!.startsWith('Ben,8,3,1,0,0,0,0.375,0.3333,,8,200,behind')).toBe(true);
      const trend = await t.request('GET', `/api/dashboards/team/export?${range()}&table=trend`, { as: owner });
      const rows = trend.body.trim().split('\r\n');
      expect(rows[0]!.startsWith('date,dials,dials_target,dials_cumulative,dials_forecast,dials_forecast_low,dials_forecast_high,talkToRate,talkToRate_target')).toBe(true);
      expect(rows[1]!.startsWith(`${tuesday},18,200,18,,,,0.3889,0.12`)).toBe(true);
      expect(rows[2]!.startsWith(`${wednesday},5,400,23,`)).toBe(true);
    });

    it('given a va, when they open the dashboards, then they see team numbers and only their own row, never another VA, and no agency view', async () => {
      const board = await get(`/api/dashboards/team?${range()}`, seed.ana);
      expect(board.ownRowsOnly).toBe(true);
      expect(board.funnel[0].count).toBe(23);
      expect(board.vas.map((va: { name: string }) => va.name)).toEqual(['Ana']);
      expect(board.leaderboard).toEqual([expect.objectContaining({ name: 'Ana', rank: 1 })]);
      expect(board.options.vas).toEqual([{ id: seed.ana.session.user.id, name: 'Ana' }]);
      const other = await t.request('GET', `/api/dashboards/team?${range()}&userId=${seed.ben.session.user.id}`, { as: seed.ana });
      expect(other.statusCode).toBe(403);
      expect(other.json().error).toMatchObject({ code: 'FORBIDDEN', field: 'userId' });
      const csv = await t.request('GET', `/api/dashboards/team/export?${range()}&table=vas`, { as: seed.ana });
      expect(csv.body).not.toContain('Ben');
      expect((await t.request('GET', `/api/dashboards/compare?${range()}&by=user`, { as: seed.ana })).json().error).toMatchObject({ code: 'FORBIDDEN', field: 'by' });
      expect((await get(`/api/dashboards/compare?${range()}&by=list`, seed.ana)).groups).toHaveLength(2);
      expect((await t.request('GET', '/api/dashboards/agency', { as: seed.ana })).statusCode).toBe(403);
      const { alerts } = await get(`/api/dashboards/alerts?teamId=${seed.teamId}`, seed.ana);
      expect(alerts.every((alert: { userId: number | null }) => alert.userId === null || alert.userId === seed.ana.session.user.id)).toBe(true);
      expect(alerts.some((alert: { userId: number | null }) => alert.userId === seed.ana.session.user.id)).toBe(true);
    });

    it("given a va's own view, when read, then it holds their day and week, their targets as one VA, and nobody else's dials", async () => {
      const me = await get(`/api/dashboards/me?teamId=${seed.teamId}`, seed.ana);
      expect(me.user).toEqual({ id: seed.ana.session.user.id, name: 'Ana' });
      const inWeek = (date: string) => date >= me.week.period.from && date <= me.week.period.to;
      const expected = (inWeek(tuesday) ? 10 : 0) + (inWeek(wednesday) ? 5 : 0);
      expect(me.week.totals.dials ?? 0).toBe(expected);
      expect(me.week.kpis.find((kpi: { key: string }) => kpi.key === 'dials').target).toBe(500);
      expect(me.today.kpis.find((kpi: { key: string }) => kpi.key === 'dials').target).toBe(100);
      expect(me.week.daily).toHaveLength(7);
    });

    it('given a viewer of another team and a team the caller cannot see, when they ask, then the team does not exist for them', async () => {
      const otherTeam = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'Elsewhere', timeZone: 'Europe/Paris' } })).json().id;
      const viewer = await t.inviteAndAccept(owner, { email: 'viewer@acme.test', role: 'viewer', teamIds: [otherTeam], name: 'Vic Viewer' });
      const answer = await t.request('GET', `/api/dashboards/team?${range()}`, { as: viewer });
      expect(answer.statusCode).toBe(404);
      expect((await t.request('GET', `/api/dashboards/alerts?teamId=${seed.teamId}`, { as: viewer })).statusCode).toBe(404);
      const own = await get(`/api/dashboards/team?teamId=${otherTeam}`, viewer);
      expect(own.funnel[0].count).toBe(0);
    });

    it('given the agency view, when the owner reads it, then each client team is there with its totals in its own period', async () => {
      const agency = await get(`/api/dashboards/agency?period=range&from=${tuesday}&to=${wednesday}`);
      expect(agency.teams).toHaveLength(1);
      expect(agency.teams[0]).toMatchObject({ team: { id: seed.teamId, name: 'North Shore' }, vaCount: 2, totals: { dials: 23, talkTo: 10, lead: 3 } });
      expect(agency.teams[0].kpis.find((kpi: { key: string }) => kpi.key === 'dials')).toMatchObject({ value: 23, target: 400 });
      expect(agency.rates.leadRate).toBe(0.3);
    });

    it('given bad periods, when asked, then the answer is 400 naming the field', async () => {
      const missing = await t.request('GET', `/api/dashboards/team?teamId=${seed.teamId}&period=range&from=${tuesday}`, { as: owner });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.field).toBe('to');
      const backwards = await t.request('GET', `/api/dashboards/team?teamId=${seed.teamId}&period=range&from=${wednesday}&to=${tuesday}`, { as: owner });
      expect(backwards.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'to' });
      const tooLong = await t.request('GET', `/api/dashboards/team?teamId=${seed.teamId}&period=range&from=2020-01-01&to=2022-01-01`, { as: owner });
      expect(tooLong.json().error.field).toBe('to');
      const badDate = await t.request('GET', `/api/dashboards/team?teamId=${seed.teamId}&date=2025-02-30`, { as: owner });
      expect(badDate.statusCode).toBe(400);
    });
  });
}

for (const database of await testDatabases()) {
  describe(`process overlay route on ${database.dialect}`, () => {
    let t: TestApp;
    afterEach(async () => t.close());

    it('given two runs of the prospecting process, one past its first step, when the overlay is read, then each element counts its runs and the first step its median time', async () => {
      t = await createTestApp(database);
      const seed = await seedDashboardTeam(t);
      const owner = seed.owner;
      const first = (await t.request('POST', '/api/runs', { as: owner, body: { processId: seed.processId } })).json();
      await t.request('POST', '/api/runs', { as: owner, body: { processId: seed.processId } });
      const complete = await t.request('POST', `/api/tasks/${first.tasks[0].id}/complete`, { as: owner, body: {} });
      expect(complete.statusCode, complete.body).toBe(200);
      const answer = await t.request('GET', `/api/processes/${seed.processId}/overlay?days=7`, { as: owner });
      expect(answer.statusCode, answer.body).toBe(200);
      const overlay = answer.json();
      expect(overlay.runCount).toBe(2);
      const setCampaign = overlay.elements.find((element: { elementId: string }) => element.elementId === 'SetCampaign');
      expect(setCampaign).toMatchObject({ runs: 2, completions: 1, overdueOpen: 0, heat: 1 });
      expect(setCampaign.medianSeconds).toBeGreaterThanOrEqual(0);
      expect(overlay.elements.find((element: { elementId: string }) => element.elementId === 'BuildCallList')).toMatchObject({ runs: 1, completions: 0, medianSeconds: null, heat: 0.5 });
      const va = await t.request('GET', `/api/processes/${seed.processId}/overlay`, { as: seed.ana });
      expect(va.statusCode).toBe(200);
    });

    it("given dials logged on a run's task and on a step by name, one undone, when the overlay is read, then each step shows its tracked counters over the window's team-local days", async () => {
      t = await createTestApp(database);
      const seed = await seedDashboardTeam(t);
      const owner = seed.owner;
      const run = (await t.request('POST', '/api/runs', { as: owner, body: { processId: seed.processId } })).json();
      const now = Date.now();
      const ana = seed.ana.session.user.id;
      const ben = seed.ben.session.user.id;
      const dial = (userId: number, disposition: string, where: object, msAgo: number) => ({
        kind: 'dial',
        clientId: randomUUID(),
        teamId: seed.teamId,
        userId,
        processId: seed.processId,
        disposition,
        occurredAt: new Date(now - msAgo).toISOString(),
        ...where,
      });
      const onTask = { taskId: run.tasks[0].id };
      const onStep = { elementId: 'DialingSession' };
      const events: Array<Record<string, unknown>> = [
        dial(ana, 'lead', onTask, 60_000),
        dial(ben, 'noAnswer', onTask, 60_000),
        dial(ana, 'notInterested', onStep, 3 * DAY_MS),
        dial(ben, 'appointmentSet', onStep, 3 * DAY_MS),
        dial(ben, 'noAnswer', onStep, 3 * DAY_MS),
        dial(ana, 'noAnswer', {}, 60_000),
      ];
      const undone = events[4]!.clientId;
      events.push({ kind: 'undo', clientId: randomUUID(), teamId: seed.teamId, userId: ben, correctsClientId: undone, occurredAt: new Date(now - 3 * DAY_MS + 30_000).toISOString() });
      const recorded = await t.request('POST', '/api/events', { as: owner, body: { events } });
      expect(recorded.statusCode, recorded.body).toBe(200);
      expect(recorded.json().accepted).toBe(7);

      const week = (await t.request('GET', `/api/processes/${seed.processId}/overlay?days=7`, { as: owner })).json();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date(now));
      expect(week.counterDays.to).toBe(today);
      const counters = (overlay: { elements: Array<{ elementId: string; counters: unknown[] }> }, elementId: string) => overlay.elements.find((element) => element.elementId === elementId)?.counters;
      expect(counters(week, run.tasks[0].elementId)).toEqual([
        { metric: 'dials', label: 'Dials', value: 2 },
        { metric: 'talkTo', label: "Talk-to's", value: 1 },
        { metric: 'lead', label: 'Leads', value: 1 },
      ]);
      // No run went through the dialing step: it is in the overlay for its counters; the undone no-answer is not.
      expect(week.elements.find((element: { elementId: string }) => element.elementId === 'DialingSession')).toMatchObject({
        runs: 0,
        counters: [
          { metric: 'dials', label: 'Dials', value: 2 },
          { metric: 'talkTo', label: "Talk-to's", value: 2 },
          { metric: 'lead', label: 'Leads', value: 1 },
          { metric: 'appointmentSet', label: 'Appointments set', value: 1 },
        ],
      });
      expect(week.counterMetrics).toEqual([
        { metric: 'dials', label: 'Dials' },
        { metric: 'talkTo', label: "Talk-to's" },
        { metric: 'lead', label: 'Leads' },
        { metric: 'appointmentSet', label: 'Appointments set' },
      ]);
      // The last day only: the dials of three days ago are outside it.
      const day = (await t.request('GET', `/api/processes/${seed.processId}/overlay?days=1`, { as: seed.ana })).json();
      expect(counters(day, 'DialingSession')).toBeUndefined();
      expect(counters(day, run.tasks[0].elementId)).toEqual(counters(week, run.tasks[0].elementId));
    });
  });
}
