/** Replays the forecast over a long daily history: for each past week or month, forecast from the data before a cut-off and count how often the actual total fell inside the interval. */
import { addDays, listDates, type LocalDate } from './calendar-dates.ts';
import { forecastPeriodTotal, type DailySeries, type ForecastOptions } from './forecast-period-total.ts';
import { periodBounds } from './resolve-period.ts';

export interface BacktestOptions extends ForecastOptions {
  periodKind: 'week' | 'month';
  /** Days into each period at which forecasts are made (0: at its start, before any of it is known); [0] by default. */
  cutoffDays?: readonly number[];
  /** The last date with data; the series' last date by default (periods ending after it are not scored). */
  lastDate?: LocalDate;
}

export interface BacktestTrial {
  from: LocalDate;
  to: LocalDate;
  cutoff: LocalDate;
  actual: number;
  projected: number;
  low: number;
  high: number;
  inside: boolean;
}

export interface BacktestResult {
  level: number;
  trials: BacktestTrial[];
  /** Share of trials whose actual fell inside the interval (bounds included); null without trials. */
  coverage: number | null;
  /** Mean of |actual - projected| / actual over trials with a non-zero actual. */
  meanAbsolutePercentageError: number | null;
}

export function backtestForecast(series: DailySeries, options: BacktestOptions): BacktestResult {
  const { periodKind, cutoffDays = [0], level = 0.8 } = options;
  const dates = Object.keys(series).sort();
  const historyStart = options.historyStart ?? dates[0];
  const lastDate = options.lastDate ?? dates.at(-1);
  const trials: BacktestTrial[] = [];
  if (historyStart === undefined || lastDate === undefined) return { level, trials, coverage: null, meanAbsolutePercentageError: null };

  for (let bounds = periodBounds(periodKind, historyStart); bounds.to <= lastDate; bounds = periodBounds(periodKind, addDays(bounds.to, 1))) {
    const periodDates = listDates(bounds.from, bounds.to);
    const actual = periodDates.reduce((sum, date) => sum + (series[date] ?? 0), 0);
    for (const days of cutoffDays) {
      const cutoff = addDays(bounds.from, days);
      if (cutoff > bounds.to) continue;
      const forecast = forecastPeriodTotal(series, periodDates, cutoff, { ...options, historyStart, level });
      if (!forecast) continue;
      const { projected, low, high } = forecast;
      trials.push({ from: bounds.from, to: bounds.to, cutoff, actual, projected, low, high, inside: actual >= low && actual <= high });
    }
  }
  const scored = trials.filter((trial) => trial.actual !== 0);
  return {
    level,
    trials,
    coverage: trials.length > 0 ? trials.filter((trial) => trial.inside).length / trials.length : null,
    meanAbsolutePercentageError: scored.length > 0 ? scored.reduce((sum, trial) => sum + Math.abs(trial.actual - trial.projected) / trial.actual, 0) / scored.length : null,
  };
}
