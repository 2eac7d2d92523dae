/** Call times as dialers write them: with an offset, or as a wall-clock time in the team's zone, DST gaps and repeats included. */
import { describe, expect, it } from 'vitest';
import { readCallTime } from './read-call-time.ts';

describe('readCallTime', () => {
  it('given a time with an offset or Z, then the zone is ignored', () => {
    expect(readCallTime('2025-03-09T14:30:00Z', 'America/Chicago')).toBe('2025-03-09T14:30:00.000Z');
    expect(readCallTime('2025-03-09T14:30:00-0600', 'Europe/Paris')).toBe('2025-03-09T20:30:00.000Z');
    expect(readCallTime('2025-03-09T14:30+05:30', 'UTC')).toBe('2025-03-09T09:00:00.000Z');
  });

  it('given a wall-clock time, then it is read in the zone, in summer and winter', () => {
    expect(readCallTime('2025-01-15 09:05', 'America/Chicago')).toBe('2025-01-15T15:05:00.000Z');
    expect(readCallTime('2025-07-15T09:05:30', 'America/Chicago')).toBe('2025-07-15T14:05:30.000Z');
    expect(readCallTime('07/15/2025 2:05 PM', 'America/New_York')).toBe('2025-07-15T18:05:00.000Z');
    expect(readCallTime('07/15/2025 12:10 am', 'UTC')).toBe('2025-07-15T00:10:00.000Z');
    expect(readCallTime('1/2/2025 13:00:09', 'Asia/Kolkata')).toBe('2025-01-02T07:30:09.000Z');
  });

  it('given a time in a DST gap or repeat, then it moves past the gap and takes the first of the repeat', () => {
    // 2025-03-09 02:30 does not exist in Chicago (clocks go 02:00 -> 03:00): read as 03:30 CDT.
    expect(readCallTime('2025-03-09 02:30', 'America/Chicago')).toBe('2025-03-09T08:30:00.000Z');
    // 2025-11-02 01:30 happens twice: the first is CDT (-05:00).
    expect(readCallTime('2025-11-02 01:30', 'America/Chicago')).toBe('2025-11-02T06:30:00.000Z');
  });

  it('given text that is not a time, then null', () => {
    for (const text of ['', 'yesterday', '2025-02-30 10:00', '2025-01-01 24:00', '13/45/2025 10:00', '07/15/2025 13:00 PM', '2025-01-01']) {
      expect(readCallTime(text, 'UTC'), text).toBeNull();
    }
  });
});
