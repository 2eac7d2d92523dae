import { describe, expect, it } from 'vitest';
import { currentPeriod } from './current-period.ts';

describe('currentPeriod', () => {
  it('given an instant that is still Sunday in Los Angeles but Monday in UTC, when the week is asked for, then it is the Los Angeles week', () => {
    const now = Date.parse('2025-03-17T03:00:00Z');
    const inLosAngeles = currentPeriod('week', now, 'America/Los_Angeles');
    expect(inLosAngeles.today).toBe('2025-03-16');
    expect(inLosAngeles.period).toMatchObject({ from: '2025-03-10', to: '2025-03-16' });
    expect(inLosAngeles.datesSoFar).toHaveLength(7);
    expect(currentPeriod('week', now, 'UTC').period.from).toBe('2025-03-17');
  });

  it('given mid-month, when the month so far is asked for, then it lists the days up to today and the complete ones before it', () => {
    const current = currentPeriod('month', Date.parse('2025-04-03T15:00:00Z'), 'Asia/Manila');
    expect(current.today).toBe('2025-04-03');
    expect(current.datesSoFar).toEqual(['2025-04-01', '2025-04-02', '2025-04-03']);
    expect(current.completeDates).toEqual(['2025-04-01', '2025-04-02']);
  });
});
