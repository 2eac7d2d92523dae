/** Sets run variables from a command (task output, message payload) and records the change in history. */
import { recordHistory, type RunContext } from './run-context.ts';
import type { Variables } from './run-state.ts';

export function mergeVariables(context: RunContext, variables: Variables | undefined, elementId?: string, tokenId?: string): void {
  if (!variables || Object.keys(variables).length === 0) return;
  Object.assign(context.state.variables, variables);
  recordHistory(context, { kind: 'variablesChanged', variables, ...(elementId ? { elementId } : {}), ...(tokenId ? { tokenId } : {}) });
}
