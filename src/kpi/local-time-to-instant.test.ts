import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from './calendar-dates.ts';
import { localTimeToInstant, startOfLocalDay } from './local-time-to-instant.ts';
import { toLocalDateTime } from './to-local-date-time.ts';

const HOUR = 3_600_000;
const ZONES = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Asia/Manila', 'Australia/Sydney', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Chatham'];

describe('localTimeToInstant', () => {
  it('given the spring-forward day in New York, when 02:30 is asked for, then the instant after the gap is given', () => {
    expect(new Date(localTimeToInstant('2025-03-09', 2.5 * 3600, 'America/New_York')).toISOString()).toBe('2025-03-09T07:30:00.000Z');
    expect(new Date(localTimeToInstant('2025-03-09', 1.5 * 3600, 'America/New_York')).toISOString()).toBe('2025-03-09T06:30:00.000Z');
  });

  it('given the fall-back day in New York, when 01:30 (which happens twice) is asked for, then the first is given', () => {
    expect(new Date(localTimeToInstant('2025-11-02', 1.5 * 3600, 'America/New_York')).toISOString()).toBe('2025-11-02T05:30:00.000Z');
  });

  it('given a zone whose DST change skips midnight, when the day starts, then it starts at 01:00', () => {
    // Chile moved its clocks from 00:00 to 01:00 on 2024-09-08.
    const start = startOfLocalDay('2024-09-08', 'America/Santiago');
    expect(toLocalDateTime(start, 'America/Santiago')).toMatchObject({ date: '2024-09-08', clock: '01:00' });
    expect(toLocalDateTime(start - 1000, 'America/Santiago').date).toBe('2024-09-07');
  });

  it('given any instant and zone, when read as local time and converted back, then the same instant returns (outside overlaps)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2040-01-01') }), fc.constantFrom(...ZONES), (ms, zone) => {
        const instant = Math.floor(ms / 1000) * 1000;
        const local = toLocalDateTime(instant, zone);
        const back = localTimeToInstant(local.date, local.secondOfDay, zone);
        // In a fall-back overlap the wall time exists twice and the first is chosen.
        expect(back === instant || (back < instant && toLocalDateTime(back, zone).clock === local.clock)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('given any day and zone, when its start is read back, then it is that date before any other hour, and the day lasts 23 to 25 hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_957, max: 25_567 }), fc.constantFrom(...ZONES), (dayNumber, zone) => {
        const date = fromDayNumber(dayNumber);
        const start = startOfLocalDay(date, zone);
        const next = startOfLocalDay(fromDayNumber(dayNumber + 1), zone);
        expect(toLocalDateTime(start, zone).date).toBe(date);
        expect(toLocalDateTime(start - 1000, zone).date).not.toBe(date);
        expect(next - start).toBeGreaterThanOrEqual(23 * HOUR);
        expect(next - start).toBeLessThanOrEqual(25 * HOUR);
      }),
      { numRuns: 300 },
    );
  });
});
