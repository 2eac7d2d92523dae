/**
 * The documentation a .bpmn file carries comes back as it went in: every field of the API's ProcessDocumentation
 * travels (a field added to the schema fails here until the moddle package carries it), and what is not valid is
 * left out with a warning.
 */
import { describe, expect, it } from 'vitest';
import { CounterDoc, DispositionDoc, KpiDoc, ProcessDocumentation, RoleDoc, StepDoc, ToolDoc } from '../../api/schemas/process-documentation.ts';
import { createStarterDiagram } from '../../bpmn/studio/create-starter-diagram.ts';
import { readBpmnFile } from '../../bpmn/studio/read-bpmn-file.ts';
import { writeBpmnFile } from '../../bpmn/studio/write-bpmn-file.ts';
import { parseEmbeddedDocumentation } from './parse-embedded-documentation.ts';

/** The fields the swimlane moddle package (src/bpmn/studio/swimlane-moddle-descriptor.ts) carries, per schema. */
const CARRIED = {
  ProcessDocumentation: ['objective', 'roles', 'tools', 'scriptIds', 'counters', 'dispositions', 'kpis', 'steps'],
  RoleDoc: ['laneId', 'responsibilities', 'assignment'],
  ToolDoc: ['key', 'name', 'url', 'purpose', 'laneIds'],
  CounterDoc: ['key', 'label'],
  DispositionDoc: ['key', 'label', 'countsAs'],
  KpiDoc: ['key', 'label', 'numerator', 'denominator', 'targets'],
  StepDoc: ['instructions', 'checklist', 'toolKeys', 'metricKeys', 'dueIn', 'assignTo'],
};

describe('documentation in a .bpmn file', () => {
  it('given the documentation schemas, then each field is one the moddle package carries', () => {
    const schemas = { ProcessDocumentation, RoleDoc, ToolDoc, CounterDoc, DispositionDoc, KpiDoc, StepDoc };
    for (const [name, schema] of Object.entries(schemas)) expect(Object.keys(schema.shape).sort(), name).toEqual([...CARRIED[name as keyof typeof CARRIED]].sort());
  });

  it('given documentation using every field, when written into a file and read back, then it is the same', async () => {
    const documentation = ProcessDocumentation.parse({
      objective: 'Leads, fast.\n\n  Indented & <escaped>  ',
      roles: [
        { laneId: 'Lane_1', responsibilities: 'Dial', assignment: { mode: 'roundRobin', userIds: [4, 2] } },
        { laneId: 'Lane_2', assignment: { mode: 'pool' } },
      ],
      tools: [{ key: 'dialer', name: 'Dialer', url: 'https://dialer.example/a?b=1&c=2', purpose: 'Calls', laneIds: ['Lane_1', 'Lane_2'] }],
      scriptIds: [12, 3],
      counters: [{ key: 'dials', label: 'Dials' }],
      dispositions: [{ key: 'voicemail', label: 'Voicemail' }, { key: 'appointmentSet', label: 'Appointment set', countsAs: ['talkTo', 'lead', 'appointmentSet'] }],
      kpis: [
        { key: 'talkToRate', label: 'Talk-to rate', numerator: 'talkTo', denominator: 'dials', targets: [{ period: 'week', value: 0.125 }, { period: 'month', value: 0.1 }] },
        { key: 'dialsPerDay', label: 'Dials', numerator: 'dials' },
      ],
      steps: {
        Task_1: { instructions: '# Call\n\n- one\n- two', checklist: ['a', 'b'], toolKeys: ['dialer'], metricKeys: ['dials'], dueIn: 'PT1H30M', assignTo: { mode: 'completerOf', stepId: 'StartEvent_1' } },
        EndEvent_1: { assignTo: { mode: 'person', userId: 9 } },
        StartEvent_1: { assignTo: { mode: 'starter' } },
      },
    });
    const xml = await createStarterDiagram({ name: 'P', roles: ['Caller', 'Agent'] });
    const file = await readBpmnFile(Buffer.from(await writeBpmnFile(xml, documentation)));
    expect(parseEmbeddedDocumentation(file.documentation)).toEqual({ documentation, warnings: [] });
  });

  it('given a file whose documentation is partly invalid, when read, then the valid parts are kept and each invalid one is a warning', () => {
    const { documentation, warnings } = parseEmbeddedDocumentation({
      process: { objective: 'Kept', kpis: [{ key: 'Bad Key', label: 'x', numerator: 'dials' }], counters: [{ key: 'dials', label: 'Dials' }] },
      steps: { Task_1: { instructions: 'Kept' }, Task_2: { dueIn: 'one hour' } },
    });
    expect(documentation).toMatchObject({ objective: 'Kept', kpis: [], counters: [{ key: 'dials', label: 'Dials' }], steps: { Task_1: { instructions: 'Kept' } } });
    expect(documentation.steps.Task_2).toBeUndefined();
    expect(warnings).toEqual([
      expect.stringMatching(/^The file's documentation "kpis" is not valid and was left out \(kpis\.0\.key: must start with a lowercase letter/),
      expect.stringMatching(/^The documentation of step "Task_2" is not valid and was left out \(dueIn: must be an ISO-8601 duration/),
    ]);
  });
});
