import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isLocalDate, isoWeekday, listDates, toDayNumber } from './calendar-dates.ts';

describe('calendar dates', () => {
  it('given real and impossible dates, when checked, then only real ones pass', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-13-01')).toBe(false);
    expect(isLocalDate('2025-1-01')).toBe(false);
  });

  it('given known dates, when asked their ISO weekday, then Monday is 1 and Sunday 7', () => {
    expect(isoWeekday('2025-03-10')).toBe(1);
    expect(isoWeekday('2025-03-16')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('given a range across a month and a leap day, when listed, then every date appears once in order', () => {
    expect(listDates('2024-02-27', '2024-03-02')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(listDates('2024-03-02', '2024-03-01')).toEqual([]);
  });

  it('given any date and offset, when days are added and counted back, then they round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 40_000 }), fc.integer({ min: -1000, max: 1000 }), (dayNumber, offset) => {
        const date = fromDayNumber(dayNumber);
        expect(toDayNumber(date)).toBe(dayNumber);
        expect(daysBetween(date, addDays(date, offset))).toBe(offset);
        expect(isoWeekday(addDays(date, 7 * Math.trunc(offset / 7)))).toBe(isoWeekday(date));
      }),
    );
  });

  it('given text that is not a date, when converted, then it throws naming it', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow('"2025-02-30" is not a date');
  });
});
