/** Every metric a step tracks, and every counter a KPI counts, is defined in the process's documentation. */
import type { LintRuleFactory } from '../lint-rule.ts';

export interface MetricKeysConfig {
  /** Counter keys, disposition keys, and "dispositions" when a disposition set exists. */
  metricKeys: string[];
  /** What a KPI may count: counters, disposition outcomes, "phoneHours" and the like. */
  kpiOperands: string[];
  /** Metric keys named by each step, by element id. */
  stepMetricKeys: Record<string, string[]>;
  kpis: Array<{ key: string; numerator: string; denominator: string | null }>;
}

export const metricKeysDefined: LintRuleFactory = (config: MetricKeysConfig) => {
  const defined = new Set(config.metricKeys);
  const operands = new Set([...config.metricKeys, ...config.kpiOperands]);
  return {
    check(node, reporter) {
      if (node.id && Object.hasOwn(config.stepMetricKeys, node.id) && node.$type !== 'bpmn:Definitions') {
        for (const key of config.stepMetricKeys[node.id]!) {
          if (!defined.has(key)) reporter.report(node.id, `This step tracks "${key}", which the documentation does not define: add it as a counter or a disposition`);
        }
      }
      if (node.$type !== 'bpmn:Definitions') return;
      for (const kpi of config.kpis) {
        for (const operand of [kpi.numerator, kpi.denominator]) {
          if (operand !== null && !operands.has(operand)) reporter.report(node.id ?? '', `KPI "${kpi.key}" counts "${operand}", which the documentation does not define`);
        }
      }
    },
  };
};
