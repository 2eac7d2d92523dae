import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { checkBehindPace } from '../../kpi/alerts/check-behind-pace.ts';
import { checkListBurningOut } from '../../kpi/alerts/check-list-burning-out.ts';
import { checkSilentDuringShift } from '../../kpi/alerts/check-silent-during-shift.ts';
import { checkVoicemailsAsTalkTos, type CallCounts } from '../../kpi/alerts/check-voicemails-as-talk-tos.ts';
import { compareRates } from '../../kpi/compare-rates.ts';
import { mantelHaenszelRateRatio, type Stratum } from '../../kpi/mantel-haenszel-rate-ratio.ts';
import { sumCounters } from '../../kpi/sum-counters.ts';
import type { DailyCounts } from '../../kpi/metrics.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { readDailyCounts } from '../use-cases/read-daily-counts.ts';
import { evaluateTeamAlerts } from '../use-cases/read-team-alerts.ts';
import { planDemo } from './plan-demo.ts';
import { seedDemoOrganization, type DemoSeedResult } from './seed-demo-organization.ts';
import { generateDemoDays } from './write-demo-history.ts';

const OPTIONS = { vas: 3, days: 14, seed: 1, organization: 'Demo Agency', ownerEmail: 'owner@demo.test', endAtMs: Date.parse('2026-06-10T22:30:00Z') };

const total = (daily: DailyCounts) => sumCounters(daily, Object.keys(daily));
const callCounts = (totals: Record<string, number>): CallCounts => ({ dials: totals.dials ?? 0, talkTo: totals.talkTo ?? 0, talkToSeconds: totals.callSeconds ?? 0 });

async function rollupRows(db: Kysely<Database>) {
  const rows = await db.selectFrom('daily_rollups').selectAll().orderBy('team_id').orderBy('day').orderBy('user_id').orderBy('script_version_id').orderBy('list').orderBy('metric').execute();
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}

for (const database of await testDatabases()) {
  describe(`the demo organization on ${database.dialect}`, () => {
    const stores: Array<Awaited<ReturnType<typeof database.create>>> = [];
    let db: Kysely<Database>;
    let seeded: DemoSeedResult;
    let owner: Principal;
    afterAll(async () => {
      for (const store of stores) await store.dispose();
    });
    beforeAll(async () => {
      for (let run = 0; run < 2; run++) stores.push(await database.create());
      db = stores[0]!.store.db;
      seeded = await seedDemoOrganization(db, OPTIONS, 'not-a-real-hash');
      owner = { userId: seeded.ids.ownerUserId, organizationId: seeded.ids.organizationId, role: 'owner', via: 'session' };
    }, 120_000);

    const teamOf = (index: number) => seeded.ids.teams[index]!;
    const range = (index: number) => ({ from: seeded.plan.teams[index]!.firstDate, to: seeded.plan.teams[index]!.lastDate });

    it('given the same options in a second store, when seeded, then the rollups are identical; and seeding the first again through the ingest stores nothing twice', async () => {
      const again = await seedDemoOrganization(stores[1]!.store.db, OPTIONS, 'not-a-real-hash');
      expect(again.written.accepted).toBe(seeded.written.accepted);
      const first = await rollupRows(db);
      expect(await rollupRows(stores[1]!.store.db)).toEqual(first);
      const rerun = await seedDemoOrganization(db, OPTIONS, 'not-a-real-hash');
      expect(rerun.created).toBe(false);
      expect(rerun.written).toMatchObject({ accepted: 0, rejected: 0, duplicates: seeded.written.accepted });
      expect(await rollupRows(db)).toEqual(first);
    }, 120_000);

    it('given the manifest, when read, then it lists each planted anomaly with the store ids', () => {
      expect(seeded.manifest.anomalies.map((anomaly) => anomaly.rule)).toEqual(['voicemailsAsTalkTos', 'listBurningOut', 'silentDuringShift', 'behindPace', 'scriptComparison', 'leadFollowUpsOverdue']);
      expect(seeded.manifest.anomalies[0]).toMatchObject({ teamId: teamOf(0).teamId, userId: seeded.ids.vaUserIds[0] });
    });

    it("given the recent leads, when seeded, then each is a lead with its follow-up run, and only the planted team's last leads wait past their due time", async () => {
      const { teamIndex, count } = seeded.plan.anomalies.leadFollowUpsOverdue;
      const leads = await db.selectFrom('leads').select(['id', 'team_id', 'run_id']).where('organization_id', '=', seeded.ids.organizationId).execute();
      expect(leads.length).toBe(seeded.written.leads.length);
      expect(seeded.leads.handedOff).toBe(leads.length);
      expect(leads.every((lead) => lead.run_id !== null)).toBe(true);
      const open = await db
        .selectFrom('tasks')
        .select(['team_id', 'due_at', 'element_id'])
        .where('organization_id', '=', seeded.ids.organizationId)
        .where('status', 'in', ['open', 'claimed'])
        .where('element_id', '=', 'FollowUpLead')
        .execute();
      expect(open.length).toBe(count);
      expect(seeded.leads).toMatchObject({ open: count, followedUp: leads.length - count });
      expect(open.every((task) => task.team_id === teamOf(teamIndex).teamId && task.due_at !== null && Date.parse(task.due_at) < OPTIONS.endAtMs)).toBe(true);
      const rerun = await seedDemoOrganization(db, OPTIONS, 'not-a-real-hash');
      expect(rerun.leads.handedOff).toBe(0);
    }, 120_000);

    it("given the planted leads, when each team's alerts are evaluated at the end, then the overdue follow-ups fire on the planted team only", async () => {
      const { teamIndex } = seeded.plan.anomalies.leadFollowUpsOverdue;
      const overdue = async (index: number) => {
        const team = seeded.plan.teams[index]!;
        const alerts = await evaluateTeamAlerts(db, { id: teamOf(index).teamId, organizationId: seeded.ids.organizationId, name: team.name, timeZone: team.timeZone }, new Date(OPTIONS.endAtMs));
        return alerts.find((alert) => alert.rule === 'leadFollowUpsOverdue')!;
      };
      const planted = await overdue(teamIndex);
      expect(planted).toMatchObject({ fired: true });
      expect(planted.why).toMatch(/^3 lead follow-ups are overdue/);
      expect((await overdue(teamIndex === 0 ? 1 : 0)).fired).toBe(false);
    });

    it("given the dishonest VA, when every VA of the team is checked against the rest, then only that VA's voicemails-as-talk-to's alert fires", async () => {
      const { vaIndex, cleanVaIndex, teamIndex } = seeded.plan.anomalies.voicemailsAsTalkTos;
      const { groups } = await readDailyCounts(db, owner, { teamId: teamOf(teamIndex).teamId, ...range(teamIndex), groupBy: 'user', metrics: ['dials', 'talkTo', 'callSeconds'] });
      const check = (vaIndex: number) => {
        const userId = seeded.ids.vaUserIds[vaIndex]!;
        const rest = groups.filter((group) => group.key !== userId).map((group) => callCounts(total(group.daily)));
        const team = rest.reduce((sum, counts) => ({ dials: sum.dials + counts.dials, talkTo: sum.talkTo + counts.talkTo, talkToSeconds: sum.talkToSeconds + counts.talkToSeconds }), { dials: 0, talkTo: 0, talkToSeconds: 0 });
        return checkVoicemailsAsTalkTos({ subject: `VA ${vaIndex}`, va: callCounts(total(groups.find((group) => group.key === userId)!.daily)), team });
      };
      expect(check(vaIndex)).toMatchObject({ fired: true });
      expect(check(cleanVaIndex).fired).toBe(false);
    });

    it('given the burning list, when every list of the team is checked, then only it fires', async () => {
      const { teamIndex, list, cleanLists } = seeded.plan.anomalies.listBurningOut;
      const { groups } = await readDailyCounts(db, owner, { teamId: teamOf(teamIndex).teamId, ...range(teamIndex), groupBy: 'list', metrics: ['dials', 'talkTo'] });
      const check = (name: string) => {
        const daily = groups.find((group) => group.key === name)?.daily ?? {};
        return checkListBurningOut({ list: name, days: Object.entries(daily).map(([date, counts]) => ({ date, dials: counts.dials ?? 0, talkTo: counts.talkTo ?? 0 })) });
      };
      expect(check(list)).toMatchObject({ fired: true });
      const clean = cleanLists.map(check);
      expect(clean.filter((result) => result.fired)).toEqual([]);
      expect(clean.some((result) => !result.why.startsWith('Too few'))).toBe(true);
    });

    it('given the silent VA, when checked at the manifest instant, then it fires, and a working VA of the other team checked in its own shift does not', async () => {
      const silent = seeded.plan.anomalies.silentDuringShift;
      const lastDial = async (vaIndex: number, beforeIso: string) => {
        const row = await db.selectFrom('tracked_events').select((eb) => eb.fn.max('occurred_at').as('at')).where('user_id', '=', seeded.ids.vaUserIds[vaIndex]!).where('kind', '=', 'dial').where('occurred_at', '<=', beforeIso).executeTakeFirst();
        return row?.at ? Date.parse(row.at) : null;
      };
      const check = async (vaIndex: number, checkAt: string) => {
        const team = seeded.plan.teams[seeded.plan.vas[vaIndex]!.teamIndex]!;
        return checkSilentDuringShift({ subject: `VA ${vaIndex}`, shift: { hours: team.shift }, timeZone: team.timeZone, nowMs: Date.parse(checkAt), lastDialMs: await lastDial(vaIndex, checkAt) });
      };
      expect(await check(silent.vaIndex, silent.checkAt)).toMatchObject({ fired: true });
      expect((await check(seeded.plan.anomalies.voicemailsAsTalkTos.cleanVaIndex, seeded.plan.anomalies.behindPace.cleanCheckAt)).fired).toBe(false);
    });

    it('given the team behind pace, when its day is checked against the dials target, then it fires and the other team does not', async () => {
      const behind = seeded.plan.anomalies.behindPace;
      const check = async (teamIndex: number, checkAt: string) => {
        const team = seeded.plan.teams[teamIndex]!;
        const date = new Intl.DateTimeFormat('en-CA', { timeZone: team.timeZone }).format(new Date(checkAt));
        const { groups } = await readDailyCounts(db, owner, { teamId: teamOf(teamIndex).teamId, from: date, to: date, metrics: ['dials'] });
        const vas = seeded.plan.vas.filter((va) => va.teamIndex === teamIndex).length;
        const actual = groups[0]?.daily[date]?.dials ?? 0;
        return checkBehindPace({ subject: team.name, counterLabel: 'dials', actual, dayTarget: seeded.plan.dialsPerVaDay * vas, nowMs: Date.parse(checkAt), timeZone: team.timeZone, schedule: { hours: team.shift }, checkFrom: '14:00' });
      };
      expect(await check(behind.teamIndex, behind.checkAt)).toMatchObject({ fired: true });
      expect((await check(behind.cleanTeamIndex, behind.cleanCheckAt)).fired).toBe(false);
    });

    it('given a VA, when reading daily counts, then only their own figures come back', async () => {
      const va: Principal = { userId: seeded.ids.vaUserIds[0]!, organizationId: seeded.ids.organizationId, role: 'va', via: 'session' };
      const { groups } = await readDailyCounts(db, va, { teamId: teamOf(0).teamId, ...range(0), groupBy: 'user' });
      expect(groups.map((group) => group.key)).toEqual([seeded.ids.vaUserIds[0]]);
      await expect(readDailyCounts(db, va, { teamId: teamOf(0).teamId, ...range(0), userId: seeded.ids.vaUserIds[2]! })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
}

describe('the planted script effect', () => {
  it('given script v2 at 1.4x v1 and skilled VAs using v2 more, when compared per VA (Mantel-Haenszel), then it finds about 1.4x, and the unstratified ratio is inflated', () => {
    const plan = planDemo({ ...OPTIONS, vas: 12, days: 180, seed: 1 });
    const counts = new Map<number, Record<1 | 2, { leads: number; talkTos: number }>>();
    for (const { va, events } of generateDemoDays(plan)) {
      const mine = counts.get(va.index) ?? { 1: { leads: 0, talkTos: 0 }, 2: { leads: 0, talkTos: 0 } };
      counts.set(va.index, mine);
      for (const event of events) {
        if (event.kind !== 'dial' || event.durationSeconds === undefined || va.logsVoicemailsAsTalkTos) continue;
        const side = mine[event.scriptVersion ?? 1];
        side.talkTos++;
        if (event.disposition === 'lead' || event.disposition === 'appointmentSet') side.leads++;
      }
    }
    const strata: Stratum[] = [...counts.values()].map((byScript) => ({ group: { successes: byScript[2].leads, trials: byScript[2].talkTos }, baseline: { successes: byScript[1].leads, trials: byScript[1].talkTos } }));
    const stratified = compareRates({ groupLabel: 'script v2', baselineLabel: 'v1', strata, trialsNoun: "talk-to's" });
    expect(stratified.kind).toBe('higher');
    expect(stratified.rateRatio!.ratio).toBeGreaterThan(1.15);
    expect(stratified.rateRatio!.ratio).toBeLessThan(1.6);
    const pooled = strata.reduce((sum, stratum) => ({ group: { successes: sum.group.successes + stratum.group.successes, trials: sum.group.trials + stratum.group.trials }, baseline: { successes: sum.baseline.successes + stratum.baseline.successes, trials: sum.baseline.trials + stratum.baseline.trials } }));
    const unstratified = mantelHaenszelRateRatio([pooled])!;
    expect(unstratified.ratio).toBeGreaterThan(stratified.rateRatio!.ratio * 1.05);
  });
});
