/** The variables a token sees: the run's variables overlaid with the locals of its scope chain (multi-instance items). */
import type { RunState, Variables } from './run-state.ts';

export function visibleVariables(state: RunState, tokenId: string): Variables {
  const chain: Variables[] = [];
  for (let token = state.tokens[tokenId]; token; token = state.tokens[token.scopeId]) {
    if (token.locals) chain.push(token.locals);
  }
  if (chain.length === 0) return state.variables;
  return Object.assign({}, state.variables, ...chain.reverse());
}
