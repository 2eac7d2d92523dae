/** swimlane/metric-keys-defined: what a step tracks and what a KPI counts is defined in the documentation. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readStudioBpmn } from '../../studio/studio-moddle.ts';
import { lintDefinitions } from '../lint-definitions.ts';
import type { MetricKeysConfig } from './metric-keys-defined.ts';

const KPI_OPERANDS = ['talkTo', 'lead', 'appointmentSet', 'phoneHours'];

/** The documentation of the fixture's two steps, as the server derives the rule's configuration from it. */
const valid: MetricKeysConfig = {
  metricKeys: ['dials', 'noAnswer', 'lead', 'dispositions'],
  kpiOperands: KPI_OPERANDS,
  stepMetricKeys: { Dial: ['dials', 'dispositions'], HandOff: ['lead'] },
  kpis: [
    { key: 'talkToRate', numerator: 'talkTo', denominator: 'dials' },
    { key: 'dialsPerHour', numerator: 'dials', denominator: 'phoneHours' },
  ],
};
const invalid: MetricKeysConfig = {
  metricKeys: ['dials'],
  kpiOperands: KPI_OPERANDS,
  stepMetricKeys: { Dial: ['dials', 'dispositions'], HandOff: ['leads'] },
  kpis: [{ key: 'contactRate', numerator: 'contacts', denominator: 'dials' }],
};

async function problemsWith(metrics: MetricKeysConfig) {
  const { definitions } = await readStudioBpmn(await readFile(new URL('./fixtures/metric-keys-defined.bpmn', import.meta.url), 'utf8'));
  return (await lintDefinitions(definitions, { metrics })).filter((problem) => problem.rule === 'swimlane/metric-keys-defined');
}

describe('swimlane/metric-keys-defined', () => {
  it('given steps and KPIs naming only defined counters, dispositions and outcomes, when linted, then nothing is reported', async () => {
    expect(await problemsWith(valid)).toEqual([]);
  });

  it('given a step tracking undefined keys and a KPI counting an unknown one, when linted, then each is an error on its step or on the process', async () => {
    const problems = await problemsWith(invalid);
    expect(problems.map((problem) => [problem.elementId, problem.message])).toEqual([
      [null, 'KPI "contactRate" counts "contacts", which the documentation does not define'],
      ['Dial', expect.stringContaining('"dispositions"')],
      ['HandOff', expect.stringContaining('"leads"')],
    ]);
  });
});
