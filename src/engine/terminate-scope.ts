/** A terminate end event ends everything still running in its scope: the run itself, or just the enclosing sub-process. */
import { cancelToken, clearJoinArrivals } from './cancel-token.ts';
import { queueWork, recordHistory, type RunContext } from './run-context.ts';
import type { Token } from './run-state.ts';

export function terminateScope(context: RunContext, token: Token): void {
  const { state } = context;
  delete state.tokens[token.id];
  for (const id in state.tokens) if (state.tokens[id]!.scopeId === token.scopeId) cancelToken(context, id);
  clearJoinArrivals(context, token.scopeId);
  if (token.scopeId !== 'root') return queueWork(context, { kind: 'checkScope', scopeId: token.scopeId });
  state.status = 'terminated';
  context.effects.push({ type: 'runCompleted', status: 'terminated' });
  recordHistory(context, { kind: 'runEnded', elementId: token.elementId, detail: 'terminated' });
}
