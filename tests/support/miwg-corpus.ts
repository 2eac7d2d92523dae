/**
 * The BPMN Model Interchange Working Group's test files (../shared/fixtures/bpmn-miwg, beside the repository): every
 * one must import, and export -> import must give back the same semantic tree and the documentation put in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProcessDocumentation } from '../../src/api/schemas/process-documentation.ts';
import { describeElements } from '../../src/bpmn/studio/describe-elements.ts';
import { readBpmnFile } from '../../src/bpmn/studio/read-bpmn-file.ts';
import { semanticTree } from '../../src/bpmn/studio/semantic-tree.ts';
import type { StudioElement } from '../../src/bpmn/studio/studio-moddle.ts';
import { writeBpmnFile } from '../../src/bpmn/studio/write-bpmn-file.ts';

export const MIWG_DIRECTORY = path.resolve(import.meta.dirname, '../../../shared/fixtures/bpmn-miwg');

const SWIMLANE_TYPES = ['swimlane:ProcessDocumentation', 'swimlane:StepDocumentation'];

/** Documentation naming the file's own lanes and elements, so it has somewhere to go. */
function documentationFor(definitions: StudioElement): ProcessDocumentation {
  const elements = [...describeElements(definitions).values()];
  const lane = elements.find((element) => element.type === 'bpmn:Lane');
  const step = elements.find((element) => element.type.endsWith('Task')) ?? elements.find((element) => element.type !== 'bpmn:Participant' && element.type !== 'bpmn:Lane');
  return ProcessDocumentation.parse({
    objective: 'Round trip: é, <b>, & "quotes"',
    roles: lane ? [{ laneId: lane.id, responsibilities: 'Own the **whole** lane.', assignment: { mode: 'roundRobin', userIds: [3, 5] } }] : [],
    tools: [{ key: 'crm', name: 'CRM', url: 'https://crm.example/?a=1&b=2', laneIds: lane ? [lane.id] : [] }],
    counters: [{ key: 'dials', label: 'Dials' }],
    kpis: [{ key: 'dialsPerHour', label: 'Dials per hour', numerator: 'dials', denominator: 'phoneHours', targets: [{ period: 'day', value: 45.5 }] }],
    steps: step ? { [step.id]: { instructions: 'Line one\n\nLine two', checklist: ['First'], metricKeys: ['dials'], dueIn: 'PT1H', assignTo: { mode: 'person', userId: 7 } } } : {},
  });
}

/** One test per .bpmn file of the folder; skipped with a message when the corpus is missing, except in CI. */
export function describeMiwgRoundTrip(folder: string): void {
  const directory = path.join(MIWG_DIRECTORY, folder);
  if (!fs.existsSync(directory)) {
    if (process.env.CI) throw new Error(`The MIWG corpus is required in CI but ${directory} does not exist`);
    console.warn(`\n  SKIPPED the MIWG corpus in ${folder}: ${directory} does not exist (it comes with ../shared)\n`);
    describe.skip(`MIWG corpus ${folder}`, () => undefined);
    return;
  }
  const files = fs.readdirSync(directory).filter((file) => file.endsWith('.bpmn')).sort();

  describe(`MIWG corpus ${folder}`, () => {
    it('holds files to test', () => {
      expect(files.length).toBeGreaterThan(10);
    });

    for (const file of files) {
      it(`given ${file}, when imported, exported with documentation and imported again, then the semantic tree and the documentation are unchanged`, async () => {
        const imported = await readBpmnFile(fs.readFileSync(path.join(directory, file)));
        expect(imported.warnings.join('\n')).not.toMatch(/no diagram layout/);
        // The file as read: the corpus carries no Swimlane documentation, so nothing was taken out of it.
        const original = imported.definitions;
        const documentation = documentationFor(original);

        const exported = await writeBpmnFile(imported.xml, documentation);
        const reimported = await readBpmnFile(Buffer.from(exported, 'utf8'));
        const final = reimported.definitions;

        // Compared as text, which is fast; on a difference, compared again by vitest for a readable failure:
        // ids, types, names, lanes and flows first, then everything, unknown extensions included.
        const [before, after] = [semanticTree(original), semanticTree(final, { omitTypes: SWIMLANE_TYPES })];
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          expect([...describeElements(final).values()]).toEqual([...describeElements(original).values()]);
          expect(after).toEqual(before);
        }
        expect(JSON.stringify(after).length).toBeGreaterThan(1000);
        expect(ProcessDocumentation.parse({ ...reimported.documentation.process, steps: reimported.documentation.steps })).toEqual(documentation);
      });
    }
  });
}
