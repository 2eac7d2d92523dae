/**
 * The agency's view across its client teams: each team's totals (the funnel and phone time), rates and KPIs against
 * target over the period in its own time zone, from the daily rollups; for the organization-wide roles. It reads only
 * the metrics it shows, so the rollup index seeks each of them instead of every metric of every team's period.
 */
import type { Kysely } from 'kysely';
import type { AgencyDashboard } from '../../api/schemas/dashboards.ts';
import { DIALS_METRIC, PHONE_SECONDS_METRIC } from '../../api/schemas/tracking.ts';
import { FUNNEL_STEPS, PHONE_HOURS } from '../../kpi/index.ts';
import { listRollupCells } from '../../store/repositories/dashboard-rollups.ts';
import { listMembers } from '../../store/repositories/memberships.ts';
import { listPersonTargets } from '../../store/repositories/person-targets.ts';
import { listTeams } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { withTeamTargets } from './apply-person-targets.ts';
import { buildKpiCards } from './build-kpi-cards.ts';
import { chooseDashboardProcess } from './choose-dashboard-process.ts';
import { computeRates } from './read-tracking-summary.ts';
import { resolveDashboardPeriod, type PeriodQuery } from './resolve-dashboard-period.ts';

export async function readAgencyDashboard(db: Kysely<Database>, principal: Principal, query: PeriodQuery, now = new Date()): Promise<AgencyDashboard> {
  const { organizationId } = principal;
  const teams = await listTeams(db, organizationId);
  const members = await listMembers(db, organizationId);
  const all: Record<string, number> = {};
  const rows: AgencyDashboard['teams'] = [];
  for (const team of teams) {
    const { period, view, noun } = resolveDashboardPeriod(query, team.timeZone, now.getTime());
    const window = { teamIds: [team.id], from: period.from, to: period.to };
    const dialsByProcess = new Map<number, number>();
    for (const cell of await listRollupCells(db, organizationId, { ...window, metrics: [DIALS_METRIC] }, ['process'])) {
      dialsByProcess.set(cell.processId!, (dialsByProcess.get(cell.processId!) ?? 0) + cell.value);
    }
    const busiest = [...dialsByProcess].sort((a, b) => b[1] - a[1])[0]?.[0];
    const process = await chooseDashboardProcess(db, organizationId, team.id, undefined, busiest);
    const kpiMetrics = (process?.kpis ?? []).flatMap((kpi) => [kpi.numerator, ...(kpi.denominator === null ? [] : [kpi.denominator])]).map((metric) => (metric === PHONE_HOURS ? PHONE_SECONDS_METRIC : metric));
    const metrics = [...new Set([...FUNNEL_STEPS.map((step) => step.metric), PHONE_SECONDS_METRIC, ...kpiMetrics])];
    const cells = await listRollupCells(db, organizationId, { ...window, metrics }, ['process']);
    // KPIs and targets are the chosen process's, so its numbers are what they are measured on; totals are the team's.
    const totals: Record<string, number> = {};
    const processTotals: Record<string, number> = {};
    for (const cell of cells) {
      totals[cell.metric] = (totals[cell.metric] ?? 0) + cell.value;
      all[cell.metric] = (all[cell.metric] ?? 0) + cell.value;
      if (cell.processId === process?.id) processTotals[cell.metric] = (processTotals[cell.metric] ?? 0) + cell.value;
    }
    const vaIds = members.filter((member) => member.role === 'va' && member.teamIds.includes(team.id)).map((member) => member.userId);
    const vaCount = vaIds.length;
    // As on the team's dashboard: a counter some VA has their own target on is the sum over the VAs.
    const teamKpis = withTeamTargets(process?.kpis ?? [], await listPersonTargets(db, organizationId, team.id), vaIds);
    const kpis = buildKpiCards(teamKpis, processTotals, period, view.elapsed, noun, Math.max(1, vaCount));
    rows.push({
      team: { id: team.id, name: team.name, timeZone: team.timeZone },
      period: view,
      process: process ? { id: process.id, name: process.name, version: process.version } : null,
      vaCount,
      totals,
      rates: computeRates(totals),
      kpis,
      behind: kpis.filter((kpi) => kpi.pace?.status === 'behind').length,
    });
  }
  return { teams: rows, totals: all, rates: computeRates(all) };
}
