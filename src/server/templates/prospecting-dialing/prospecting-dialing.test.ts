/** The Prospecting dialing template on the engine: a logged callback starts its own run, whose "Call back" task waits in the VA's lane, due at the callback time. */
import { describe, expect, it } from 'vitest';
import { loadProcess } from '../../../bpmn/load-process.ts';
import { RunDriver } from '../../../engine/testing/run-driver.ts';
import { prospectingDialingTemplate } from './prospecting-dialing.ts';

async function loadTemplate() {
  const { process, unsupported } = await loadProcess(prospectingDialingTemplate().xml);
  expect(unsupported).toEqual([]);
  return process;
}

describe('the Prospecting dialing template', () => {
  it('given the diagram, then a lead hand-off and a callback each start a run at their own message start event', async () => {
    const process = await loadTemplate();
    expect(process.messageStartEventIds).toEqual({ LeadHandedOff: 'LeadHandedOff', CallbackRequested: 'CallbackRequested' });
    expect(process.elements.CallbackDue).toMatchObject({ kind: 'boundaryEvent', attachedToId: 'CallBack', cancelActivity: false, trigger: { kind: 'timer', timer: { type: 'dateExpression', value: 'callbackAt' } } });
  });

  it('given a callback requested for tomorrow, when its run starts, then the VA lane gets "Call back" due then, and it stays open past the time until done', async () => {
    const process = await loadTemplate();
    const run = new RunDriver(process);
    run.start({ callbackAt: '2025-03-04T15:00:00.000Z', callbackPhone: '+15125550100' }, process.messageStartEventIds.CallbackRequested);
    expect(run.effectsOf('taskCreated')).toEqual([expect.objectContaining({ elementId: 'CallBack', name: 'Call back', role: 'Virtual professional', dueAt: '2025-03-04T15:00:00.000Z' })]);

    const due = Object.values(run.run.timers)[0]!;
    run.now = due.dueAt;
    run.send({ type: 'fireTimer', timerId: due.id });
    expect(run.openTaskElements()).toEqual(['CallBack']);
    run.complete('CallBack');
    expect(run.run.status).toBe('completed');
  });

  it('given the documentation, then "Call back" goes to whoever started the run and tracks the dispositions', () => {
    const step = prospectingDialingTemplate().documentation.steps?.CallBack;
    expect(step).toMatchObject({ assignTo: { mode: 'starter' }, metricKeys: ['dispositions'] });
    expect(step?.instructions).toContain('Callback');
  });
});
