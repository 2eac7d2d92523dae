/** End events: a none end ends one path; a terminate end ends everything still running in its scope. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('end events', () => {
  it('given two paths, when one reaches a none end, then the run waits for the other', async () => {
    const run = new RunDriver(await loadFixture('end-events'));
    run.start({ abort: false });
    run.complete('Fast');
    expect(run.run.status).toBe('running');
    run.complete('Slow');
    expect(run.run.status).toBe('completed');
  });

  it('given a path reaching a terminate end, when it does, then the other task is cancelled and the run is terminated', async () => {
    const run = new RunDriver(await loadFixture('end-events'));
    run.start({ abort: true });
    const slowTaskId = run.task('Slow').id;
    const effects = run.complete('Fast');
    expect(effects).toContainEqual({ type: 'taskCancelled', taskId: slowTaskId, elementId: 'Slow' });
    expect(effects).toContainEqual({ type: 'runCompleted', status: 'terminated' });
    expect(run.run).toMatchObject({ status: 'terminated', tokens: {}, tasks: {} });
  });
});
