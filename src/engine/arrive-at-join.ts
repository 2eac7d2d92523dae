/** A parallel join counts arrivals per incoming flow and lets one token through once every incoming flow has brought one. */
import type { CompiledElement } from '../bpmn/compiled-process.ts';
import { queueWork, type RunContext } from './run-context.ts';
import type { Token } from './run-state.ts';

export function arriveAtParallelJoin(context: RunContext, token: Token, join: CompiledElement): void {
  const { joins, tokens } = context.state;
  const key = `${token.scopeId}/${join.id}`;
  const arrivals = (joins[key] ??= {});
  const flowId = token.flowId ?? '';
  arrivals[flowId] = (arrivals[flowId] ?? 0) + 1;
  if (!join.incoming.every((incoming) => (arrivals[incoming] ?? 0) > 0)) {
    delete tokens[token.id];
    return;
  }
  for (const incoming of join.incoming) {
    if (--arrivals[incoming]! === 0) delete arrivals[incoming];
  }
  if (Object.keys(arrivals).length === 0) delete joins[key];
  queueWork(context, { kind: 'leave', tokenId: token.id });
}
