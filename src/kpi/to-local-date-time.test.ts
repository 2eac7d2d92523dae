import { describe, expect, it } from 'vitest';
import { isTimeZone, toLocalDateTime } from './to-local-date-time.ts';

const HOUR = 3_600_000;

describe('toLocalDateTime', () => {
  it('given an instant, when read in New York in winter and summer, then the wall clock and offset follow DST', () => {
    expect(toLocalDateTime(Date.parse('2025-01-15T17:30:00Z'), 'America/New_York')).toEqual({ date: '2025-01-15', secondOfDay: 12.5 * 3600, clock: '12:30', offsetMs: -5 * HOUR });
    expect(toLocalDateTime(Date.parse('2025-07-01T03:00:00Z'), 'America/New_York')).toMatchObject({ date: '2025-06-30', clock: '23:00', offsetMs: -4 * HOUR });
    expect(toLocalDateTime(Date.parse('2025-07-01T03:00:00Z'), 'Asia/Manila')).toMatchObject({ date: '2025-07-01', clock: '11:00', offsetMs: 8 * HOUR });
  });

  it('given zone names, when checked, then unknown ones are refused', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(() => toLocalDateTime(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
