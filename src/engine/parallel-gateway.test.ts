/** Parallel gateway: the fork starts every branch; the join waits for one arrival on each incoming flow. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('parallel gateway', () => {
  it('given the fork, when the run starts, then a task is created on every branch, in flow order', async () => {
    const run = new RunDriver(await loadFixture('parallel-gateway'));
    run.start();
    expect(run.effectsOf('taskCreated').map((effect) => effect.elementId)).toEqual(['CreateAccounts', 'ShipLaptop', 'PlanTraining']);
  });

  it('given two of three branches done, when the last completes, then the join fires exactly once', async () => {
    const run = new RunDriver(await loadFixture('parallel-gateway'));
    run.start();
    run.complete('ShipLaptop');
    run.complete('CreateAccounts');
    expect(run.openTaskElements()).toEqual(['PlanTraining']);
    expect(Object.keys(run.run.joins)).toEqual(['root/Join']);
    run.complete('PlanTraining');
    expect(run.openTaskElements()).toEqual(['Welcome']);
    expect(run.run.joins).toEqual({});
    run.complete('Welcome');
    expect(run.run.status).toBe('completed');
    expect(run.effectsOf('runCompleted')).toEqual([{ type: 'runCompleted', status: 'completed' }]);
  });
});
