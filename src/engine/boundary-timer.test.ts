/** Boundary timers: a non-interrupting one spawns a parallel path (a reminder), an interrupting one cancels its activity (a deadline). */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver, T0 } from './testing/run-driver.ts';

describe('boundary timer events', () => {
  it('given a task with a one-hour timer, when the run starts, then the timer is scheduled from now and the task is due then', async () => {
    const run = new RunDriver(await loadFixture('boundary-timer'));
    run.start();
    expect(run.effectsOf('timerScheduled')).toEqual([
      expect.objectContaining({ elementId: 'Reminder', dueAt: '2025-03-03T10:00:00.000Z' }),
      expect.objectContaining({ elementId: 'Deadline', dueAt: '2025-03-04T09:00:00.000Z' }),
    ]);
    expect(run.effectsOf('taskCreated').find((task) => task.elementId === 'FollowUp')).toMatchObject({ dueAt: '2025-03-03T10:00:00.000Z', dueIn: 'PT1H' });
    expect(T0).toBe('2025-03-03T09:00:00.000Z');
  });

  it('given the task is done in time, when it completes, then its timer is cancelled', async () => {
    const run = new RunDriver(await loadFixture('boundary-timer'));
    run.start();
    const timerId = Object.values(run.run.timers).find((timer) => timer.elementId === 'Reminder')!.id;
    const effects = run.complete('FollowUp');
    expect(effects).toContainEqual({ type: 'timerCancelled', timerId, elementId: 'Reminder' });
    expect(run.openTaskElements()).toEqual(['Investigate']);
  });

  it('given a non-interrupting timer, when it fires, then the escalation starts and the task stays open', async () => {
    const run = new RunDriver(await loadFixture('boundary-timer'));
    run.start();
    const timer = Object.values(run.run.timers).find((candidate) => candidate.elementId === 'Reminder')!;
    run.now = timer.dueAt;
    run.send({ type: 'fireTimer', timerId: timer.id });
    expect(run.openTaskElements()).toEqual(['Escalate', 'FollowUp', 'Investigate']);
    run.complete('FollowUp');
    run.complete('Escalate');
    run.complete('Investigate');
    expect(run.run.status).toBe('completed');
  });

  it('given an interrupting timer on a sub-process, when it fires, then the work inside is cancelled and the timeout path runs', async () => {
    const run = new RunDriver(await loadFixture('boundary-timer'));
    run.start();
    const timer = Object.values(run.run.timers).find((candidate) => candidate.elementId === 'Deadline')!;
    const investigateId = run.task('Investigate').id;
    const effects = run.send({ type: 'fireTimer', timerId: timer.id });
    expect(effects).toContainEqual({ type: 'taskCancelled', taskId: investigateId, elementId: 'Investigate' });
    expect(run.openTaskElements()).toEqual(['FollowUp', 'GiveUp']);
  });

  it('given a timer that was cancelled, when it is fired anyway, then the command is refused', async () => {
    const run = new RunDriver(await loadFixture('boundary-timer'));
    run.start();
    const timer = Object.values(run.run.timers).find((candidate) => candidate.elementId === 'Reminder')!;
    run.complete('FollowUp');
    expect(() => run.send({ type: 'fireTimer', timerId: timer.id })).toThrow(expect.objectContaining({ code: 'TIMER_NOT_FOUND' }));
  });
});
