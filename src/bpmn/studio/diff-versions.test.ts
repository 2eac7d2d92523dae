/** diffVersions: elements added, removed and changed (by field, step documentation included) and process documentation paths. */
import { describe, expect, it } from 'vitest';
import { createStarterDiagram } from './create-starter-diagram.ts';
import { describeElements } from './describe-elements.ts';
import { diffVersions } from './diff-versions.ts';
import type { ProcessDocumentationShape } from './documentation-shape.ts';
import { readStudioBpmn } from './studio-moddle.ts';

const EMPTY: ProcessDocumentationShape = { objective: '', roles: [], tools: [], scriptIds: [], counters: [], dispositions: [], kpis: [], steps: {} };

async function elementsOf(xml: string) {
  return describeElements((await readStudioBpmn(xml)).definitions);
}

describe('diffVersions', () => {
  it('given a task renamed and moved to another lane, a step added with its flows, and documentation edited, when diffed, then each shows once with what changed', async () => {
    const before = await createStarterDiagram({ name: 'P', roles: ['Caller', 'Agent'] });
    const after = before
      .replace('name="First step"', 'name="Dial"')
      .replace('<bpmn:flowNodeRef>Task_1</bpmn:flowNodeRef>', '')
      .replace('<bpmn:lane id="Lane_2" name="Agent" />', '<bpmn:lane id="Lane_2" name="Agent"><bpmn:flowNodeRef>Task_1</bpmn:flowNodeRef></bpmn:lane>')
      .replace('<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="EndEvent_1" />', '<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="Task_2" /><bpmn:userTask id="Task_2" name="Log" /><bpmn:sequenceFlow id="Flow_3" sourceRef="Task_2" targetRef="EndEvent_1" />');
    const from = { elements: await elementsOf(before), documentation: { ...EMPTY, counters: [{ key: 'dials', label: 'Dials' }], steps: { Task_1: { instructions: 'Call', checklist: [], toolKeys: [], metricKeys: [], dueIn: null } } } };
    const to = { elements: await elementsOf(after), documentation: { ...EMPTY, objective: 'Leads', steps: { Task_1: { instructions: 'Call', checklist: [], toolKeys: [], metricKeys: [], dueIn: 'PT1H' } } } };

    const { elements, documentation } = diffVersions(from, to);
    expect(elements).toHaveLength(5);
    expect(elements).toEqual(expect.arrayContaining([
      { elementId: 'EndEvent_1', type: 'bpmn:EndEvent', name: 'Done', change: 'changed', fields: ['incoming flows'] },
      { elementId: 'Task_1', type: 'bpmn:UserTask', name: 'Dial', change: 'changed', fields: ['name', 'lane', 'documentation.dueIn'] },
      { elementId: 'Task_2', type: 'bpmn:UserTask', name: 'Log', change: 'added', fields: [] },
      { elementId: 'Flow_2', type: 'bpmn:SequenceFlow', name: null, change: 'changed', fields: ['target'] },
      { elementId: 'Flow_3', type: 'bpmn:SequenceFlow', name: null, change: 'added', fields: [] },
    ]));
    expect(documentation).toEqual([
      { path: 'objective', change: 'added' },
      { path: 'counters.dials', change: 'removed' },
    ]);
    expect(diffVersions(to, from).elements.filter((element) => element.change === 'removed').map((element) => element.elementId)).toEqual(['Task_2', 'Flow_3']);
  });
});
