/**
 * Person targets over the documented ones: a VA's targets on a KPI are the documented per-VA targets with each period
 * kind the VA has their own target for replaced by it. A team's counter target then adds up each VA's target, once
 * any VA of the team has their own on that KPI (else it stays the documented target times the headcount).
 */
import type { Target } from '../../kpi/index.ts';
import type { PersonTarget } from '../../store/repositories/person-targets.ts';
import type { DashboardKpi } from './choose-dashboard-process.ts';

/** One VA's targets on a KPI: their own where set, else the documented one, period kind by period kind. */
export function personTargetsOf(kpi: DashboardKpi, overrides: readonly PersonTarget[], userId: number): Target[] {
  const own = overrides.filter((override) => override.userId === userId && override.kpiKey === kpi.key);
  if (own.length === 0) return kpi.targets;
  const documented = kpi.targets.filter((target) => !own.some((override) => override.period === target.period));
  return [...documented, ...own.map((override) => ({ period: override.period, value: override.value }))];
}

/** The KPIs as one VA sees them: their own targets in place of the documented ones. */
export function withPersonTargets(kpis: readonly DashboardKpi[], overrides: readonly PersonTarget[], userId: number): DashboardKpi[] {
  return kpis.map((kpi) => ({ ...kpi, targets: personTargetsOf(kpi, overrides, userId) }));
}

/** The KPIs as the team sees them: a counter some of whose VAs have their own target carries every VA's targets, to be added up. */
export function withTeamTargets(kpis: readonly DashboardKpi[], overrides: readonly PersonTarget[], vaIds: readonly number[]): DashboardKpi[] {
  return kpis.map((kpi) => {
    const isOverridden = kpi.denominator === null && overrides.some((override) => override.kpiKey === kpi.key && vaIds.includes(override.userId));
    return isOverridden ? { ...kpi, vaTargets: vaIds.map((userId) => personTargetsOf(kpi, overrides, userId)) } : kpi;
  });
}
