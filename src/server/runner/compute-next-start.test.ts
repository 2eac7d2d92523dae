/** computeFirstStart / computeFollowingStart: when timer start events start runs, in the team's time zone. */
import { describe, expect, it } from 'vitest';
import type { TimerDefinition } from '../../bpmn/compiled-process.ts';
import { computeFirstStart, computeFollowingStart } from './compute-next-start.ts';

const at = (text: string) => Date.parse(text);
const WEEKDAYS_NINE: TimerDefinition = { type: 'cron', value: '0 9 * * 1-5' };

describe('computeFirstStart', () => {
  it('given a weekday 09:00 cron in New York, when published on a Friday evening, then the first start is Monday 09:00 New York time', () => {
    expect(computeFirstStart(WEEKDAYS_NINE, at('2026-11-27T20:00:00Z'), 'America/New_York')).toEqual({ dueAt: '2026-11-30T14:00:00.000Z', repetitionsLeft: null });
  });

  it('given the same cron in Manila, when published at the same instant, then it starts at 09:00 Manila time, which is already Saturday there', () => {
    // 2026-11-27T20:00Z is Saturday 04:00 in Manila: the next weekday 09:00 there is Monday 01:00 UTC.
    expect(computeFirstStart(WEEKDAYS_NINE, at('2026-11-27T20:00:00Z'), 'Asia/Manila').dueAt).toBe('2026-11-30T01:00:00.000Z');
  });

  it('given a duration, a future and a past date, and cycles, when published, then each gets its first due time or none', () => {
    const now = at('2026-03-01T10:00:00Z');
    expect(computeFirstStart({ type: 'duration', value: 'PT2H' }, now, 'UTC').dueAt).toBe('2026-03-01T12:00:00.000Z');
    expect(computeFirstStart({ type: 'date', value: '2026-03-02T09:00:00Z' }, now, 'UTC').dueAt).toBe('2026-03-02T09:00:00.000Z');
    expect(computeFirstStart({ type: 'date', value: '2026-02-01T09:00:00Z' }, now, 'UTC').dueAt).toBeNull();
    expect(computeFirstStart({ type: 'cycle', value: 'R3/PT1H', repetitions: 3, interval: 'PT1H' }, now, 'UTC')).toEqual({ dueAt: '2026-03-01T11:00:00.000Z', repetitionsLeft: 3 });
    expect(computeFirstStart({ type: 'cycle', value: 'R0/PT1H', repetitions: 0, interval: 'PT1H' }, now, 'UTC').dueAt).toBeNull();
  });
});

describe('computeFollowingStart', () => {
  it('given a weekday cron across the spring DST change, when Friday 09:00 started a run, then Monday is 09:00 local at the new offset', () => {
    // 2026-03-08 is the US change to daylight time: 09:00 EST is 14:00Z, 09:00 EDT is 13:00Z.
    expect(computeFollowingStart(WEEKDAYS_NINE, at('2026-03-06T14:00:00Z'), at('2026-03-06T14:00:01Z'), 'America/New_York', null).dueAt).toBe('2026-03-09T13:00:00.000Z');
  });

  it('given an R3 cycle, when each start runs, then the next is one interval after the previous due time and the third is the last', () => {
    const cycle: TimerDefinition = { type: 'cycle', value: 'R3/PT1H', repetitions: 3, interval: 'PT1H' };
    const second = computeFollowingStart(cycle, at('2026-03-01T11:00:00Z'), at('2026-03-01T11:00:02Z'), 'UTC', 3);
    expect(second).toEqual({ dueAt: '2026-03-01T12:00:00.000Z', repetitionsLeft: 2 });
    const third = computeFollowingStart(cycle, at(second.dueAt!), at('2026-03-01T12:00:01Z'), 'UTC', 2);
    expect(third).toEqual({ dueAt: '2026-03-01T13:00:00.000Z', repetitionsLeft: 1 });
    expect(computeFollowingStart(cycle, at(third.dueAt!), at('2026-03-01T13:00:01Z'), 'UTC', 1)).toEqual({ dueAt: null, repetitionsLeft: 0 });
  });

  it('given an unbounded daily cycle and a server away for three days, when the overdue start runs, then the next one is the first still ahead, not three catch-up runs', () => {
    const daily: TimerDefinition = { type: 'cycle', value: 'R/P1D', repetitions: null, interval: 'P1D' };
    expect(computeFollowingStart(daily, at('2026-03-01T09:00:00Z'), at('2026-03-04T10:00:00Z'), 'UTC', null)).toEqual({ dueAt: '2026-03-05T09:00:00.000Z', repetitionsLeft: null });
    expect(computeFollowingStart(WEEKDAYS_NINE, at('2026-03-02T14:00:00Z'), at('2026-03-05T15:00:00Z'), 'America/New_York', null).dueAt).toBe('2026-03-06T14:00:00.000Z');
  });

  it('given one-off timers, when they have started a run, then nothing follows', () => {
    expect(computeFollowingStart({ type: 'duration', value: 'PT1H' }, 0, 1, 'UTC', null).dueAt).toBeNull();
    expect(computeFollowingStart({ type: 'date', value: '2026-03-02T09:00:00Z' }, 0, 1, 'UTC', null).dueAt).toBeNull();
  });
});
