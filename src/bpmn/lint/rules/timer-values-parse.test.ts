/** swimlane/timer-values-parse: timer durations and dates are ISO-8601 or FEEL after "=", cycles ISO-8601 or cron. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readStudioBpmn } from '../../studio/studio-moddle.ts';
import { lintDefinitions } from '../lint-definitions.ts';

const NO_METRICS = { metricKeys: [], kpiOperands: [], stepMetricKeys: {}, kpis: [] };

async function lintFixture(fixture: string) {
  const { definitions } = await readStudioBpmn(await readFile(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8'));
  return lintDefinitions(definitions, { metrics: NO_METRICS });
}

describe('swimlane/timer-values-parse', () => {
  it('given a PT1H duration, an ISO date, an R/P1D cycle and a weekday cron start, when linted, then nothing is reported', async () => {
    expect((await lintFixture('timer-values-parse-valid.bpmn')).filter((problem) => problem.rule === 'swimlane/timer-values-parse')).toEqual([]);
  });

  it('given a date "=callbackAt" on a boundary event and a FEEL duration on a catch event, when linted, then neither this rule nor the engine objects', async () => {
    const problems = await lintFixture('timer-values-parse-valid.bpmn');
    const ours = problems.filter((problem) => problem.rule.startsWith('swimlane/'));
    expect(ours.filter((problem) => problem.elementId === 'CallbackDue' || problem.elementId === 'WaitFollowUp')).toEqual([]);
  });

  it('given words, a cycle in words, broken FEEL after "=", a 31st of February, a FEEL cycle and an empty timer, when linted, then each is an error saying what is expected, reported once', async () => {
    const problems = await lintFixture('timer-values-parse-invalid.bpmn');
    const timers = problems.filter((problem) => problem.rule === 'swimlane/timer-values-parse');
    expect(Object.fromEntries(timers.map((problem) => [problem.elementId, problem.message]))).toEqual({
      Late: 'Timer duration "one hour" is not an ISO-8601 duration such as PT1H',
      Monday: 'Timer date "next monday" is not an ISO-8601 date such as 2026-01-31T09:00:00Z',
      Daily: 'Timer cycle "every day at 9" is neither a repeating interval such as R3/PT10M nor a cron expression such as 0 9 * * 1-5',
      Empty: 'Give the timer a duration, a date or a cycle',
      Nonsense: 'Timer date "=callbackAt +" is not valid FEEL after "=": it ends too early',
      Overflow: 'Timer date "2026-02-31" is not an ISO-8601 date such as 2026-01-31T09:00:00Z',
      Repeating: 'Timer cycle "=cycle" cannot be a FEEL expression: write a repeating interval such as R3/PT10M or a cron expression such as 0 9 * * 1-5',
    });
    // The engine's own report of the same timers is left out: one problem per mistake.
    expect(problems.filter((problem) => problem.rule === 'swimlane/executable' && problem.elementId === 'Late')).toEqual([]);
  });
});
