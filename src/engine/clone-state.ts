/**
 * Copies a run state deeply enough that `advance` can work on it in place: tokens and join counters are copied,
 * tasks, timers, subscriptions and incidents are only ever added or removed whole, variable values are replaced, never edited.
 */
import type { RunState, Token } from './run-state.ts';

export function cloneState(state: RunState): RunState {
  const tokens: Record<string, Token> = {};
  for (const id in state.tokens) {
    const token = state.tokens[id]!;
    const copy = { ...token };
    if (token.multiInstance) copy.multiInstance = { ...token.multiInstance };
    tokens[id] = copy;
  }
  const joins: RunState['joins'] = {};
  for (const key in state.joins) joins[key] = { ...state.joins[key] };
  return {
    ...state,
    variables: { ...state.variables },
    tokens,
    tasks: { ...state.tasks },
    timers: { ...state.timers },
    subscriptions: { ...state.subscriptions },
    joins,
    incidents: { ...state.incidents },
  };
}
