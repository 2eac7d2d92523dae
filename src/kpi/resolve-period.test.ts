import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isoWeekday } from './calendar-dates.ts';
import { periodBounds, resolvePeriod } from './resolve-period.ts';

const HOUR = 3_600_000;

describe('resolvePeriod', () => {
  it('given a Wednesday, when its ISO week is resolved, then it runs Monday to Sunday', () => {
    expect(periodBounds('week', '2025-03-12')).toEqual({ from: '2025-03-10', to: '2025-03-16' });
    // ISO week 1 of 2025 starts in 2024.
    expect(periodBounds('week', '2025-01-01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
  });

  it('given dates in February of leap and common years, when the month is resolved, then it has 29 or 28 days', () => {
    expect(resolvePeriod({ kind: 'month', date: '2024-02-10' }, 'UTC').dates).toHaveLength(29);
    expect(resolvePeriod({ kind: 'month', date: '2025-02-28' }, 'UTC')).toMatchObject({ from: '2025-02-01', to: '2025-02-28' });
    expect(resolvePeriod({ kind: 'month', date: '2025-12-31' }, 'UTC')).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('given the spring-forward day in New York, when resolved, then it lasts 23 hours from local midnight', () => {
    const day = resolvePeriod({ kind: 'day', date: '2025-03-09' }, 'America/New_York');
    expect(new Date(day.startMs).toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(new Date(day.endMs).toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect(day.endMs - day.startMs).toBe(23 * HOUR);
  });

  it('given the week of the fall-back in London, when resolved, then it lasts 7 days and 1 hour', () => {
    const week = resolvePeriod({ kind: 'week', date: '2025-10-26' }, 'Europe/London');
    expect(week.endMs - week.startMs).toBe((7 * 24 + 1) * HOUR);
  });

  it('given a custom range, when resolved, then it lists its dates; given a reversed one, then it throws', () => {
    expect(resolvePeriod({ kind: 'range', from: '2025-03-30', to: '2025-04-02' }, 'Asia/Manila').dates).toEqual(['2025-03-30', '2025-03-31', '2025-04-01', '2025-04-02']);
    expect(() => resolvePeriod({ kind: 'range', from: '2025-04-02', to: '2025-03-30' }, 'UTC')).toThrow('before it starts');
  });

  it('given any date, when its week and month are resolved, then they contain it, weeks start on Monday and periods are consecutive', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_957, max: 25_567 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        const week = resolvePeriod({ kind: 'week', date }, 'America/Chicago');
        const month = resolvePeriod({ kind: 'month', date }, 'America/Chicago');
        expect(week.dates).toHaveLength(7);
        expect(isoWeekday(week.from)).toBe(1);
        expect(week.dates).toContain(date);
        expect(month.dates).toContain(date);
        expect(month.dates.every((day) => day.slice(0, 7) === date.slice(0, 7))).toBe(true);
        const nextWeek = resolvePeriod({ kind: 'week', date: fromDayNumber(dayNumber + 7) }, 'America/Chicago');
        expect(nextWeek.startMs).toBe(week.endMs);
      }),
      { numRuns: 200 },
    );
  });
});
