/** swimlane/exclusive-gateway-conditions: a deciding exclusive gateway's outgoing flows have conditions or are its default. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readStudioBpmn } from '../../studio/studio-moddle.ts';
import { lintDefinitions } from '../lint-definitions.ts';

const NO_METRICS = { metricKeys: [], kpiOperands: [], stepMetricKeys: {}, kpis: [] };

async function problemsOf(fixture: string) {
  const { definitions } = await readStudioBpmn(await readFile(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8'));
  return (await lintDefinitions(definitions, { metrics: NO_METRICS })).filter((problem) => problem.rule === 'swimlane/exclusive-gateway-conditions');
}

describe('swimlane/exclusive-gateway-conditions', () => {
  it('given a condition on one flow and a default on the other, and a gateway with one way out, when linted, then nothing is reported', async () => {
    expect(await problemsOf('exclusive-gateway-conditions-valid.bpmn')).toEqual([]);
  });

  it('given a gateway without default whose flows lack conditions, when linted, then each such flow is an error naming the gateway', async () => {
    const problems = await problemsOf('exclusive-gateway-conditions-invalid.bpmn');
    expect(problems.map((problem) => problem.elementId).sort()).toEqual(['Flow_Maybe', 'Flow_No']);
    expect(problems[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('"Lead found?"') });
  });
});
