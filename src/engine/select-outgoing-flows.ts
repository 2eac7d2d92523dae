/**
 * Chooses the flows a token leaves by: the first true condition at an exclusive gateway, every true one at an
 * inclusive gateway or activity, all of them at a parallel gateway; the default flow when nothing else holds.
 */
import type { CompiledElement } from '../bpmn/compiled-process.ts';
import { evaluateFeel } from './evaluate-feel.ts';
import type { RunContext } from './run-context.ts';
import { visibleVariables } from './visible-variables.ts';

export type FlowSelection = { ok: true; flowIds: string[] } | { ok: false; error: string };

export function selectOutgoingFlows(context: RunContext, element: CompiledElement, tokenId: string): FlowSelection {
  const { outgoing, defaultFlowId } = element;
  if (element.kind === 'parallelGateway' || element.kind === 'eventBasedGateway') return { ok: true, flowIds: [...outgoing] };
  const firstOnly = element.kind === 'exclusiveGateway';
  const chosen: string[] = [];
  let variables: ReturnType<typeof visibleVariables> | undefined;
  for (const flowId of outgoing) {
    if (flowId === defaultFlowId) continue;
    const condition = context.process.flows[flowId]!.condition;
    if (condition !== undefined) {
      variables ??= visibleVariables(context.state, tokenId);
      const result = evaluateFeel(condition, variables);
      if (!result.ok) return { ok: false, error: `flow "${flowId}": ${result.error}` };
      if (result.value !== true && result.value !== false && result.value !== null) {
        return { ok: false, error: `flow "${flowId}": condition "${condition}" gave ${JSON.stringify(result.value)}, not a boolean` };
      }
      if (result.value !== true) continue;
    }
    chosen.push(flowId);
    if (firstOnly) break;
  }
  if (chosen.length === 0 && defaultFlowId) chosen.push(defaultFlowId);
  if (chosen.length === 0 && outgoing.length > 0) {
    return { ok: false, error: `no condition of "${element.id}" holds and it has no default flow` };
  }
  return { ok: true, flowIds: chosen };
}
