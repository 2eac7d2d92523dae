/** Each outgoing flow of a deciding exclusive gateway has a condition or is the gateway's default, so the decision is never left to chance. */
import type { StudioElement } from '../../studio/studio-moddle.ts';
import type { LintRuleFactory } from '../lint-rule.ts';

export const exclusiveGatewayConditions: LintRuleFactory = () => ({
  check(node, reporter) {
    if (node.$type !== 'bpmn:Process' && node.$type !== 'bpmn:SubProcess') return;
    const flows = ((node.flowElements ?? []) as StudioElement[]).filter((element) => element.$type === 'bpmn:SequenceFlow');
    for (const gateway of (node.flowElements ?? []) as StudioElement[]) {
      if (gateway.$type !== 'bpmn:ExclusiveGateway') continue;
      const outgoing = flows.filter((flow) => flow.sourceRef === gateway);
      if (outgoing.length < 2) continue;
      for (const flow of outgoing) {
        if (!flow.conditionExpression && gateway.default !== flow) {
          reporter.report(flow.id ?? '', `Give this flow a condition, or make it the default of "${gateway.name ?? gateway.id}"`);
        }
      }
    }
  },
});
