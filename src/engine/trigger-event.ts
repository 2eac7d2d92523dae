/** An event fired for a token (timer due, message correlated, signal broadcast): a boundary event, a catch event or an event-based gateway's choice. */
import { cancelToken } from './cancel-token.ts';
import { disarmToken } from './disarm-token.ts';
import { createId, queueWork, recordHistory, type RunContext } from './run-context.ts';

export function triggerEvent(context: RunContext, eventId: string, tokenId: string): void {
  const { state, process } = context;
  const token = state.tokens[tokenId];
  const event = process.elements[eventId]!;
  if (!token) return;
  if (event.kind === 'boundaryEvent') {
    const scopeId = token.scopeId;
    if (event.cancelActivity) cancelToken(context, tokenId);
    const id = createId(context, 'k');
    state.tokens[id] = { id, elementId: eventId, scopeId };
    return queueWork(context, { kind: 'enter', tokenId: id });
  }
  disarmToken(context, tokenId);
  delete token.waiting;
  if (token.elementId !== eventId) {
    // The token waits on an event-based gateway: the first event wins and the gateway's other events were just disarmed.
    recordHistory(context, { kind: 'elementCompleted', elementId: token.elementId, tokenId });
    token.flowId = process.elements[eventId]!.incoming[0];
    token.elementId = eventId;
    recordHistory(context, { kind: 'elementEntered', elementId: eventId, tokenId });
  }
  queueWork(context, { kind: 'leave', tokenId });
}
