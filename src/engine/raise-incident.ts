/** Parks a token on an incident (bad FEEL, no flow to take, failed handler...) instead of failing the whole command. */
import { createId, recordHistory, type RunContext } from './run-context.ts';
import type { Incident } from './run-state.ts';

export function raiseIncident(context: RunContext, tokenId: string, message: string, phase: Incident['phase']): void {
  const token = context.state.tokens[tokenId]!;
  const id = createId(context, 'inc');
  token.waiting = 'incident';
  context.state.incidents[id] = { id, tokenId, elementId: token.elementId, message, phase };
  context.effects.push({ type: 'incidentRaised', incidentId: id, elementId: token.elementId, message });
  recordHistory(context, { kind: 'incidentRaised', elementId: token.elementId, tokenId, detail: message });
}
