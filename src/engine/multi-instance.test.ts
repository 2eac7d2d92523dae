/** Multi-instance tasks: one instance per item of a collection, in parallel or one after another, each with its item. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

const leads = [{ name: 'Ann' }, { name: 'Bob' }, { name: 'Cid' }];

describe('multi-instance', () => {
  it('given three leads, when the parallel activity starts, then three tasks are created, each with its lead', async () => {
    const run = new RunDriver(await loadFixture('multi-instance'));
    run.start({ leads });
    expect(run.effectsOf('taskCreated').map((effect) => effect.locals)).toEqual([
      { loopCounter: 1, lead: { name: 'Ann' } },
      { loopCounter: 2, lead: { name: 'Bob' } },
      { loopCounter: 3, lead: { name: 'Cid' } },
    ]);
  });

  it('given the parallel instances, when all complete, then the sequential one runs one instance at a time', async () => {
    const run = new RunDriver(await loadFixture('multi-instance'));
    run.start({ leads, stop: false });
    for (let index = 0; index < 3; index++) run.complete('CallLeads');
    expect(run.openTaskElements()).toEqual(['ReviewLeads']);
    expect(run.effectsOf('taskCreated')[0]!.locals).toEqual({ loopCounter: 1, lead: { name: 'Ann' } });
    run.complete('ReviewLeads');
    expect(run.effectsOf('taskCreated')[0]!.locals).toEqual({ loopCounter: 2, lead: { name: 'Bob' } });
    run.complete('ReviewLeads');
    run.complete('ReviewLeads');
    expect(run.run.status).toBe('completed');
  });

  it('given a completion condition, when it holds after an instance, then the remaining instances are skipped', async () => {
    const run = new RunDriver(await loadFixture('multi-instance'));
    run.start({ leads, stop: false });
    for (let index = 0; index < 3; index++) run.complete('CallLeads');
    run.complete('ReviewLeads', { stop: true });
    expect(run.run.status).toBe('completed');
  });

  it('given an empty collection, when the activity is reached, then it completes at once', async () => {
    const run = new RunDriver(await loadFixture('multi-instance'));
    run.start({ leads: [], stop: false });
    expect(run.run.status).toBe('completed');
  });

  it('given a collection that is not a list, when the activity is reached, then an incident is raised', async () => {
    const run = new RunDriver(await loadFixture('multi-instance'));
    const effects = run.start({ leads: 'Ann' });
    expect(effects).toContainEqual(expect.objectContaining({ type: 'incidentRaised', elementId: 'CallLeads' }));
    expect(run.run.status).toBe('running');
  });
});
