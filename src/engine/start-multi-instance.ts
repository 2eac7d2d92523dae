/** Starts a multi-instance activity: evaluates its collection and spawns one instance (sequential) or all of them (parallel). */
import type { CompiledElement, MultiInstance } from '../bpmn/compiled-process.ts';
import { evaluateFeel } from './evaluate-feel.ts';
import { raiseIncident } from './raise-incident.ts';
import { createId, queueWork, type RunContext } from './run-context.ts';
import type { Token } from './run-state.ts';
import { visibleVariables } from './visible-variables.ts';

export function startMultiInstance(context: RunContext, body: Token, element: CompiledElement, multiInstance: MultiInstance): void {
  const variables = visibleVariables(context.state, body.id);
  let items: unknown[] | null = null;
  let total: number;
  if (multiInstance.collection !== undefined) {
    const result = evaluateFeel(multiInstance.collection, variables);
    if (!result.ok) return raiseIncident(context, body.id, result.error, 'enter');
    if (!Array.isArray(result.value)) {
      return raiseIncident(context, body.id, `multi-instance collection "${multiInstance.collection}" is not a list`, 'enter');
    }
    items = result.value;
    total = items.length;
  } else {
    const result = evaluateFeel(multiInstance.cardinality!, variables);
    if (!result.ok) return raiseIncident(context, body.id, result.error, 'enter');
    if (typeof result.value !== 'number' || !Number.isInteger(result.value) || result.value < 0) {
      return raiseIncident(context, body.id, `loop cardinality "${multiInstance.cardinality}" is not a whole number`, 'enter');
    }
    total = result.value;
  }
  body.waiting = 'multiInstance';
  body.multiInstance = { items, total, started: 0, completed: 0 };
  if (total === 0) return queueWork(context, { kind: 'leave', tokenId: body.id });
  const count = multiInstance.sequential ? 1 : total;
  for (let index = 0; index < count; index++) spawnInstance(context, body, element);
}

/** Creates the next instance token inside the multi-instance body, with its item and `loopCounter` as locals. */
export function spawnInstance(context: RunContext, body: Token, element: CompiledElement): void {
  const progress = body.multiInstance!;
  const index = progress.started++;
  const locals: Record<string, unknown> = { loopCounter: index + 1 };
  const elementVariable = element.multiInstance?.elementVariable;
  if (elementVariable && progress.items) locals[elementVariable] = progress.items[index];
  const id = createId(context, 'k');
  context.state.tokens[id] = { id, elementId: element.id, scopeId: body.id, loopIndex: index, locals };
  queueWork(context, { kind: 'enter', tokenId: id });
}
