/** The state of a run before its start command: running, with nothing in it yet. */
import type { RunState } from './run-state.ts';

export function createRunState(processId: string): RunState {
  return { processId, status: 'running', version: 0, nextId: 1, variables: {}, tokens: {}, tasks: {}, timers: {}, subscriptions: {}, joins: {}, incidents: {} };
}
