/** Inclusive gateway: forks on every true condition (else the default); the join waits while a token can still reach it. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('inclusive gateway', () => {
  it('given one channel, when the branch completes, then the join fires without waiting for the others', async () => {
    const run = new RunDriver(await loadFixture('inclusive-gateway'));
    run.start({ channels: ['email'] });
    expect(run.openTaskElements()).toEqual(['SendEmail']);
    run.complete('SendEmail');
    expect(run.openTaskElements()).toEqual(['Close']);
  });

  it('given two channels, when the short branch arrives first, then the join waits for the longer branch to arrive', async () => {
    const run = new RunDriver(await loadFixture('inclusive-gateway'));
    run.start({ channels: ['email', 'phone'] });
    expect(run.openTaskElements()).toEqual(['Call', 'SendEmail']);
    run.complete('SendEmail');
    expect(run.openTaskElements()).toEqual(['Call']);
    run.complete('Call');
    expect(run.openTaskElements()).toEqual(['LogCall']);
    run.complete('LogCall');
    expect(run.openTaskElements()).toEqual(['Close']);
    run.complete('Close');
    expect(run.run.status).toBe('completed');
  });

  it('given no condition holds, when the gateway is reached, then the default flow alone is taken', async () => {
    const run = new RunDriver(await loadFixture('inclusive-gateway'));
    run.start({ channels: [] });
    expect(run.openTaskElements()).toEqual(['SendLetter']);
  });
});
