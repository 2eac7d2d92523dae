import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDailyCounts, sumCounter, sumCounters, toDailySeries } from './sum-counters.ts';

describe('sumCounters', () => {
  const daily = indexDailyCounts([
    { date: '2025-06-09', metric: 'dials', value: 120 },
    { date: '2025-06-09', metric: 'dials', value: 80 },
    { date: '2025-06-09', metric: 'talkTo', value: 25 },
    { date: '2025-06-10', metric: 'dials', value: 150 },
    { date: '2025-06-12', metric: 'lead', value: 1 },
  ]);

  it('given rows of several VAs on one day, when indexed, then they are summed per date and metric', () => {
    expect(daily['2025-06-09']).toEqual({ dials: 200, talkTo: 25 });
  });

  it('given a period with a day without data, when summed, then the missing day counts as zero', () => {
    expect(sumCounters(daily, ['2025-06-09', '2025-06-10', '2025-06-11'])).toEqual({ dials: 350, talkTo: 25 });
    expect(sumCounter(daily, 'lead', ['2025-06-09', '2025-06-10', '2025-06-11'])).toBe(0);
    expect(toDailySeries(daily, 'dials', ['2025-06-10', '2025-06-11'])).toEqual({ '2025-06-10': 150, '2025-06-11': 0 });
  });

  it('given any rows, when summed over all their dates, then each metric total equals the sum of its rows', () => {
    const row = fc.record({ date: fc.constantFrom('2025-01-01', '2025-01-02', '2025-01-03'), metric: fc.constantFrom('dials', 'talkTo'), value: fc.integer({ min: 0, max: 500 }) });
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        const totals = sumCounters(indexDailyCounts(rows), ['2025-01-01', '2025-01-02', '2025-01-03']);
        for (const metric of ['dials', 'talkTo']) {
          expect(totals[metric] ?? 0).toBe(rows.filter((candidate) => candidate.metric === metric).reduce((sum, candidate) => sum + candidate.value, 0));
        }
      }),
    );
  });
});
