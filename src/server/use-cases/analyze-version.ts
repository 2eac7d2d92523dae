/** Reads a version once for everything that needs its meaning: the problems that block publishing, and the element summaries a diff compares. */
import { DISPOSITION_OUTCOMES, type ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import type { Problem } from '../../api/schemas/processes.ts';
import { lintDefinitions } from '../../bpmn/lint/lint-definitions.ts';
import type { MetricKeysConfig } from '../../bpmn/lint/rules/metric-keys-defined.ts';
import { deepFreeze } from '../../bpmn/deep-freeze.ts';
import { describeElements, type ElementSummary } from '../../bpmn/studio/describe-elements.ts';
import { NotBpmnError, readStudioBpmn } from '../../bpmn/studio/studio-moddle.ts';

export interface VersionAnalysis {
  readonly problems: readonly Problem[];
  readonly elements: ReadonlyMap<string, ElementSummary>;
}

/** What a KPI may count besides the documented counters: disposition outcomes and the time on the phone. */
const KPI_OPERANDS = [...DISPOSITION_OUTCOMES, 'phoneHours'];

function metricsOf(documentation: ProcessDocumentation): MetricKeysConfig {
  const metricKeys = [...documentation.counters.map((counter) => counter.key), ...documentation.dispositions.map((disposition) => disposition.key)];
  if (documentation.dispositions.length > 0) metricKeys.push('dispositions');
  return {
    metricKeys,
    kpiOperands: KPI_OPERANDS,
    stepMetricKeys: Object.fromEntries(Object.entries(documentation.steps).map(([id, step]) => [id, step.metricKeys])),
    kpis: documentation.kpis.map((kpi) => ({ key: kpi.key, numerator: kpi.numerator, denominator: kpi.denominator })),
  };
}

/** Documentation about elements or lanes the diagram no longer has: a warning, since it documents nothing. */
function staleDocumentation(documentation: ProcessDocumentation, elements: ReadonlyMap<string, ElementSummary>): Problem[] {
  const problems: Problem[] = [];
  for (const id of Object.keys(documentation.steps)) {
    if (!elements.has(id)) problems.push({ elementId: null, rule: 'swimlane/documented-elements-exist', severity: 'warning', message: `Step documentation for "${id}", which the diagram no longer has` });
  }
  for (const role of documentation.roles) {
    if (elements.get(role.laneId)?.type !== 'bpmn:Lane') {
      problems.push({ elementId: null, rule: 'swimlane/documented-elements-exist', severity: 'warning', message: `Responsibilities for the lane "${role.laneId}", which the diagram no longer has` });
    }
  }
  return problems;
}

export async function analyzeVersion(xml: string, documentation: ProcessDocumentation, handlerNames?: readonly string[]): Promise<VersionAnalysis> {
  let definitions;
  try {
    ({ definitions } = await readStudioBpmn(xml));
  } catch (error) {
    if (!(error instanceof NotBpmnError)) throw error;
    return deepFreeze({ problems: [{ elementId: null, rule: 'swimlane/readable', severity: 'error', message: error.message }], elements: new Map() });
  }
  const elements = describeElements(definitions);
  for (const summary of elements.values()) deepFreeze(summary);
  const problems = [...(await lintDefinitions(definitions, { metrics: metricsOf(documentation), handlerNames })), ...staleDocumentation(documentation, elements)];
  return { problems: deepFreeze(problems), elements };
}
