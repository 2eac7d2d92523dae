import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, listDates } from './calendar-dates.ts';
import { forecastPeriodTotal, type DailySeries } from './forecast-period-total.ts';
import { periodBounds } from './resolve-period.ts';
import { createSeededRandom } from './testing/seeded-random.ts';

/** Weekday dials of a team: Mon-Fri around 600 (Wed/Thu busier), a trickle on Saturday, none on Sunday. */
const PATTERN = [600, 600, 660, 660, 540, 60, 0];

function simulateSeries(from: string, to: string, seed: number, noise = 0.12): Record<string, number> {
  const random = createSeededRandom(seed);
  return Object.fromEntries(listDates(from, to).map((date) => [date, Math.max(0, Math.round(PATTERN[isoWeekday(date) - 1]! * (1 + noise * random.normal())))]));
}

describe('forecastPeriodTotal', () => {
  it('given an exact weekday pattern, when the rest of the month is forecast, then it is the observed total plus each weekday\'s mean, with no spread', () => {
    const series = simulateSeries('2025-01-01', '2025-06-30', 1, 0);
    const june = listDates('2025-06-01', '2025-06-30');
    const forecast = forecastPeriodTotal(series, june, '2025-06-16')!;
    const observed = listDates('2025-06-01', '2025-06-15').reduce((sum, date) => sum + series[date]!, 0);
    const expectedRest = listDates('2025-06-16', '2025-06-30').reduce((sum, date) => sum + PATTERN[isoWeekday(date) - 1]!, 0);
    expect(forecast.observed).toBe(observed);
    expect(forecast.projected).toBeCloseTo(observed + expectedRest, 9);
    expect(forecast.intervalMethod).toBe('normalAndPastErrors');
    expect(forecast.high - forecast.low).toBeCloseTo(0, 9);
  });

  it('given noisy days, when a week is forecast at its start, then the interval is wide enough to hold the noise and centred near the pattern', () => {
    const series = simulateSeries('2025-01-01', '2025-06-30', 2);
    const week = listDates('2025-06-23', '2025-06-29');
    const forecast = forecastPeriodTotal(series, week, '2025-06-23', { level: 0.8 })!;
    const patternTotal = PATTERN.reduce((sum, value) => sum + value, 0);
    expect(Math.abs(forecast.projected - patternTotal)).toBeLessThan(0.05 * patternTotal);
    expect(forecast.low).toBeLessThan(forecast.projected);
    expect(forecast.high).toBeGreaterThan(forecast.projected);
    expect(forecast.level).toBe(0.8);
  });

  it('given under two weeks of history, when forecast, then there is no forecast; given three weeks, then a normal interval', () => {
    const short = simulateSeries('2025-06-01', '2025-06-10', 3);
    expect(forecastPeriodTotal(short, listDates('2025-06-09', '2025-06-15'), '2025-06-11')).toBeNull();
    const three = simulateSeries('2025-06-01', '2025-06-22', 3);
    expect(forecastPeriodTotal(three, listDates('2025-06-23', '2025-06-29'), '2025-06-23')).toMatchObject({ intervalMethod: 'normal' });
  });

  it('given any cut-off and any values after it, when forecast, then the values after the cut-off change nothing and the bounds are ordered', () => {
    const series = simulateSeries('2025-01-01', '2025-09-30', 4);
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 250 }), fc.constantFrom<'week' | 'month'>('week', 'month'), fc.integer({ min: 0, max: 5000 }), (offset, kind, tamper) => {
        const cutoff = addDays('2025-01-01', offset);
        const { from, to } = periodBounds(kind, cutoff);
        const dates = listDates(from, to);
        const tampered: DailySeries = { ...series, ...Object.fromEntries(listDates(cutoff, '2025-09-30').map((date) => [date, tamper])) };
        const forecast = forecastPeriodTotal(series, dates, cutoff)!;
        expect(forecastPeriodTotal(tampered, dates, cutoff)).toEqual(forecast);
        expect(forecast.low).toBeLessThanOrEqual(forecast.projected);
        expect(forecast.projected).toBeLessThanOrEqual(forecast.high);
        expect(forecast.low).toBeGreaterThanOrEqual(forecast.observed);
      }),
      { numRuns: 60 },
    );
  });
});
