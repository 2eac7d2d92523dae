/** lintDefinitions: bpmnlint's recommended rules, ours and the engine's limits in one list; a crashing rule is a warning, not a crash. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createStarterDiagram } from '../studio/create-starter-diagram.ts';
import { readStudioBpmn } from '../studio/studio-moddle.ts';
import { lintDefinitions } from './lint-definitions.ts';

const NO_METRICS = { metricKeys: [], kpiOperands: [], stepMetricKeys: {}, kpis: [] };

describe('lintDefinitions', () => {
  it('given the prospecting process and the starter diagram, when linted, then there is nothing to report', async () => {
    for (const xml of [await readFile(new URL('../../engine/fixtures/prospecting.bpmn', import.meta.url), 'utf8'), await createStarterDiagram({ name: 'New', roles: ['Caller', 'Agent'] })]) {
      expect(await lintDefinitions((await readStudioBpmn(xml)).definitions, { metrics: NO_METRICS })).toEqual([]);
    }
  });

  it('given a rule that throws, when linted, then it is one warning on the element it failed on, and the other rules still report', async () => {
    const { definitions } = await readStudioBpmn(await readFile(new URL('./rules/fixtures/user-task-in-lane-invalid.bpmn', import.meta.url), 'utf8'));
    const explode = () => ({
      check(node: { $type: string }) {
        if (node.$type === 'bpmn:UserTask') throw new Error('boom');
      },
    });
    const problems = await lintDefinitions(definitions, { metrics: NO_METRICS, extraRules: { explode } });
    expect(problems.filter((problem) => problem.rule === 'swimlane/explode')).toEqual([
      { elementId: 'Call', rule: 'swimlane/explode', severity: 'warning', message: 'This rule could not check the diagram: boom' },
    ]);
    expect(problems.some((problem) => problem.rule === 'swimlane/user-task-in-lane')).toBe(true);
    expect(problems.some((problem) => problem.rule === 'bpmnlint/no-bpmndi')).toBe(true);
  });

  it('given an element the engine cannot run, when linted, then it is an error under swimlane/executable', async () => {
    const { definitions } = await readStudioBpmn(await readFile(new URL('./rules/fixtures/feel-conditions-parse-valid.bpmn', import.meta.url), 'utf8'));
    const problems = await lintDefinitions(definitions, { metrics: NO_METRICS });
    expect(problems).toContainEqual({ elementId: 'Flow_Js', rule: 'swimlane/executable', severity: 'error', message: expect.stringContaining('condition language "javascript" is not FEEL') });
  });

  it('given a service task naming a handler the server does not have, when linted with the handlers of the server, then it is an error naming both', async () => {
    const { definitions } = await readStudioBpmn(await readFile(new URL('./rules/fixtures/user-task-in-lane-invalid.bpmn', import.meta.url), 'utf8'));
    const handlerProblems = async (handlerNames?: string[]) =>
      (await lintDefinitions(definitions, { metrics: NO_METRICS, handlerNames })).filter((problem) => problem.elementId === 'Notify' && problem.rule === 'swimlane/executable');
    expect(await handlerProblems(['noop', 'log'])).toEqual([
      {
        elementId: 'Notify',
        rule: 'swimlane/executable',
        severity: 'error',
        message: 'This service task runs the handler "A service task needs no lane", which this server does not have (it has: noop, log)',
      },
    ]);
    expect(await handlerProblems(['noop', 'A service task needs no lane'])).toEqual([]);
    expect(await handlerProblems()).toEqual([]);
  });
});
