/** swimlane/feel-conditions-parse: FEEL conditions parse, checked without evaluating them. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { findFeelSyntaxError } from '../../find-feel-syntax-error.ts';
import { readStudioBpmn } from '../../studio/studio-moddle.ts';
import { lintDefinitions } from '../lint-definitions.ts';

const NO_METRICS = { metricKeys: [], kpiOperands: [], stepMetricKeys: {}, kpis: [] };

async function lintFixture(fixture: string) {
  const { definitions } = await readStudioBpmn(await readFile(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8'));
  return lintDefinitions(definitions, { metrics: NO_METRICS });
}

describe('swimlane/feel-conditions-parse', () => {
  it('given a FEEL condition (with the leading =) and a JavaScript one, when linted, then FEEL passes and JavaScript is left to the executable rule', async () => {
    const problems = await lintFixture('feel-conditions-parse-valid.bpmn');
    expect(problems.filter((problem) => problem.rule === 'swimlane/feel-conditions-parse')).toEqual([]);
    expect(problems.find((problem) => problem.elementId === 'Flow_Js' && problem.rule === 'swimlane/executable')!.message).toContain('not FEEL');
  });

  it('given an unfinished comparison and an unclosed string, when linted, then each is an error naming the condition', async () => {
    const problems = (await lintFixture('feel-conditions-parse-invalid.bpmn')).filter((problem) => problem.rule === 'swimlane/feel-conditions-parse');
    expect(problems.map((problem) => problem.elementId).sort()).toEqual(['Flow_Quote', 'Flow_Yes']);
    expect(problems.find((problem) => problem.elementId === 'Flow_Quote')!.message).toMatch(/^Condition "source = "expired" is not valid FEEL/);
  });

  it('given an expensive expression, when checked, then it is parsed, not run', () => {
    const started = performance.now();
    expect(findFeelSyntaxError('count(for x in 1..100000000 return x) > 0')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
