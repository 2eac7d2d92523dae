/** A trend per KPI over a period's days: the daily value, a counter's running total against its running target, and, for a current period, the forecast running total with its 80% interval. */
import type { KpiTrend, TrendPoint } from '../../api/schemas/dashboards.ts';
import { computeKpi, forecastPeriodTotal, formatCount, isWorkingDate, readMetric, type DailyCounts, type Period } from '../../kpi/index.ts';
import { formatKpiValue, kpiTarget } from './build-kpi-cards.ts';
import type { DashboardKpi } from './choose-dashboard-process.ts';

export interface TrendInput {
  kpis: readonly DashboardKpi[];
  period: Period;
  /** The team's today when inside the period (days after it are still to come), else null. */
  today: string | null;
  /** date -> metric -> count over the period. */
  daily: DailyCounts;
  /** date -> metric -> count before today (weeks of it), for the forecast; only read for a current period. */
  history: DailyCounts;
  headcount: number;
}

const EMPTY = { value: null, cumulative: null, target: null, forecast: null, forecastLow: null, forecastHigh: null };

function counterTrend(kpi: DashboardKpi, input: TrendInput): KpiTrend {
  const { period, today, daily, history } = input;
  const target = kpiTarget(kpi, period, input.headcount);
  const workingDates = period.dates.filter((date) => isWorkingDate(date));
  let running = 0;
  let workedSoFar = 0;
  const points: TrendPoint[] = period.dates.map((date) => {
    if (isWorkingDate(date)) workedSoFar += 1;
    const runningTarget = target === null ? null : workingDates.length ? (target * workedSoFar) / workingDates.length : target;
    if (today !== null && date > today) return { ...EMPTY, date, target: runningTarget };
    const value = readMetric(daily[date] ?? {}, kpi.numerator);
    running += value;
    return { ...EMPTY, date, value, cumulative: running, target: runningTarget };
  });

  let forecast: KpiTrend['forecast'] = null;
  if (today !== null) {
    const series: Record<string, number> = {};
    for (const [date, counts] of Object.entries(history)) if (date < today) series[date] = readMetric(counts, kpi.numerator);
    for (const date of period.dates) if (date < today) series[date] = readMetric(daily[date] ?? {}, kpi.numerator);
    const result = forecastPeriodTotal(series, period.dates, today);
    if (result) {
      forecast = { projected: result.projected, low: result.low, high: result.high, level: result.level, observed: result.observed, remainingDays: result.remainingDays, intervalMethod: result.intervalMethod, intervalSample: result.intervalSample };
      // The band opens at the last complete day's total and widens evenly to the end-of-period interval.
      const remaining = period.dates.filter((date) => date >= today);
      points.forEach((point, index) => {
        const step = remaining.indexOf(point.date) + 1;
        const isLastComplete = period.dates[index + 1] === today;
        if (step === 0 && !isLastComplete) return;
        const share = step === 0 ? 0 : step / remaining.length;
        point.forecast = result.observed + (result.projected - result.observed) * share;
        point.forecastLow = result.observed + (result.low - result.observed) * share;
        point.forecastHigh = result.observed + (result.high - result.observed) * share;
      });
    }
  }
  const soFar = running;
  const parts = [`${kpi.label}: ${formatCount(soFar)} ${today !== null ? 'so far' : 'in total'} over ${period.dates.filter((date) => today === null || date <= today).length} days`];
  if (target !== null) parts.push(`target ${formatCount(target)} for the ${period.kind === 'range' ? 'period' : period.kind}`);
  if (forecast) parts.push(`forecast ${formatCount(forecast.projected)} by ${period.to} (${Math.round(forecast.level * 100)}% interval ${formatCount(forecast.low)}-${formatCount(forecast.high)})`);
  return { key: kpi.key, label: kpi.label, isRatio: false, points, forecast, summary: `${parts.join('; ')}.` };
}

function ratioTrend(kpi: DashboardKpi, input: TrendInput): KpiTrend {
  const { period, today, daily } = input;
  const target = kpiTarget(kpi, period, input.headcount);
  const points: TrendPoint[] = period.dates.map((date) => ({ ...EMPTY, date, target, value: today !== null && date > today ? null : computeKpi(kpi, daily[date] ?? {}) }));
  const values = points.map((point) => point.value).filter((value): value is number => value !== null);
  const parts = [`${kpi.label} by day`];
  if (values.length) parts.push(`between ${formatKpiValue(kpi, Math.min(...values))} and ${formatKpiValue(kpi, Math.max(...values))} on ${values.length} days with data`);
  else parts.push('no days with data');
  if (target !== null) parts.push(`target ${formatKpiValue(kpi, target)}`);
  if (target !== null && values.length) parts.push(`met on ${values.filter((value) => value >= target).length} of ${values.length} days`);
  return { key: kpi.key, label: kpi.label, isRatio: true, points, forecast: null, summary: `${parts.join('; ')}.` };
}

export function buildKpiTrends(input: TrendInput): KpiTrend[] {
  return input.kpis.map((kpi) => (kpi.denominator === null ? counterTrend(kpi, input) : ratioTrend(kpi, input)));
}
