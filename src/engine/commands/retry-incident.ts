/** Retries the step an incident stopped (entering the element, or choosing its outgoing flows), optionally with corrected variables. */
import { disarmToken } from '../disarm-token.ts';
import { EngineError } from '../engine-error.ts';
import { mergeVariables } from '../merge-variables.ts';
import { queueWork, recordHistory, type RunContext } from '../run-context.ts';
import type { Variables } from '../run-state.ts';

export function retryIncident(context: RunContext, incidentId: string, variables: Variables | undefined): void {
  const { state } = context;
  const incident = state.incidents[incidentId];
  if (!incident) throw new EngineError('INCIDENT_NOT_FOUND', `no open incident "${incidentId}"`);
  delete state.incidents[incidentId];
  const token = state.tokens[incident.tokenId]!;
  delete token.waiting;
  recordHistory(context, { kind: 'incidentResolved', elementId: incident.elementId, tokenId: token.id, detail: incidentId });
  mergeVariables(context, variables, incident.elementId, token.id);
  // Entering again arms the boundary events again, so the ones armed the first time go.
  if (incident.phase === 'enter') disarmToken(context, token.id);
  queueWork(context, { kind: incident.phase, tokenId: token.id });
}
