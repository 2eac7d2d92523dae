/** compileProcess: indexes a process for the engine, freezes it, and lists by id and type everything the engine cannot run. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compileProcess } from './compile-process.ts';
import { readBpmn } from './read-bpmn.ts';

async function compileFixture(processId?: string) {
  const { definitions } = await readBpmn(await readFile(new URL('./fixtures/compile-process.bpmn', import.meta.url), 'utf8'));
  return compileProcess(definitions, processId);
}

describe('compileProcess', () => {
  it('given definitions with several processes, when none is named, then the executable one is compiled', async () => {
    const { process } = await compileFixture();
    expect(process.id).toBe('Compiled');
    expect((await compileFixture('NotExecutable')).process.id).toBe('NotExecutable');
    await expect(compileFixture('Missing')).rejects.toThrow('no process with id "Missing"');
  });

  it('given the process, when compiled, then flows, lanes, defaults, conditions and handlers are indexed', async () => {
    const { process } = await compileFixture();
    expect(process.elements.Call).toMatchObject({ kind: 'userTask', role: 'Caller', incoming: ['Flow_1'], outgoing: ['Flow_2'], boundaryEventIds: ['Late', 'Stopped'], documentation: 'Dial every number.' });
    expect(process.elements.Start!.role).toBe('Team');
    expect(process.elements.Reply).toMatchObject({ kind: 'receiveTask', scopeId: 'Work', role: 'Caller', trigger: { kind: 'message', messageName: 'reply' } });
    expect(process.elements.Decide).toMatchObject({ kind: 'exclusiveGateway', defaultFlowId: 'Flow_Default' });
    expect(process.flows.Flow_Yes).toEqual({ id: 'Flow_Yes', sourceId: 'Decide', targetId: 'Work', condition: 'answered = true' });
    expect(process.elements.Notify!.handler).toBe('notifyAgent');
    expect(process.scopes.Work).toEqual({ id: 'Work', kind: 'subProcess', elementIds: ['WorkStart', 'Reply', 'WorkEnd'], startEventIds: ['WorkStart'] });
    expect(process.roles).toEqual(['Team', 'Caller']);
  });

  it('given events and loops, when compiled, then timers stay ISO-8601 strings and multi-instance keeps its FEEL collection', async () => {
    const { process } = await compileFixture();
    expect(process.elements.Late).toMatchObject({ kind: 'boundaryEvent', attachedToId: 'Call', cancelActivity: false, trigger: { kind: 'timer', timer: { type: 'cycle', value: 'R3/PT10M', repetitions: 3, interval: 'PT10M' } } });
    expect(process.elements.Stopped).toMatchObject({ cancelActivity: true, trigger: { kind: 'signal', signalName: 'stop' } });
    expect(process.elements.Weekdays).toMatchObject({ kind: 'startEvent', trigger: { kind: 'timer', timer: { type: 'cron', value: '0 9 * * 1-5' } } });
    expect(process.elements.Call!.multiInstance).toEqual({ sequential: true, collection: 'numbers', elementVariable: 'number' });
  });

  it('given elements the engine cannot run, when compiled, then each is reported by id and type with a reason, never dropped', async () => {
    const { process, unsupported } = await compileFixture();
    expect(unsupported.map(({ elementId, type }) => [elementId, type])).toEqual([
      ['Escalate', 'bpmn:CallActivity'],
      ['Complex', 'bpmn:ComplexGateway'],
      ['Error', 'bpmn:EndEvent'],
      ['Cron', 'bpmn:IntermediateCatchEvent'],
      ['Events', 'bpmn:SubProcess'],
      ['Flow_JS', 'bpmn:SequenceFlow'],
      ['Flow_Bad', 'bpmn:SequenceFlow'],
    ]);
    expect(unsupported.find((entry) => entry.elementId === 'Cron')!.reason).toMatch(/timer start events only/);
    expect(unsupported.find((entry) => entry.elementId === 'Flow_JS')!.reason).toMatch(/javascript/);
    expect(unsupported.find((entry) => entry.elementId === 'Flow_Bad')!.reason).toMatch(/does not parse/);
    expect(process.elements.Escalate!.kind).toBe('unsupported');
  });

  it('given a compiled process, when anything tries to change it, then it cannot', async () => {
    const { process } = await compileFixture();
    expect(Object.isFrozen(process)).toBe(true);
    expect(Object.isFrozen(process.elements.Call!.outgoing)).toBe(true);
    expect(() => {
      (process.elements as Record<string, unknown>).Call = null;
    }).toThrow(TypeError);
  });
});
