/** Starts a run at the named start event (a message or timer start), else at the process's start event without trigger. */
import { EngineError } from '../engine-error.ts';
import { mergeVariables } from '../merge-variables.ts';
import { queueWork, recordHistory, type RunContext } from '../run-context.ts';
import type { Variables } from '../run-state.ts';

export function startRun(context: RunContext, variables: Variables | undefined, startEventId: string | undefined): void {
  const { process, state } = context;
  const rootStarts = process.scopes[process.id]!.startEventIds;
  const chosen = startEventId ?? process.noneStartEventId ?? (rootStarts.length === 1 ? rootStarts[0] : undefined);
  if (!chosen || !rootStarts.includes(chosen)) {
    throw new EngineError('START_EVENT_NOT_FOUND', startEventId ? `"${startEventId}" is not a start event of the process` : 'the process has no start event to start from');
  }
  recordHistory(context, { kind: 'runStarted', elementId: chosen });
  mergeVariables(context, variables, chosen);
  const id = `k${state.nextId++}`;
  state.tokens[id] = { id, elementId: chosen, scopeId: 'root' };
  queueWork(context, { kind: 'enter', tokenId: id });
}
