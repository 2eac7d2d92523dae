/** swimlane/user-task-in-lane: a task a person does sits in a lane, directly or through its sub-process. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readStudioBpmn } from '../../studio/studio-moddle.ts';
import { lintDefinitions } from '../lint-definitions.ts';

const NO_METRICS = { metricKeys: [], kpiOperands: [], stepMetricKeys: {}, kpis: [] };

async function problemsOf(fixture: string) {
  const { definitions } = await readStudioBpmn(await readFile(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8'));
  return (await lintDefinitions(definitions, { metrics: NO_METRICS })).filter((problem) => problem.rule === 'swimlane/user-task-in-lane');
}

describe('swimlane/user-task-in-lane', () => {
  it('given every person task in a lane (one through its sub-process), when linted, then nothing is reported', async () => {
    expect(await problemsOf('user-task-in-lane-valid.bpmn')).toEqual([]);
  });

  it('given tasks outside every lane, when linted, then each is an error, and a service task is not', async () => {
    const problems = await problemsOf('user-task-in-lane-invalid.bpmn');
    expect(problems.map((problem) => problem.elementId).sort()).toEqual(['Inner', 'Orphan']);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
  });
});
