/** For each inclusive join, the elements of its scope from which a token could still reach it (the join waits while any holds a token). */
import type { CompiledElement, CompiledFlow } from './compiled-process.ts';

export function computeInclusiveJoinUpstream(
  elements: Record<string, CompiledElement>,
  flows: Record<string, CompiledFlow>,
): Record<string, Record<string, true>> {
  const result: Record<string, Record<string, true>> = {};
  for (const join of Object.values(elements)) {
    if (join.kind !== 'inclusiveGateway' || join.incoming.length < 2) continue;
    const upstream: Record<string, true> = {};
    const pending = join.incoming.map((flowId) => flows[flowId]!.sourceId);
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (id === join.id || upstream[id]) continue;
      upstream[id] = true;
      const element = elements[id]!;
      for (const flowId of element.incoming) pending.push(flows[flowId]!.sourceId);
      // A token on an activity can leave through its boundary events; one on a boundary event came from its activity.
      if (element.attachedToId) pending.push(element.attachedToId);
    }
    result[join.id] = upstream;
  }
  return result;
}
