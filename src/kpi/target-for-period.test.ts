import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './resolve-period.ts';
import { targetForPeriod } from './target-for-period.ts';

describe('targetForPeriod', () => {
  const week = resolvePeriod({ kind: 'week', date: '2025-06-11' }, 'UTC');
  const june = resolvePeriod({ kind: 'month', date: '2025-06-11' }, 'UTC');

  it('given a week target, when the week is asked for, then it is used as set', () => {
    expect(targetForPeriod([{ period: 'day', value: 300 }, { period: 'week', value: 1400 }], week, false)).toBe(1400);
  });

  it('given only a day target for dials, when the week and June are asked for, then it is times their working days', () => {
    expect(targetForPeriod([{ period: 'day', value: 300 }], week, false)).toBe(1500);
    // June 2025 has 21 weekdays.
    expect(targetForPeriod([{ period: 'day', value: 300 }], june, false)).toBe(6300);
    expect(targetForPeriod([{ period: 'day', value: 300 }], june, false, { closedDates: ['2025-06-19'] })).toBe(6000);
  });

  it('given a month target, when a week of that month is asked for, then it is the month per working day times five', () => {
    expect(targetForPeriod([{ period: 'month', value: 4200 }], week, false)).toBe(1000);
  });

  it('given a ratio target, when any period is asked for, then the same rate applies; given none, then null', () => {
    expect(targetForPeriod([{ period: 'day', value: 0.12 }], june, true)).toBe(0.12);
    expect(targetForPeriod([], june, true)).toBeNull();
  });
});
