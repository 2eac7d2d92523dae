/**
 * A team's dashboard over a period in its time zone, read from the daily rollups only: the funnel, each documented KPI
 * with its target and pace, a trend per KPI (with a forecast for a current period), a leaderboard and a per-VA table.
 * Targets in the documentation are per VA: a team's counter target is that times its VAs, or, once a team lead has set
 * some VA their own target on it, the sum of each VA's own or documented target. A va sees the team's numbers
 * but only their own row of the leaderboard and the table, and may not filter on another VA; a viewer sees all of it.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { TeamDashboard, TeamDashboardQuery, VaRow } from '../../api/schemas/dashboards.ts';
import { addDays, computeFunnel, computeKpi, METRICS, PHONE_HOURS, projectPace, type Counts, type DailyCounts } from '../../kpi/index.ts';
import { listRollupCells, listScriptVersionLabels, type RollupCell } from '../../store/repositories/dashboard-rollups.ts';
import { listMembers } from '../../store/repositories/memberships.ts';
import { listPersonTargets } from '../../store/repositories/person-targets.ts';
import { listProcesses } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { withPersonTargets, withTeamTargets } from './apply-person-targets.ts';
import { buildKpiCards, kpiTarget } from './build-kpi-cards.ts';
import { buildKpiTrends } from './build-kpi-trends.ts';
import { chooseDashboardProcess } from './choose-dashboard-process.ts';
import { findVisibleTeam } from './find-visible-team.ts';
import { computeRates } from './read-tracking-summary.ts';
import { resolveDashboardPeriod } from './resolve-dashboard-period.ts';

/** The forecast reads this many days before today: 8 weeks for the weekday means plus 13 of past windows, and a week more. */
const HISTORY_DAYS = 7 * 22;
const LEADERBOARD_SIZE = 10;
const SPARK_METRICS = ['dials', 'talkTo', 'lead'] as const;

function add(target: Record<string, number>, metric: string, value: number): void {
  target[metric] = (target[metric] ?? 0) + value;
}

function byDay(cells: readonly RollupCell[]): DailyCounts {
  const daily: Record<string, Record<string, number>> = {};
  for (const cell of cells) add((daily[cell.day!] ??= {}), cell.metric, cell.value);
  return daily;
}

/** The metrics a dashboard reads: the funnel's, the rates', and those its KPIs name (phoneHours is phoneSeconds); never the per-disposition ones. */
export function metricsOf(kpis: ReadonlyArray<{ numerator: string; denominator: string | null }>): string[] {
  const named = kpis.flatMap((kpi) => [kpi.numerator, kpi.denominator ?? '']).map((metric) => (metric === PHONE_HOURS ? METRICS.phoneSeconds : metric));
  return [...new Set([...Object.values(METRICS), ...named].filter(Boolean))].sort();
}

/** The caller's view of a VA filter: a va reads only their own. */
export function ownUserFilter(principal: Principal, userId: number | undefined): number | undefined {
  if (principal.role !== 'va') return userId;
  if (userId !== undefined && userId !== principal.userId) throw appError('FORBIDDEN', { field: 'userId', message: "A virtual professional sees only their own figures, not another VA's." });
  return userId;
}

export async function readTeamDashboard(db: Kysely<Database>, principal: Principal, filter: TeamDashboardQuery, now = new Date()): Promise<TeamDashboard> {
  const team = await findVisibleTeam(db, principal, filter.teamId);
  const organizationId = principal.organizationId;
  const userId = ownUserFilter(principal, filter.userId);
  const ownRowsOnly = principal.role === 'va';
  const { period, view, noun } = resolveDashboardPeriod(filter, team.timeZone, now.getTime());
  const range = { teamIds: [team.id], from: period.from, to: period.to };

  // What the filters may choose from, and the busiest process when none is chosen.
  const shape = await listRollupCells(db, organizationId, { ...range, metrics: ['dials'] }, ['process', 'scriptVersion', 'list']);
  const dialsByProcess = new Map<number, number>();
  for (const cell of shape) dialsByProcess.set(cell.processId!, (dialsByProcess.get(cell.processId!) ?? 0) + cell.value);
  const busiest = [...dialsByProcess].sort((a, b) => b[1] - a[1])[0]?.[0];
  const process = await chooseDashboardProcess(db, organizationId, team.id, filter.processId, busiest);
  const processId = process?.id ?? filter.processId;

  const filters = { userId, processId, scriptVersionId: filter.scriptVersionId, list: filter.list };
  const cells = await listRollupCells(db, organizationId, { ...range, ...filters, metrics: metricsOf(process?.kpis ?? []) }, ['day', 'user']);
  const members = await listMembers(db, organizationId);
  const names = new Map(members.map((member) => [member.userId, member.name]));
  const teamVaIds = members.filter((member) => member.role === 'va' && member.teamIds.includes(team.id)).map((member) => member.userId);

  const totals: Record<string, number> = {};
  const perUser = new Map<number, { totals: Record<string, number>; daily: Record<string, Record<string, number>> }>();
  for (const cell of cells) {
    add(totals, cell.metric, cell.value);
    let user = perUser.get(cell.userId!);
    if (!user) perUser.set(cell.userId!, (user = { totals: {}, daily: {} }));
    add(user.totals, cell.metric, cell.value);
    add((user.daily[cell.day!] ??= {}), cell.metric, cell.value);
  }
  const shownUserIds = userId !== undefined ? [userId] : [...new Set([...teamVaIds, ...perUser.keys()])];
  const headcount = userId !== undefined ? 1 : Math.max(1, teamVaIds.length || perUser.size);
  const kpis = process?.kpis ?? [];
  const personTargets = await listPersonTargets(db, organizationId, team.id);
  // One VA's figures are held to their own targets; the team's to the sum over its VAs.
  const teamKpis = userId !== undefined ? withPersonTargets(kpis, personTargets, userId) : withTeamTargets(kpis, personTargets, teamVaIds);

  let history: DailyCounts = {};
  if (view.today !== null) {
    const counterMetrics = [...new Set(kpis.filter((kpi) => kpi.denominator === null).map((kpi) => kpi.numerator))];
    const historyCells = await listRollupCells(db, organizationId, { ...range, ...filters, from: addDays(view.today, -HISTORY_DAYS), to: addDays(view.today, -1), metrics: counterMetrics }, ['day']);
    history = byDay(historyCells);
  }

  const datesSoFar = period.dates.filter((date) => view.today === null || date <= view.today);
  const rows: VaRow[] = shownUserIds.map((id) => {
    const user = perUser.get(id) ?? { totals: {}, daily: {} };
    const ownKpis = withPersonTargets(kpis, personTargets, id);
    return {
      userId: id,
      name: names.get(id) ?? `User ${id}`,
      totals: user.totals,
      rates: computeRates(user.totals),
      kpis: ownKpis.map((kpi) => {
        const value = computeKpi(kpi, user.totals);
        const target = kpiTarget(kpi, period, 1);
        const status = target === null ? null : projectPace({ isRatio: kpi.denominator !== null, actual: value, target, elapsedFraction: view.elapsed }).status;
        return { key: kpi.key, value, target, status };
      }),
      daily: Object.fromEntries(SPARK_METRICS.map((metric) => [metric, datesSoFar.map((date) => user.daily[date]?.[metric] ?? 0)])) as VaRow['daily'],
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name) || a.userId - b.userId);
  const ranked = [...rows]
    .filter((row) => (row.totals.dials ?? 0) > 0 || (row.totals.lead ?? 0) > 0)
    .sort((a, b) => (b.totals.lead ?? 0) - (a.totals.lead ?? 0) || (b.totals.talkTo ?? 0) - (a.totals.talkTo ?? 0) || (b.totals.dials ?? 0) - (a.totals.dials ?? 0) || a.userId - b.userId)
    .map((row, index) => ({ rank: index + 1, userId: row.userId, name: row.name, lead: row.totals.lead ?? 0, talkTo: row.totals.talkTo ?? 0, dials: row.totals.dials ?? 0, leadRate: row.rates.leadRate }));

  const scriptVersionIds = [...new Set(shape.map((cell) => cell.scriptVersionId).filter((id): id is number => id !== null && id !== undefined))];
  const labels = await listScriptVersionLabels(db, organizationId, scriptVersionIds);
  const processes = await listProcesses(db, organizationId, { teamId: team.id, publishedOnly: true });
  const vaOptions = (ownRowsOnly ? [principal.userId] : [...new Set([...teamVaIds, ...perUser.keys()])]).map((id) => ({ id, name: names.get(id) ?? `User ${id}` }));

  return {
    team: { id: team.id, name: team.name, timeZone: team.timeZone },
    period: view,
    filters: { processId: processId ?? null, userId: userId ?? null, scriptVersionId: filter.scriptVersionId ?? null, list: filter.list ?? null },
    process: process ? { id: process.id, name: process.name, version: process.version } : null,
    targetHeadcount: headcount,
    personTargetKpis: teamKpis.filter((kpi) => kpi.vaTargets).map((kpi) => kpi.key),
    options: {
      processes: processes.map((candidate) => ({ id: candidate.id, name: candidate.name })),
      vas: vaOptions.sort((a, b) => a.name.localeCompare(b.name)),
      scriptVersions: scriptVersionIds.sort((a, b) => a - b).map((id) => ({ id, name: labels.get(id) ?? `Script version ${id}` })),
      lists: [...new Set(shape.map((cell) => cell.list).filter((list): list is string => typeof list === 'string'))].sort(),
    },
    totals,
    funnel: computeFunnel(totals as Counts),
    kpis: buildKpiCards(teamKpis, totals, period, view.elapsed, noun, headcount),
    trends: buildKpiTrends({ kpis: teamKpis, period, today: view.today, daily: byDay(cells), history, headcount }),
    leaderboard: (ownRowsOnly ? ranked.filter((entry) => entry.userId === principal.userId) : ranked.slice(0, LEADERBOARD_SIZE)),
    vas: ownRowsOnly ? rows.filter((row) => row.userId === principal.userId) : rows,
    ownRowsOnly,
  };
}
