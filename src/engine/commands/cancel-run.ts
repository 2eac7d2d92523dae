/** Cancels the whole run: every task, timer and subscription goes, and the run ends as cancelled. */
import { cancelToken } from '../cancel-token.ts';
import { recordHistory, type RunContext } from '../run-context.ts';

export function cancelRun(context: RunContext, reason: string | undefined): void {
  const { state } = context;
  for (const id in state.tokens) if (state.tokens[id]?.scopeId === 'root') cancelToken(context, id);
  state.joins = {};
  state.status = 'cancelled';
  context.effects.push({ type: 'runCompleted', status: 'cancelled' });
  recordHistory(context, { kind: 'runEnded', detail: reason ? `cancelled: ${reason}` : 'cancelled' });
}
