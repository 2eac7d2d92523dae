/** KPI cards: each KPI's value over a period, its target for the period (a counter's per-VA target times the headcount, or the sum of each VA's own) and the pace towards it, in a sentence. */
import type { KpiCard, Pace } from '../../api/schemas/dashboards.ts';
import { computeKpi, describePace, formatCount, PHONE_HOURS, projectPace, targetForPeriod, type Counts, type Period } from '../../kpi/index.ts';
import type { DashboardKpi } from './choose-dashboard-process.ts';

/** A ratio shown as a percentage; a per-hour rate (over phoneHours) is a plain number. */
export function isPercentKpi(kpi: DashboardKpi): boolean {
  return kpi.denominator !== null && kpi.denominator !== PHONE_HOURS;
}

export function kpiTarget(kpi: DashboardKpi, period: Period, headcount: number): number | null {
  const isRatio = kpi.denominator !== null;
  if (!isRatio && kpi.vaTargets) {
    // Each VA's own target where set, else the documented one: the team's is their sum (a VA with none adds nothing).
    const each = kpi.vaTargets.map((targets) => targetForPeriod(targets, period, false)).filter((target): target is number => target !== null);
    return each.length ? each.reduce((sum, target) => sum + target, 0) : null;
  }
  const target = targetForPeriod(kpi.targets, period, isRatio);
  return target === null ? null : isRatio ? target : target * headcount;
}

function paceOf(kpi: DashboardKpi, value: number | null, target: number, elapsed: number | null, noun: string): Pace {
  const isRatio = kpi.denominator !== null;
  const pace = projectPace({ isRatio, actual: value, target, elapsedFraction: elapsed });
  if (isRatio && !isPercentKpi(kpi)) {
    // describePace says ratios as percentages; a per-hour rate is a number with a decimal.
    const show = (x: number) => x.toFixed(1);
    const text =
      pace.projected === null || pace.gap === null
        ? `No pace yet for ${kpi.label} this ${noun} (target ${show(target)}).`
        : `${kpi.label} is ${show(pace.projected)} this ${noun}, target ${show(target)}: ${pace.status === 'onTrack' ? 'on track' : `${show(Math.abs(pace.gap))} ${pace.gap > 0 ? 'above' : 'below'}, ${pace.status}`}.`;
    return { ...pace, text };
  }
  return { ...pace, text: describePace(pace, noun, kpi.label, isRatio) };
}

export function buildKpiCards(kpis: readonly DashboardKpi[], totals: Counts, period: Period, elapsed: number | null, noun: string, headcount: number): KpiCard[] {
  return kpis.map((kpi) => {
    const isRatio = kpi.denominator !== null;
    const value = computeKpi(kpi, totals);
    const target = kpiTarget(kpi, period, headcount);
    return { key: kpi.key, label: kpi.label, isRatio, value, target, pace: target === null ? null : paceOf(kpi, value, target, elapsed, noun) };
  });
}

/** A KPI's value in words: "1,234", "12.3%", "44.8". */
export function formatKpiValue(kpi: DashboardKpi, value: number | null): string {
  if (value === null) return 'n/a';
  if (kpi.denominator === null) return formatCount(value);
  return isPercentKpi(kpi) ? `${Number((value * 100).toPrecision(3))}%` : value.toFixed(1);
}
