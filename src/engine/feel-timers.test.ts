/**
 * Timers written as FEEL expressions (`=callbackAt`, `=followUpIn`): evaluated with the token's visible variables when
 * the timer is armed, so a task is due at a time the run carries; a value that is no date or duration raises an
 * incident naming the timer and its expression, and a retry with the variable set arms it again.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadProcess } from '../bpmn/load-process.ts';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver, T0 } from './testing/run-driver.ts';

async function startAt(message: string, variables: Record<string, unknown>) {
  const process = await loadFixture('feel-timers');
  const run = new RunDriver(process);
  run.start(variables, process.messageStartEventIds[message]);
  return run;
}

describe('timers given by FEEL expressions', () => {
  it('given "=callbackAt" and "=followUpIn", when compiled, then each keeps its expression without the "=" to evaluate later', async () => {
    const process = await loadFixture('feel-timers');
    expect(process.elements.CallbackDue!.trigger).toEqual({ kind: 'timer', timer: { type: 'dateExpression', value: 'callbackAt' } });
    expect(process.elements.Delay!.trigger).toEqual({ kind: 'timer', timer: { type: 'durationExpression', value: 'followUpIn' } });
  });

  it('given a callback time in the variables, when the task starts, then its boundary timer is due then and so is the task', async () => {
    const run = await startAt('callback', { callbackAt: '2025-03-04T16:30:00Z' });
    expect(run.effectsOf('timerScheduled')).toEqual([
      expect.objectContaining({ elementId: 'CallbackDue', dueAt: '2025-03-04T16:30:00.000Z' }),
      expect.objectContaining({ elementId: 'GiveUp', dueAt: '2025-03-10T09:00:00.000Z' }),
    ]);
    expect(run.effectsOf('taskCreated')).toEqual([expect.objectContaining({ elementId: 'CallBack', dueAt: '2025-03-04T16:30:00.000Z' })]);
    expect(run.effectsOf('taskCreated')[0]!.dueIn).toBeUndefined();
  });

  it('given an offset, a FEEL date and time in a named zone or a bare date, when armed, then each is read as the instant it names', async () => {
    expect(Object.values((await startAt('callback', { callbackAt: '2025-03-04T17:30:00+01:00' })).run.timers)[0]!.dueAt).toBe('2025-03-04T16:30:00.000Z');
    expect(Object.values((await startAt('callback', { callbackAt: '2025-03-05' })).run.timers)[0]!.dueAt).toBe('2025-03-05T00:00:00.000Z');
    // 09:00 in Paris is 08:00Z in March; the expression adds an hour.
    const choose = await startAt('choose', { replyBy: '2025-03-05T09:00:00@Europe/Paris' });
    expect(Object.values(choose.run.timers)).toEqual([expect.objectContaining({ elementId: 'ReplyBy', dueAt: '2025-03-05T09:00:00.000Z' })]);
  });

  it('given an expression reading now(), when armed, then now() is the command\'s now, never the machine\'s clock', async () => {
    const process = await loadFixture('feel-timers');
    const run = new RunDriver(process);
    run.now = '2020-01-01T00:00:00.000Z';
    run.start({}, process.messageStartEventIds.soon);
    expect(Object.values(run.run.timers)).toEqual([expect.objectContaining({ elementId: 'SoonAfter', dueAt: '2020-01-01T01:30:00.000Z' })]);
  });

  it('given a callback time already past, when armed, then the timer is due at that past time (the server fires it at once) and the task is already late', async () => {
    const run = await startAt('callback', { callbackAt: '2025-03-03T08:00:00Z' });
    expect(run.effectsOf('taskCreated')[0]).toMatchObject({ dueAt: '2025-03-03T08:00:00.000Z' });
    const due = Object.values(run.run.timers).find((timer) => timer.elementId === 'CallbackDue')!;
    run.send({ type: 'fireTimer', timerId: due.id });
    // Non-interrupting: the callback task stays open for the VA.
    expect(run.openTaskElements()).toEqual(['CallBack']);
    expect(run.run.status).toBe('running');
  });

  it('given a duration variable, when the catch event is reached, then it waits that long from now', async () => {
    const run = await startAt('wait', { followUpIn: 'PT2H30M' });
    expect(Object.values(run.run.timers)).toEqual([expect.objectContaining({ elementId: 'Delay', dueAt: '2025-03-03T11:30:00.000Z' })]);
    run.send({ type: 'fireTimer', timerId: Object.keys(run.run.timers)[0]! });
    expect(run.openTaskElements()).toEqual(['FollowUp']);
  });

  it('given no callback time, when the task would start, then an incident names the timer and its expression, no task or timer is left, and a retry with the time creates the task', async () => {
    const run = await startAt('callback', {});
    expect(run.effectsOf('incidentRaised')).toEqual([
      expect.objectContaining({ elementId: 'CallBack', message: 'timer "CallbackDue" cannot be scheduled: "=callbackAt" gave no value (null), not a date and time' }),
    ]);
    expect(run.effectsOf('taskCreated')).toEqual([]);
    expect(run.run.timers).toEqual({});
    expect(run.run.status).toBe('running');

    const [incident] = Object.values(run.run.incidents);
    run.send({ type: 'retryIncident', incidentId: incident!.id, variables: { callbackAt: '2025-03-04T16:30:00Z' } });
    expect(run.run.incidents).toEqual({});
    expect(run.effectsOf('taskCreated')).toEqual([expect.objectContaining({ elementId: 'CallBack', dueAt: '2025-03-04T16:30:00.000Z' })]);
    expect(Object.values(run.run.timers).map((timer) => timer.elementId)).toEqual(['CallbackDue', 'GiveUp']);
  });

  it('given values that are no instant or duration, when armed, then each incident says what the value was', async () => {
    const messageOf = async (message: string, variables: Record<string, unknown>) => (await startAt(message, variables)).effectsOf('incidentRaised')[0]?.message;
    expect(await messageOf('callback', { callbackAt: 'tomorrow at 5' })).toBe(
      'timer "CallbackDue" cannot be scheduled: "=callbackAt" gave the text "tomorrow at 5", not an ISO-8601 date and time with a zone such as 2026-01-31T09:00:00Z',
    );
    // Without a zone the instant would depend on the server's.
    expect(await messageOf('callback', { callbackAt: '2025-03-04T16:30:00' })).toMatch(/"=callbackAt" gave the text "2025-03-04T16:30:00", not an ISO-8601 date and time with a zone/);
    expect(await messageOf('callback', { callbackAt: 1741105800000 })).toMatch(/"=callbackAt" gave the number 1741105800000, not a date and time$/);
    expect(await messageOf('wait', { followUpIn: 5 })).toBe('timer "Delay" cannot be scheduled: "=followUpIn" gave the number 5, not a duration such as PT1H');
    expect(await messageOf('wait', { followUpIn: 'P99999999999Y' })).toBe('timer "Delay" cannot be scheduled: the due time is beyond the dates a timer can hold');
  });

  it('given an event-based gateway whose timer cannot be armed, when reached, then the incident holds the gateway with nothing armed', async () => {
    const run = await startAt('choose', { replyBy: 'soon' });
    expect(run.effectsOf('incidentRaised')).toEqual([expect.objectContaining({ elementId: 'Await', message: 'timer "ReplyBy" cannot be scheduled: "=date and time(replyBy) + duration("PT1H")" gave no value (null), not a date and time' })]);
    expect(run.run.subscriptions).toEqual({});
    expect(run.run.timers).toEqual({});
    expect(() => run.send({ type: 'correlateMessage', name: 'reply' })).toThrow(expect.objectContaining({ code: 'NO_MESSAGE_SUBSCRIPTION' }));
  });

  it('given a multi-instance sub-process over callbacks, when each instance starts its task, then each timer reads its own item', async () => {
    const run = await startAt('batch', { callbacks: [{ at: '2025-03-03T10:00:00Z' }, { at: '2025-03-03T11:00:00Z' }] });
    expect(run.effectsOf('taskCreated').map((task) => [task.elementId, task.dueAt])).toEqual([
      ['CallOne', '2025-03-03T10:00:00.000Z'],
      ['CallOne', '2025-03-03T11:00:00.000Z'],
    ]);
    expect(T0).toBe('2025-03-03T09:00:00.000Z');
  });

  it('given FEEL on a start event, on a cycle, broken or empty after "=", when compiled, then each is reported as not runnable with why', async () => {
    const { unsupported } = await loadProcess(await readFile(new URL('./fixtures/feel-timers-refused.bpmn', import.meta.url), 'utf8'));
    expect(Object.fromEntries(unsupported.map((entry) => [entry.elementId, entry.reason]))).toEqual({
      AtVariable: 'a timer start event cannot read variables, so its timer cannot be the FEEL expression "=startAt" (write a date, duration or cycle)',
      Broken: expect.stringMatching(/^timer date FEEL expression "callbackAt \+" does not parse/),
      Computed: 'timer cycle "=cycle" is a FEEL expression: a cycle must be written out (R[n]/<ISO-8601 duration> or cron)',
      Bare: 'timer duration "=" has no expression after "="',
    });
  });
});
