/** The day bucket: an instant and an IANA zone give the local calendar date, across midnight and DST changes. */
import { describe, expect, it } from 'vitest';
import { localDay } from './local-day.ts';

describe('localDay', () => {
  it('given an instant just before and after local midnight, then the day changes at local midnight, not at UTC midnight', () => {
    // Chicago is UTC-6 in January: local midnight is 06:00Z.
    expect(localDay(Date.parse('2025-01-15T05:59:59.999Z'), 'America/Chicago')).toBe('2025-01-14');
    expect(localDay(Date.parse('2025-01-15T06:00:00.000Z'), 'America/Chicago')).toBe('2025-01-15');
    expect(localDay(Date.parse('2025-01-15T23:30:00Z'), 'UTC')).toBe('2025-01-15');
  });

  it('given zones ahead of UTC, with half- and quarter-hour offsets, then the date is theirs', () => {
    expect(localDay(Date.parse('2025-01-15T18:14:59Z'), 'Asia/Kathmandu')).toBe('2025-01-15');
    expect(localDay(Date.parse('2025-01-15T18:15:00Z'), 'Asia/Kathmandu')).toBe('2025-01-16');
    expect(localDay(Date.parse('2025-01-15T13:30:00Z'), 'Australia/Adelaide')).toBe('2025-01-16');
  });

  it('given DST changes, then midnight follows the offset in force', () => {
    // New York: EST (UTC-5) until 2025-03-09 07:00Z, then EDT (UTC-4); local midnight of 03-10 is 04:00Z.
    expect(localDay(Date.parse('2025-03-10T03:59:59Z'), 'America/New_York')).toBe('2025-03-09');
    expect(localDay(Date.parse('2025-03-10T04:00:00Z'), 'America/New_York')).toBe('2025-03-10');
    // Santiago changes at midnight itself: on 2025-09-07 local time jumps from 00:00 to 01:00 (UTC-4 -> UTC-3).
    expect(localDay(Date.parse('2025-09-07T03:59:59Z'), 'America/Santiago')).toBe('2025-09-06');
    expect(localDay(Date.parse('2025-09-07T04:00:00Z'), 'America/Santiago')).toBe('2025-09-07');
  });

  it('given a Date, then it is read like its epoch milliseconds', () => {
    expect(localDay(new Date('2025-06-30T22:00:00Z'), 'Europe/Paris')).toBe('2025-07-01');
  });

  it('given an unknown zone, then it throws', () => {
    expect(() => localDay(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('localDay remembered per quarter hour', () => {
  it('given every minute of two days around DST changes in zones with odd offsets, then the remembered day equals the formatted one', () => {
    const formatter = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const [timeZone, around] of [
      ['Australia/Lord_Howe', '2025-04-05T15:00:00Z'],
      ['Pacific/Chatham', '2025-04-05T14:00:00Z'],
      ['Asia/Kathmandu', '2025-01-15T18:00:00Z'],
      ['America/Santiago', '2025-09-07T04:00:00Z'],
    ] as const) {
      const format = formatter(timeZone);
      for (let minute = -24 * 60; minute <= 24 * 60; minute++) {
        for (const second of [0, 59]) {
          const instant = Date.parse(around) + minute * 60_000 + second * 1000;
          expect(localDay(instant, timeZone), `${timeZone} ${new Date(instant).toISOString()}`).toBe(format.format(instant));
        }
      }
    }
  });
});
