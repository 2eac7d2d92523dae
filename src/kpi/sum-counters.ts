/** Sums daily counts over a period's dates, and gathers rollup rows into daily counts. */
import type { LocalDate } from './calendar-dates.ts';
import type { Counts, DailyCounts } from './metrics.ts';

/** Metric -> total over the dates (metrics never seen are absent, read them as 0). */
export function sumCounters(daily: DailyCounts, dates: readonly LocalDate[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const date of dates) {
    for (const [metric, value] of Object.entries(daily[date] ?? {})) totals[metric] = (totals[metric] ?? 0) + value;
  }
  return totals;
}

export function sumCounter(daily: DailyCounts, metric: string, dates: readonly LocalDate[]): number {
  let total = 0;
  for (const date of dates) total += daily[date]?.[metric] ?? 0;
  return total;
}

/** Rows such as the daily rollups' (one per day, metric and any other dimension) summed into date -> metric -> count. */
export function indexDailyCounts(rows: Iterable<{ date: LocalDate; metric: string; value: number }>): Record<LocalDate, Counts> {
  const daily: Record<LocalDate, Record<string, number>> = {};
  for (const { date, metric, value } of rows) {
    const day = (daily[date] ??= {});
    day[metric] = (day[metric] ?? 0) + value;
  }
  return daily;
}

/** One metric's value per date, 0 where absent: the series a forecast or a sparkline reads. */
export function toDailySeries(daily: DailyCounts, metric: string, dates: readonly LocalDate[]): Record<LocalDate, number> {
  return Object.fromEntries(dates.map((date) => [date, daily[date]?.[metric] ?? 0]));
}
