/**
 * Fires an inclusive join once no token of its scope can still reach it: no token sits on an element upstream of the
 * join (or inside a sub-process that is), and no other join upstream still holds arrivals. Returns whether one fired.
 */
import { createId, queueWork, type RunContext } from './run-context.ts';

export function fireReadyInclusiveJoins(context: RunContext): boolean {
  const { state, process } = context;
  for (const key in state.joins) {
    const slash = key.lastIndexOf('/');
    const scopeId = key.slice(0, slash);
    const joinId = key.slice(slash + 1);
    const upstream = process.inclusiveJoinUpstream[joinId];
    if (!upstream || !isJoinReady(context, scopeId, joinId, upstream)) continue;
    const arrivals = state.joins[key]!;
    for (const flowId in arrivals) if (--arrivals[flowId]! === 0) delete arrivals[flowId];
    if (Object.keys(arrivals).length === 0) delete state.joins[key];
    const id = createId(context, 'k');
    state.tokens[id] = { id, elementId: joinId, scopeId };
    queueWork(context, { kind: 'leave', tokenId: id });
    return true;
  }
  return false;
}

function isJoinReady(context: RunContext, scopeId: string, joinId: string, upstream: Readonly<Record<string, true>>): boolean {
  const { tokens, joins } = context.state;
  for (const id in tokens) {
    // Walk up to the token's ancestor in the join's scope: a token deep inside a sub-process counts as its sub-process.
    let token = tokens[id];
    while (token && token.scopeId !== scopeId) token = tokens[token.scopeId];
    if (token && upstream[token.elementId]) return false;
  }
  const prefix = `${scopeId}/`;
  for (const key in joins) {
    if (!key.startsWith(prefix)) continue;
    const otherJoinId = key.slice(prefix.length);
    if (otherJoinId !== joinId && upstream[otherJoinId]) return false;
  }
  return true;
}
