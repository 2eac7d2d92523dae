/** Intermediate catch events: a timer, a message and a signal each hold the token until they happen. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('intermediate catch events', () => {
  it('given a timer, a message and a signal in a row, when each happens, then the token moves on to the next', async () => {
    const run = new RunDriver(await loadFixture('catch-events'));
    run.start();
    const [timer] = Object.values(run.run.timers);
    expect(timer).toMatchObject({ elementId: 'Wait', dueAt: '2025-03-04T09:00:00.000Z' });
    expect(() => run.send({ type: 'correlateMessage', name: 'reply' })).toThrow(expect.objectContaining({ code: 'NO_MESSAGE_SUBSCRIPTION' }));
    run.send({ type: 'fireTimer', timerId: timer!.id });
    expect(Object.values(run.run.subscriptions)).toEqual([expect.objectContaining({ kind: 'message', name: 'reply', elementId: 'Reply' })]);
    run.send({ type: 'correlateMessage', name: 'reply', variables: { replyText: 'call me at 5' } });
    expect(run.run.variables.replyText).toBe('call me at 5');
    run.send({ type: 'broadcastSignal', name: 'something else' });
    expect(run.openTaskElements()).toEqual([]);
    run.send({ type: 'broadcastSignal', name: 'office open' });
    expect(run.openTaskElements()).toEqual(['Meet']);
  });
});
