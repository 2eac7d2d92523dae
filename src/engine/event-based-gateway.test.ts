/** Event-based gateway: the first of its events to happen wins, and the others are withdrawn. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('event-based gateway', () => {
  it('given a message and a timer race, when the message comes first, then the timer is cancelled and the message path runs', async () => {
    const run = new RunDriver(await loadFixture('event-based-gateway'));
    run.start();
    const timer = Object.values(run.run.timers)[0]!;
    const effects = run.send({ type: 'correlateMessage', name: 'callback' });
    expect(effects).toContainEqual({ type: 'timerCancelled', timerId: timer.id, elementId: 'TwoDays' });
    expect(run.openTaskElements()).toEqual(['CallBack']);
    expect(run.run.subscriptions).toEqual({});
  });

  it('given a message and a timer race, when the timer fires first, then the message is no longer awaited', async () => {
    const run = new RunDriver(await loadFixture('event-based-gateway'));
    run.start();
    run.send({ type: 'fireTimer', timerId: Object.keys(run.run.timers)[0]! });
    expect(run.openTaskElements()).toEqual(['Retry']);
    expect(() => run.send({ type: 'correlateMessage', name: 'callback' })).toThrow(expect.objectContaining({ code: 'NO_MESSAGE_SUBSCRIPTION' }));
  });
});
