/** Exclusive gateway: the first flow whose FEEL condition holds, else the default flow. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('exclusive gateway', () => {
  it.each([
    [5000, 'Approve'],
    [500, 'Review'],
    [50, null],
  ])('given an expense of %d, when it is submitted, then the route is %s', async (amount, expected) => {
    const run = new RunDriver(await loadFixture('exclusive-gateway'));
    run.start({ amount });
    run.complete('Submit');
    if (expected) expect(run.openTaskElements()).toEqual([expected]);
    else expect(run.run.status).toBe('completed');
  });

  it('given two conditions that both hold, when the gateway is reached, then only the first in document order is taken', async () => {
    const run = new RunDriver(await loadFixture('exclusive-gateway'));
    run.start({ amount: 5000 });
    run.complete('Submit');
    expect(run.openTaskElements()).toEqual(['Approve']);
  });

  it('given the amount comes as task output, when the task completes, then the gateway reads it and history records the change', async () => {
    const run = new RunDriver(await loadFixture('exclusive-gateway'));
    run.start();
    const effects = run.complete('Submit', { amount: 300 });
    expect(run.openTaskElements()).toEqual(['Review']);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'historyRecorded', entry: expect.objectContaining({ kind: 'variablesChanged', variables: { amount: 300 } }) }));
  });
});
