/** Runs what happens when a token reaches an element: create a task, wait for an event, count a join arrival, open a sub-process... */
import type { CompiledElement } from '../bpmn/compiled-process.ts';
import { armBoundaryEvents, armEventTrigger } from './arm-event-trigger.ts';
import { arriveAtParallelJoin } from './arrive-at-join.ts';
import { consumeToken } from './consume-token.ts';
import { disarmToken } from './disarm-token.ts';
import type { Effect } from './effect.ts';
import { raiseIncident } from './raise-incident.ts';
import { createId, queueWork, recordHistory, type RunContext } from './run-context.ts';
import type { Token } from './run-state.ts';
import { startMultiInstance } from './start-multi-instance.ts';
import { terminateScope } from './terminate-scope.ts';

export function enterElement(context: RunContext, token: Token): void {
  const element = context.process.elements[token.elementId]!;
  recordHistory(context, { kind: 'elementEntered', elementId: element.id, tokenId: token.id });
  const isInstance = token.loopIndex !== undefined;
  // A boundary timer whose FEEL expression gives no due time holds the token on an incident before any work starts.
  if (!isInstance && element.boundaryEventIds.length > 0 && !armBoundaryEvents(context, element, token.id)) return;
  if (!isInstance && element.multiInstance) return startMultiInstance(context, token, element, element.multiInstance);

  switch (element.kind) {
    case 'startEvent':
    case 'intermediateThrowEvent':
    case 'boundaryEvent':
      return queueWork(context, { kind: 'leave', tokenId: token.id });
    case 'endEvent':
      recordHistory(context, { kind: 'elementCompleted', elementId: element.id, tokenId: token.id });
      if (element.trigger?.kind === 'terminate') return terminateScope(context, token);
      return consumeToken(context, token.id);
    case 'userTask':
    case 'manualTask':
      return createUserTask(context, token, element);
    case 'serviceTask':
    case 'scriptTask':
      return requestServiceTask(context, token, element);
    case 'receiveTask':
    case 'intermediateCatchEvent':
      token.waiting = 'event';
      armEventTrigger(context, element, token.id);
      return;
    case 'eventBasedGateway':
      token.waiting = 'eventGateway';
      for (const flowId of element.outgoing) {
        if (armEventTrigger(context, context.process.elements[context.process.flows[flowId]!.targetId]!, token.id)) continue;
        // The incident holds the gateway's token; the events armed before this one go, and a retry arms them all again.
        return disarmToken(context, token.id);
      }
      return;
    case 'parallelGateway':
      if (element.incoming.length > 1) return arriveAtParallelJoin(context, token, element);
      return queueWork(context, { kind: 'leave', tokenId: token.id });
    case 'inclusiveGateway':
      if (element.incoming.length > 1) return recordJoinArrival(context, token);
      return queueWork(context, { kind: 'leave', tokenId: token.id });
    case 'exclusiveGateway':
      return queueWork(context, { kind: 'leave', tokenId: token.id });
    case 'subProcess':
      return openSubProcess(context, token, element);
    case 'unsupported':
      return raiseIncident(context, token.id, `${element.bpmnType} "${element.id}" is not supported by the engine`, 'enter');
  }
}

function createUserTask(context: RunContext, token: Token, element: CompiledElement): void {
  const taskId = createId(context, 'task');
  token.waiting = 'task';
  token.taskId = taskId;
  context.state.tasks[taskId] = { id: taskId, kind: 'user', tokenId: token.id, elementId: element.id };
  const effect: Extract<Effect, { type: 'taskCreated' }> = { type: 'taskCreated', taskId, elementId: element.id };
  if (element.name) effect.name = element.name;
  if (element.role) effect.role = element.role;
  const due = findDueTimer(context, token);
  if (due) {
    effect.dueAt = due.dueAt;
    if (due.dueIn) effect.dueIn = due.dueIn;
  }
  if (token.locals) effect.locals = token.locals;
  context.effects.push(effect);
}

/** A task's due time is its first boundary timer's (on the multi-instance body for an instance). */
function findDueTimer(context: RunContext, token: Token): { dueAt: string; dueIn?: string } | undefined {
  const ownerId = token.loopIndex !== undefined ? token.scopeId : token.id;
  for (const id in context.state.timers) {
    const timer = context.state.timers[id]!;
    if (timer.tokenId !== ownerId) continue;
    const trigger = context.process.elements[timer.elementId]?.trigger;
    // A duration written as a FEEL expression has no fixed text to show as the service level: its due time says it.
    const dueIn = trigger?.kind === 'timer' && trigger.timer.type === 'duration' ? trigger.timer.value : undefined;
    return dueIn ? { dueAt: timer.dueAt, dueIn } : { dueAt: timer.dueAt };
  }
  return undefined;
}

function requestServiceTask(context: RunContext, token: Token, element: CompiledElement): void {
  const taskId = createId(context, 'job');
  token.waiting = 'serviceTask';
  token.taskId = taskId;
  context.state.tasks[taskId] = { id: taskId, kind: 'service', tokenId: token.id, elementId: element.id };
  const effect: Extract<Effect, { type: 'serviceTaskRequested' }> = { type: 'serviceTaskRequested', taskId, elementId: element.id, handler: element.handler ?? element.id };
  if (token.locals) effect.locals = token.locals;
  context.effects.push(effect);
}

/** An inclusive join absorbs the token and counts it; whether the join fires is decided once no more work is queued. */
function recordJoinArrival(context: RunContext, token: Token): void {
  const key = `${token.scopeId}/${token.elementId}`;
  const arrivals = (context.state.joins[key] ??= {});
  const flowId = token.flowId ?? '';
  arrivals[flowId] = (arrivals[flowId] ?? 0) + 1;
  delete context.state.tokens[token.id];
}

function openSubProcess(context: RunContext, token: Token, element: CompiledElement): void {
  const startEventId = context.process.scopes[element.id]?.startEventIds[0];
  if (!startEventId) return raiseIncident(context, token.id, `sub-process "${element.id}" has no start event`, 'enter');
  token.waiting = 'subProcess';
  const id = createId(context, 'k');
  context.state.tokens[id] = { id, elementId: startEventId, scopeId: token.id };
  queueWork(context, { kind: 'enter', tokenId: id });
}
