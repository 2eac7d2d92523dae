/** When nothing runs in a scope any more: the run completes, or the sub-process it belongs to is left. */
import { queueWork, recordHistory, type RunContext } from './run-context.ts';

export function checkScope(context: RunContext, scopeId: string): void {
  const { state } = context;
  if (state.status !== 'running') return;
  for (const id in state.tokens) if (state.tokens[id]!.scopeId === scopeId) return;
  // Arrivals still waiting at a join keep the scope open (an inclusive join fires once the queue is empty).
  const prefix = `${scopeId}/`;
  for (const key in state.joins) if (key.startsWith(prefix)) return;
  if (scopeId === 'root') {
    state.status = 'completed';
    context.effects.push({ type: 'runCompleted', status: 'completed' });
    recordHistory(context, { kind: 'runEnded', detail: 'completed' });
    return;
  }
  const owner = state.tokens[scopeId];
  if (owner?.waiting === 'subProcess') queueWork(context, { kind: 'leave', tokenId: owner.id });
}
