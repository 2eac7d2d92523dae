import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTimeToInstant } from './local-time-to-instant.ts';
import { measureWorkingTime } from './measure-working-time.ts';
import { resolvePeriod } from './resolve-period.ts';

const HOUR = 3_600_000;
const NINE_TO_FIVE = { hours: { start: '09:00', end: '17:00' } };

describe('measureWorkingTime', () => {
  it('given a 9-5 Monday-Friday week, when it is Wednesday 13:00, then 2.5 of 5 days have passed', () => {
    const week = resolvePeriod({ kind: 'week', date: '2025-06-11' }, 'America/New_York');
    const now = localTimeToInstant('2025-06-11', 13 * 3600, 'America/New_York');
    const time = measureWorkingTime(week, now, NINE_TO_FIVE);
    expect(time.workingDates).toEqual(['2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13']);
    expect(time.totalMs).toBe(40 * HOUR);
    expect(time.elapsedMs).toBe(20 * HOUR);
    expect(time.fraction).toBe(0.5);
  });

  it('given whole days and a holiday, when it is Saturday, then the whole week has elapsed over 4 working days', () => {
    const week = resolvePeriod({ kind: 'week', date: '2025-07-04' }, 'UTC');
    const time = measureWorkingTime(week, Date.parse('2025-07-05T12:00:00Z'), { closedDates: ['2025-07-04'] });
    expect(time.workingDates).toHaveLength(4);
    expect(time.fraction).toBe(1);
  });

  it('given a spring-forward Sunday worked around the clock, when counted, then it has 23 hours', () => {
    const day = resolvePeriod({ kind: 'day', date: '2025-03-09' }, 'America/New_York');
    const time = measureWorkingTime(day, day.endMs, { workingDays: [7] });
    expect(time.totalMs).toBe(23 * HOUR);
  });

  it('given a night shift 22:00-06:00, when it is 02:00, then 4 of its 8 hours have passed', () => {
    const day = resolvePeriod({ kind: 'day', date: '2025-06-10' }, 'Asia/Manila');
    const now = localTimeToInstant('2025-06-11', 2 * 3600, 'Asia/Manila');
    expect(measureWorkingTime(day, now, { hours: { start: '22:00', end: '06:00' } }).fraction).toBe(0.5);
  });

  it('given a weekend-only period with Monday-Friday work, when measured, then the fraction is null, not NaN', () => {
    const weekend = resolvePeriod({ kind: 'range', from: '2025-06-14', to: '2025-06-15' }, 'UTC');
    expect(measureWorkingTime(weekend, weekend.endMs).fraction).toBeNull();
  });

  it('given any two instants, when measured, then the fraction stays within 0-1 and never decreases', () => {
    const month = resolvePeriod({ kind: 'month', date: '2025-03-01' }, 'Europe/Berlin');
    fc.assert(
      fc.property(fc.integer({ min: month.startMs - 3 * 86_400_000, max: month.endMs + 3 * 86_400_000 }), fc.integer({ min: 0, max: 10 * 86_400_000 }), (earlier, step) => {
        const first = measureWorkingTime(month, earlier, NINE_TO_FIVE).fraction ?? 0;
        const second = measureWorkingTime(month, earlier + step, NINE_TO_FIVE).fraction ?? 0;
        expect(first).toBeGreaterThanOrEqual(0);
        expect(second).toBeLessThanOrEqual(1);
        expect(second).toBeGreaterThanOrEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});
