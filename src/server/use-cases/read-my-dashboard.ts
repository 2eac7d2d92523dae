/** The caller's own numbers in a team: today and this week against their targets (their own where a team lead set one, else the documented per-VA ones), with the pace, from the daily rollups. */
import type { Kysely } from 'kysely';
import type { MyDashboard } from '../../api/schemas/dashboards.ts';
import { computeFunnel } from '../../kpi/index.ts';
import { listRollupCells } from '../../store/repositories/dashboard-rollups.ts';
import { listPersonTargets } from '../../store/repositories/person-targets.ts';
import { findUser } from '../../store/repositories/users.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { withPersonTargets } from './apply-person-targets.ts';
import { buildKpiCards } from './build-kpi-cards.ts';
import { chooseDashboardProcess } from './choose-dashboard-process.ts';
import { findVisibleTeam } from './find-visible-team.ts';
import { resolveDashboardPeriod } from './resolve-dashboard-period.ts';

export async function readMyDashboard(db: Kysely<Database>, principal: Principal, query: { teamId: number; processId?: number | undefined }, now = new Date()): Promise<MyDashboard> {
  const team = await findVisibleTeam(db, principal, query.teamId);
  const { organizationId, userId } = principal;
  const week = resolveDashboardPeriod({ period: 'week' }, team.timeZone, now.getTime());
  const day = resolveDashboardPeriod({ period: 'day' }, team.timeZone, now.getTime());
  let processId = query.processId;
  if (processId === undefined) {
    const byProcess = await listRollupCells(db, organizationId, { teamIds: [team.id], from: week.period.from, to: week.period.to, userId, metrics: ['dials'] }, ['process']);
    processId = byProcess.sort((a, b) => b.value - a.value)[0]?.processId;
  }
  const process = await chooseDashboardProcess(db, organizationId, team.id, query.processId, processId);
  const cells = await listRollupCells(db, organizationId, { teamIds: [team.id], from: week.period.from, to: week.period.to, userId, processId: process?.id }, ['day']);
  const weekTotals: Record<string, number> = {};
  const dayTotals: Record<string, number> = {};
  const daily = new Map<string, Record<string, number>>();
  for (const cell of cells) {
    weekTotals[cell.metric] = (weekTotals[cell.metric] ?? 0) + cell.value;
    if (cell.day === day.period.from) dayTotals[cell.metric] = (dayTotals[cell.metric] ?? 0) + cell.value;
    const counts = daily.get(cell.day!) ?? {};
    counts[cell.metric] = (counts[cell.metric] ?? 0) + cell.value;
    daily.set(cell.day!, counts);
  }
  const kpis = withPersonTargets(process?.kpis ?? [], await listPersonTargets(db, organizationId, team.id, userId), userId);
  const user = await findUser(db, userId);
  return {
    team: { id: team.id, name: team.name, timeZone: team.timeZone },
    user: { id: userId, name: user?.name ?? '' },
    process: process ? { id: process.id, name: process.name, version: process.version } : null,
    today: { period: day.view, totals: dayTotals, funnel: computeFunnel(dayTotals), kpis: buildKpiCards(kpis, dayTotals, day.period, day.view.elapsed, 'day', 1) },
    week: {
      period: week.view,
      totals: weekTotals,
      funnel: computeFunnel(weekTotals),
      kpis: buildKpiCards(kpis, weekTotals, week.period, week.view.elapsed, 'week', 1),
      daily: week.period.dates.map((date) => ({ date, dials: daily.get(date)?.dials ?? 0, talkTo: daily.get(date)?.talkTo ?? 0, lead: daily.get(date)?.lead ?? 0 })),
    },
  };
}
