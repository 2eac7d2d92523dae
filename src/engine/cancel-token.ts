/** Cancels a token and everything running inside it: its task, timers, subscriptions, incidents, inner tokens and join arrivals. */
import { disarmToken } from './disarm-token.ts';
import { recordHistory, type RunContext } from './run-context.ts';

export function cancelToken(context: RunContext, tokenId: string): void {
  const { state } = context;
  const token = state.tokens[tokenId];
  if (!token) return;
  for (const id in state.tokens) if (state.tokens[id]!.scopeId === tokenId) cancelToken(context, id);
  if (token.taskId) {
    const task = state.tasks[token.taskId];
    delete state.tasks[token.taskId];
    if (task?.kind === 'user') context.effects.push({ type: 'taskCancelled', taskId: task.id, elementId: task.elementId });
  }
  disarmToken(context, tokenId);
  for (const id in state.incidents) if (state.incidents[id]!.tokenId === tokenId) delete state.incidents[id];
  clearJoinArrivals(context, tokenId);
  delete state.tokens[tokenId];
  recordHistory(context, { kind: 'elementCancelled', elementId: token.elementId, tokenId });
}

/** Forgets the arrivals waiting at joins inside a scope that no longer runs. */
export function clearJoinArrivals(context: RunContext, scopeId: string): void {
  const prefix = `${scopeId}/`;
  for (const key in context.state.joins) if (key.startsWith(prefix)) delete context.state.joins[key];
}
