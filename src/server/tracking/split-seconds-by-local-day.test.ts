/** Splitting a span of phone time at local midnight, DST days included. */
import { describe, expect, it } from 'vitest';
import { splitSecondsByLocalDay } from './split-seconds-by-local-day.ts';

const second = (iso: string) => Date.parse(iso) / 1000;

describe('splitSecondsByLocalDay', () => {
  it('given a span within one local day, then it is one part', () => {
    expect(splitSecondsByLocalDay(second('2025-01-15T15:00:00Z'), second('2025-01-15T16:30:00Z'), 'America/Chicago')).toEqual([{ day: '2025-01-15', seconds: 5400 }]);
  });

  it('given a span across local midnight, then it is cut at the exact second', () => {
    // 23:30 to 00:45 in Chicago (UTC-6).
    expect(splitSecondsByLocalDay(second('2025-01-15T05:30:00Z'), second('2025-01-15T06:45:00Z'), 'America/Chicago')).toEqual([
      { day: '2025-01-14', seconds: 1800 },
      { day: '2025-01-15', seconds: 2700 },
    ]);
  });

  it('given a span across a DST change at midnight, then the parts add up to the elapsed time', () => {
    // Santiago, 2025-09-06 23:00 (UTC-4) to 2025-09-07 02:00 (UTC-3): two hours elapse, one before midnight.
    const parts = splitSecondsByLocalDay(second('2025-09-07T03:00:00Z'), second('2025-09-07T05:00:00Z'), 'America/Santiago');
    expect(parts).toEqual([
      { day: '2025-09-06', seconds: 3600 },
      { day: '2025-09-07', seconds: 3600 },
    ]);
  });

  it('given a span of several days, then every day gets its share', () => {
    const parts = splitSecondsByLocalDay(second('2025-01-01T12:00:00Z'), second('2025-01-03T12:00:00Z'), 'UTC');
    expect(parts).toEqual([
      { day: '2025-01-01', seconds: 43200 },
      { day: '2025-01-02', seconds: 86400 },
      { day: '2025-01-03', seconds: 43200 },
    ]);
  });

  it('given an empty or reversed span, then there is nothing', () => {
    expect(splitSecondsByLocalDay(100, 100, 'UTC')).toEqual([]);
    expect(splitSecondsByLocalDay(200, 100, 'UTC')).toEqual([]);
  });
});
