/** Service and script tasks ask for a registered handler by name (script text is never run); a failure becomes an incident to retry. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('service and script tasks', () => {
  it('given a service task, when it is reached, then its handler is requested by name', async () => {
    const run = new RunDriver(await loadFixture('service-task'));
    const effects = run.start();
    expect(effects).toContainEqual({ type: 'serviceTaskRequested', taskId: expect.any(String), elementId: 'ScrubDnc', handler: 'dnc.scrub' });
  });

  it('given the handler succeeded, when its result comes back, then the script task asks for its handler (the name), never running the script', async () => {
    const run = new RunDriver(await loadFixture('service-task'));
    run.start();
    const taskId = run.effectsOf('serviceTaskRequested')[0]!.taskId;
    const effects = run.send({ type: 'completeServiceTask', taskId, variables: { numbers: ['+15550100'] } });
    expect(effects).toContainEqual(expect.objectContaining({ type: 'serviceTaskRequested', elementId: 'AssignZones', handler: 'assignTimeZones' }));
  });

  it('given the handler failed, when it is retried, then the handler is requested again and the run goes on', async () => {
    const run = new RunDriver(await loadFixture('service-task'));
    run.start();
    const first = run.effectsOf('serviceTaskRequested')[0]!.taskId;
    run.send({ type: 'failServiceTask', taskId: first, error: 'DNC service unavailable' });
    const [incident] = run.effectsOf('incidentRaised');
    expect(incident).toMatchObject({ elementId: 'ScrubDnc', message: 'handler failed: DNC service unavailable' });
    expect(run.run.status).toBe('running');
    run.send({ type: 'retryIncident', incidentId: incident!.incidentId });
    const second = run.effectsOf('serviceTaskRequested')[0]!.taskId;
    expect(second).not.toBe(first);
    expect(() => run.send({ type: 'completeServiceTask', taskId: first })).toThrow(expect.objectContaining({ code: 'TASK_NOT_FOUND' }));
  });

  it('given a gateway with no default and no true condition, when it is reached, then an incident is raised, and a retry with fixed variables goes on', async () => {
    const run = new RunDriver(await loadFixture('service-task'));
    run.start();
    run.send({ type: 'completeServiceTask', taskId: run.effectsOf('serviceTaskRequested')[0]!.taskId, variables: { numbers: [] } });
    run.send({ type: 'completeServiceTask', taskId: run.effectsOf('serviceTaskRequested')[0]!.taskId });
    const [incident] = run.effectsOf('incidentRaised');
    expect(incident).toMatchObject({ elementId: 'Check' });
    expect(incident!.message).toMatch(/no condition of "Check" holds/);
    run.send({ type: 'retryIncident', incidentId: incident!.incidentId, variables: { numbers: ['+15550100'] } });
    expect(run.run.status).toBe('completed');
  });
});
