/** Finishes one multi-instance instance: starts the next (sequential), or completes the body when all are done or its completion condition holds. */
import { cancelToken } from './cancel-token.ts';
import { evaluateFeel } from './evaluate-feel.ts';
import { raiseIncident } from './raise-incident.ts';
import { queueWork, recordHistory, type RunContext } from './run-context.ts';
import { spawnInstance } from './start-multi-instance.ts';
import type { Token } from './run-state.ts';
import { visibleVariables } from './visible-variables.ts';

export function completeInstance(context: RunContext, instance: Token): void {
  const { state } = context;
  const element = context.process.elements[instance.elementId]!;
  const body = state.tokens[instance.scopeId]!;
  const progress = body.multiInstance!;
  delete state.tokens[instance.id];
  recordHistory(context, { kind: 'elementCompleted', elementId: element.id, tokenId: instance.id });
  progress.completed++;
  const condition = element.multiInstance?.completionCondition;
  if (condition !== undefined) {
    const active = progress.started - progress.completed;
    const result = evaluateFeel(condition, {
      ...visibleVariables(state, body.id),
      nrOfInstances: progress.total,
      nrOfCompletedInstances: progress.completed,
      nrOfActiveInstances: active,
    });
    if (!result.ok) return raiseIncident(context, body.id, result.error, 'leave');
    if (result.value === true) {
      for (const id in state.tokens) if (state.tokens[id]!.scopeId === body.id) cancelToken(context, id);
      return queueWork(context, { kind: 'leave', tokenId: body.id });
    }
  }
  if (progress.completed >= progress.total) return queueWork(context, { kind: 'leave', tokenId: body.id });
  if (element.multiInstance?.sequential && progress.started < progress.total) spawnInstance(context, body, element);
}
