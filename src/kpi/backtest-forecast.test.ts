import { describe, expect, it } from 'vitest';
import { isoWeekday, listDates } from './calendar-dates.ts';
import { backtestForecast } from './backtest-forecast.ts';
import { createSeededRandom } from './testing/seeded-random.ts';

/** A year of team dials with a weekday pattern, day-to-day noise and a few holidays. */
function simulateYear(seed: number): Record<string, number> {
  const random = createSeededRandom(seed);
  const pattern = [600, 600, 660, 660, 540, 60, 0];
  const holidays = new Set(['2025-01-01', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-27', '2025-12-25']);
  return Object.fromEntries(
    listDates('2025-01-01', '2025-12-31').map((date) => [date, holidays.has(date) ? 0 : Math.max(0, Math.round(pattern[isoWeekday(date) - 1]! * (1 + 0.12 * random.normal())))]),
  );
}

describe('backtestForecast', () => {
  it('given a year of noisy daily dials, when weekly 80% forecasts are replayed, then about 80% of actual weeks fall inside', () => {
    const result = backtestForecast(simulateYear(7), { periodKind: 'week', cutoffDays: [0, 2], level: 0.8 });
    expect(result.trials.length).toBeGreaterThan(80);
    expect(result.coverage).toBeGreaterThan(0.7);
    expect(result.coverage).toBeLessThan(0.92);
    expect(result.meanAbsolutePercentageError).toBeLessThan(0.1);
  });

  it('given the same history, when a narrower 50% interval is replayed, then it holds less often than the 80% one', () => {
    const series = simulateYear(8);
    const eighty = backtestForecast(series, { periodKind: 'month', cutoffDays: [0, 10, 20], level: 0.8 });
    const fifty = backtestForecast(series, { periodKind: 'month', cutoffDays: [0, 10, 20], level: 0.5 });
    expect(eighty.trials.length).toBe(fifty.trials.length);
    expect(fifty.coverage!).toBeLessThan(eighty.coverage!);
  });

  it('given a forecast that is scored, when its trial is read, then inside means the actual lies within the bounds and no period runs past the data', () => {
    const result = backtestForecast(simulateYear(9), { periodKind: 'month', lastDate: '2025-10-15' });
    expect(result.trials.every((trial) => trial.inside === (trial.actual >= trial.low && trial.actual <= trial.high))).toBe(true);
    expect(result.trials.at(-1)!.to).toBe('2025-09-30');
    expect(backtestForecast({}, { periodKind: 'week' })).toMatchObject({ coverage: null, trials: [] });
  });
});
