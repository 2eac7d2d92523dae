/** Projects a counter's end-of-period total from its daily history: the days observed plus, for each day left, the mean of that weekday over recent weeks, with a prediction interval from the errors of the same forecast made on past days. */
import { mean, probit, quantile, sampleStandardDeviation } from 'simple-statistics';
import { fromDayNumber, toDayNumber, type LocalDate } from './calendar-dates.ts';

/** Local date -> the counter's value that day; a date inside the history but absent counts as 0. */
export type DailySeries = Readonly<Record<LocalDate, number>>;

export interface ForecastOptions {
  /** Weeks of history the weekday means come from; 8 by default. */
  historyWeeks?: number;
  /** Share of outcomes the interval should hold; 0.8 by default. */
  level?: number;
  /** The interval comes from past forecasts of the same length, one starting on each day of this many weeks; 13 by default. */
  residualWeeks?: number;
  /** The first date of the history (earlier dates are unknown, not zeros); the series' first date by default. */
  historyStart?: LocalDate;
}

export interface Forecast {
  /** The period's total over the dates before the cut-off. */
  observed: number;
  /** The dates from the cut-off to the period's end, forecast. */
  remainingDays: number;
  expectedRemaining: number;
  projected: number;
  low: number;
  high: number;
  level: number;
  /** How the interval was set: the model's normal interval, its union with the past errors' quantiles, or none (nothing left). */
  intervalMethod: 'normal' | 'normalAndPastErrors' | 'none';
  /** How many past forecasts' errors the interval took into account. */
  intervalSample: number;
}

/** Fewer past forecasts than this and the interval is the model's normal one alone. */
const MIN_PAST_FORECASTS = 20;
/** Fewer history days than this before the cut-off and there is no forecast. */
const MIN_HISTORY_DAYS = 14;

function firstDate(series: DailySeries): LocalDate | undefined {
  let first: LocalDate | undefined;
  for (const date of Object.keys(series)) if (first === undefined || date < first) first = date;
  return first;
}

/** The history before the cut-off as day numbers, so nothing after it can be read. */
class History {
  readonly values: Float64Array;
  constructor(
    series: DailySeries,
    readonly startDay: number,
    readonly endDay: number,
  ) {
    this.values = new Float64Array(Math.max(0, endDay - startDay));
    for (let day = startDay; day < endDay; day += 1) this.values[day - startDay] = series[fromDayNumber(day)] ?? 0;
  }
  value(day: number): number {
    if (day < this.startDay || day >= this.endDay) throw new RangeError('read outside the history');
    return this.values[day - this.startDay]!;
  }
  /** Mean value per ISO weekday (index 0 = Monday) over the `weeks` weeks before `beforeDay`; null with too little history. */
  weekdayMeans(beforeDay: number, weeks: number): number[] | null {
    const fromDay = Math.max(beforeDay - 7 * weeks, this.startDay);
    if (beforeDay - fromDay < MIN_HISTORY_DAYS) return null;
    const byWeekday: number[][] = [[], [], [], [], [], [], []];
    for (let day = fromDay; day < beforeDay; day += 1) byWeekday[weekdayIndex(day)]!.push(this.value(day));
    return byWeekday.map((values) => mean(values));
  }
  total(days: readonly number[]): number {
    return days.reduce((sum, day) => sum + this.value(day), 0);
  }
}

/** 0 = Monday ... 6 = Sunday (day 0, 1970-01-01, was a Thursday). */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function expectedTotal(days: readonly number[], means: readonly number[]): number {
  return days.reduce((sum, day) => sum + means[weekdayIndex(day)]!, 0);
}

/**
 * The forecast made at the start of `cutoff` (only days before it are read) for the total over `periodDates`; null when
 * fewer than 14 days of history precede the cut-off. The interval is the union of two: the model's normal prediction
 * interval, projected +/- z sqrt(sum over weekdays of n_w s_w^2 (1 + n_w / m_w)) (the textbook prediction variance of a
 * mean, per weekday; z from probit), and, given at least 20 past windows, the (1 - level) / 2 and (1 + level) / 2
 * quantiles of the errors of the same forecast made over past windows of the same length (an empirical prediction
 * interval, Hyndman & Athanasopoulos, Forecasting: Principles and Practice, 5.5), which keeps holidays, absences and
 * runs of slow days in its width. Past windows shifted a day apart overlap, so for a month they are only a few
 * independent samples: the model's interval keeps that from making the interval too narrow.
 */
export function forecastPeriodTotal(series: DailySeries, periodDates: readonly LocalDate[], cutoff: LocalDate, options: ForecastOptions = {}): Forecast | null {
  const { historyWeeks = 8, level = 0.8, residualWeeks = 13 } = options;
  const historyStart = options.historyStart ?? firstDate(series);
  if (historyStart === undefined || periodDates.length === 0) return null;
  const cutoffDay = toDayNumber(cutoff);
  const history = new History(series, toDayNumber(historyStart), cutoffDay);
  const means = history.weekdayMeans(cutoffDay, historyWeeks);
  if (!means) return null;
  const observedDays = periodDates.filter((date) => date < cutoff).map(toDayNumber);
  const remaining = periodDates.filter((date) => date >= cutoff).map(toDayNumber);
  const observed = history.total(observedDays);
  const expectedRemaining = expectedTotal(remaining, means);
  const projected = observed + expectedRemaining;
  const base = { observed, remainingDays: remaining.length, expectedRemaining, projected, level };
  if (remaining.length === 0) return { ...base, low: projected, high: projected, intervalMethod: 'none', intervalSample: 0 };

  // Past windows shaped like `remaining`, shifted back far enough to end before the cut-off.
  const errors: number[] = [];
  const minimumShift = remaining.at(-1)! - cutoffDay + 1;
  for (let shift = minimumShift; shift < minimumShift + 7 * residualWeeks; shift += 1) {
    const window = remaining.map((day) => day - shift);
    if (window[0]! < history.startDay) break;
    const pastMeans = history.weekdayMeans(window[0]!, historyWeeks);
    if (!pastMeans) break;
    errors.push(history.total(window) - expectedTotal(window, pastMeans));
  }

  // The weekday-means model's prediction variance: each remaining day's own noise plus the error of its weekday's
  // mean, sum over weekdays w of n_w s_w^2 + n_w^2 s_w^2 / m_w (n_w days left, m_w days averaged, s_w their deviation).
  const fromDay = Math.max(cutoffDay - 7 * historyWeeks, history.startDay);
  const byWeekday: number[][] = [[], [], [], [], [], [], []];
  for (let day = fromDay; day < cutoffDay; day += 1) byWeekday[weekdayIndex(day)]!.push(history.value(day));
  let variance = 0;
  for (let weekday = 0; weekday < 7; weekday += 1) {
    const left = remaining.filter((day) => weekdayIndex(day) === weekday).length;
    const values = byWeekday[weekday]!;
    if (left === 0 || values.length < 2) continue;
    const deviation = sampleStandardDeviation(values);
    variance += left * deviation ** 2 + (left ** 2 * deviation ** 2) / values.length;
  }
  const spread = probit((1 + level) / 2) * Math.sqrt(variance);
  let low = projected - spread;
  let high = projected + spread;
  let intervalMethod: Forecast['intervalMethod'] = 'normal';
  // Past errors also hold what the model assumes away (holidays, absences, runs of slow days): the union of both.
  if (errors.length >= MIN_PAST_FORECASTS) {
    low = Math.min(low, projected + quantile(errors, (1 - level) / 2));
    high = Math.max(high, projected + quantile(errors, (1 + level) / 2));
    intervalMethod = 'normalAndPastErrors';
  }
  const intervalSample = errors.length;
  // A counter cannot fall below what has already been counted.
  return { ...base, low: Math.max(low, observed), high: Math.max(high, observed), intervalMethod, intervalSample };
}
