/** Completes a token's element and moves it along the chosen outgoing flows (one token per flow), or ends its path. */
import { completeInstance } from './complete-instance.ts';
import { consumeToken } from './consume-token.ts';
import { disarmToken } from './disarm-token.ts';
import { raiseIncident } from './raise-incident.ts';
import { createId, queueWork, recordHistory, type RunContext } from './run-context.ts';
import type { Token } from './run-state.ts';
import { selectOutgoingFlows } from './select-outgoing-flows.ts';

export function leaveElement(context: RunContext, token: Token): void {
  if (token.loopIndex !== undefined) return completeInstance(context, token);
  const element = context.process.elements[token.elementId]!;
  if (element.boundaryEventIds.length > 0 || element.kind === 'eventBasedGateway') disarmToken(context, token.id);
  const selection = selectOutgoingFlows(context, element, token.id);
  if (!selection.ok) return raiseIncident(context, token.id, selection.error, 'leave');
  recordHistory(context, { kind: 'elementCompleted', elementId: element.id, tokenId: token.id });
  const [first, ...others] = selection.flowIds;
  if (first === undefined) return consumeToken(context, token.id);
  // The token itself takes the first flow; each further flow gets a new token, entered in flow order.
  token.elementId = context.process.flows[first]!.targetId;
  token.flowId = first;
  delete token.waiting;
  delete token.taskId;
  delete token.multiInstance;
  queueWork(context, { kind: 'enter', tokenId: token.id });
  for (const flowId of others) {
    const id = createId(context, 'k');
    context.state.tokens[id] = { id, elementId: context.process.flows[flowId]!.targetId, scopeId: token.scopeId, flowId };
    queueWork(context, { kind: 'enter', tokenId: id });
  }
}
