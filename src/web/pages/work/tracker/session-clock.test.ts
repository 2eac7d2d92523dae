import { describe, expect, it } from 'vitest';
import { pacePerHour, pauseClock, phoneSeconds, resumeClock, startClock } from './session-clock.ts';

describe('session clock', () => {
  it('given a session paused for ten minutes, when read, then only the running time is phone time', () => {
    let clock = startClock('s', 1, 0);
    clock = pauseClock(clock, 20 * 60_000);
    expect(phoneSeconds(clock, 25 * 60_000)).toBe(1200);
    clock = resumeClock(clock, 30 * 60_000);
    expect(phoneSeconds(clock, 40 * 60_000)).toBe(1800);
  });

  it('given a pause while paused and a resume while running, when read, then nothing changes', () => {
    const running = startClock('s', 1, 0);
    expect(resumeClock(running, 5000)).toBe(running);
    const paused = pauseClock(running, 10_000);
    expect(pauseClock(paused, 20_000)).toBe(paused);
    expect(phoneSeconds(paused, 60_000)).toBe(10);
  });
});

describe('pacePerHour', () => {
  it('given 20 dials in half an hour of phone time, when paced, then it is 40 per phone-hour', () => {
    expect(pacePerHour(20, 1800)).toBe(40);
  });

  it('given less than a minute of phone time, when paced, then there is no pace yet', () => {
    expect(pacePerHour(3, 59)).toBeNull();
  });
});
