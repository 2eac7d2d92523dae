/** Compiles one process of a bpmn-moddle tree into a frozen, indexed CompiledProcess, listing every element the engine cannot run. */
import { collectLaneRoles } from './collect-lane-roles.ts';
import { checkFeelSyntax, compileCondition } from './compile-condition.ts';
import { compileEventTrigger } from './compile-event-trigger.ts';
import type {
  CompiledElement,
  CompiledFlow,
  CompiledProcess,
  CompiledScope,
  CompileResult,
  ElementKind,
  EventTrigger,
  MultiInstance,
  UnsupportedElement,
} from './compiled-process.ts';
import { computeInclusiveJoinUpstream } from './compute-inclusive-join-upstream.ts';
import { deepFreeze } from './deep-freeze.ts';
import type { ModdleElement } from './moddle-element.ts';
import { readExtensionAttribute } from './read-extension-attribute.ts';

const KIND_BY_TYPE: Record<string, ElementKind> = {
  'bpmn:StartEvent': 'startEvent',
  'bpmn:EndEvent': 'endEvent',
  'bpmn:IntermediateThrowEvent': 'intermediateThrowEvent',
  'bpmn:IntermediateCatchEvent': 'intermediateCatchEvent',
  'bpmn:BoundaryEvent': 'boundaryEvent',
  'bpmn:UserTask': 'userTask',
  // A plain task is work a person does, as in a hand-drawn process.
  'bpmn:Task': 'userTask',
  'bpmn:ManualTask': 'manualTask',
  'bpmn:ServiceTask': 'serviceTask',
  'bpmn:SendTask': 'serviceTask',
  'bpmn:BusinessRuleTask': 'serviceTask',
  'bpmn:ScriptTask': 'scriptTask',
  'bpmn:ReceiveTask': 'receiveTask',
  'bpmn:ExclusiveGateway': 'exclusiveGateway',
  'bpmn:ParallelGateway': 'parallelGateway',
  'bpmn:InclusiveGateway': 'inclusiveGateway',
  'bpmn:EventBasedGateway': 'eventBasedGateway',
  'bpmn:SubProcess': 'subProcess',
};

/** Flow elements with no behaviour at run time. */
const INERT_TYPES = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/** Which triggers each event kind can run. */
const TRIGGERS_BY_KIND: Partial<Record<ElementKind, ReadonlySet<EventTrigger['kind']>>> = {
  startEvent: new Set(['none', 'message', 'signal', 'timer']),
  endEvent: new Set(['none', 'terminate']),
  intermediateThrowEvent: new Set(['none']),
  intermediateCatchEvent: new Set(['message', 'signal', 'timer']),
  boundaryEvent: new Set(['message', 'signal', 'timer']),
};

const ACTIVITY_KINDS = new Set<ElementKind>(['userTask', 'manualTask', 'serviceTask', 'scriptTask', 'receiveTask', 'subProcess']);

/** A CompiledElement while it is being built (frozen at the end). */
type MutableElement = { -readonly [K in keyof CompiledElement]: CompiledElement[K] } & {
  incoming: string[];
  outgoing: string[];
  boundaryEventIds: string[];
};

/** Picks the process by id, else the first executable one, else the first. */
export function findProcessElement(definitions: ModdleElement, processId?: string): ModdleElement | undefined {
  const processes = (definitions.rootElements ?? []).filter((element) => element.$type === 'bpmn:Process');
  if (processId) return processes.find((process) => process.id === processId);
  return processes.find((process) => process.isExecutable) ?? processes[0];
}

export function compileProcess(definitions: ModdleElement, processId?: string): CompileResult {
  const source = findProcessElement(definitions, processId);
  if (!source?.id) throw new Error(processId ? `no process with id "${processId}"` : 'the definitions contain no process');

  const unsupported: UnsupportedElement[] = [];
  const report = (element: ModdleElement, reason: string) =>
    unsupported.push({ elementId: element.id ?? '(no id)', type: element.$type, reason });
  const { roleByElementId, roles } = collectLaneRoles(source);
  const elements: Record<string, MutableElement> = {};
  const flows: Record<string, CompiledFlow> = {};
  const scopes: Record<string, CompiledScope> = {};
  const sequenceFlows: Array<{ flow: ModdleElement; scopeId: string }> = [];

  const compileScope = (container: ModdleElement, kind: CompiledScope['kind'], inheritedRole: string | undefined) => {
    const scopeId = container.id!;
    const elementIds: string[] = [];
    for (const node of container.flowElements ?? []) {
      if (node.$type === 'bpmn:SequenceFlow') {
        sequenceFlows.push({ flow: node, scopeId });
        continue;
      }
      if (INERT_TYPES.has(node.$type) || !node.id) continue;
      const element = compileElement(node, scopeId, roleByElementId.get(node.id) ?? inheritedRole, report);
      elements[node.id] = element;
      elementIds.push(node.id);
      if (node.$type === 'bpmn:SubProcess' && element.kind === 'subProcess') compileScope(node, 'subProcess', element.role);
    }
    const startEventIds = elementIds.filter((id) => elements[id]!.kind === 'startEvent');
    if (kind === 'subProcess') {
      if (startEventIds.length !== 1) report(container, 'an embedded sub-process needs exactly one start event');
      for (const id of startEventIds) {
        if (elements[id]!.trigger?.kind !== 'none') report({ $type: 'bpmn:StartEvent', id }, 'a sub-process start event must have no trigger');
      }
    }
    scopes[scopeId] = { id: scopeId, kind, elementIds, startEventIds };
  };
  compileScope(source, 'process', undefined);

  for (const { flow, scopeId } of sequenceFlows) {
    const sourceId = flow.sourceRef?.id;
    const targetId = flow.targetRef?.id;
    if (!flow.id || !sourceId || !targetId || !elements[sourceId] || !elements[targetId]) {
      report(flow, 'sequence flow with a missing or unknown source or target');
      continue;
    }
    if (elements[sourceId]!.scopeId !== scopeId || elements[targetId]!.scopeId !== scopeId) {
      report(flow, 'sequence flow crossing a sub-process boundary');
      continue;
    }
    let condition: string | undefined;
    if (flow.conditionExpression) {
      const compiled = compileCondition(flow.conditionExpression);
      if ('reason' in compiled) report(flow, compiled.reason);
      else condition = compiled.source;
    }
    flows[flow.id] = { id: flow.id, sourceId, targetId, ...(flow.name ? { name: flow.name } : {}), ...(condition ? { condition } : {}) };
    elements[sourceId]!.outgoing.push(flow.id);
    elements[targetId]!.incoming.push(flow.id);
  }

  for (const element of Object.values(elements)) {
    if (element.kind !== 'boundaryEvent') continue;
    const activity = element.attachedToId ? elements[element.attachedToId] : undefined;
    if (!activity || !ACTIVITY_KINDS.has(activity.kind)) {
      report({ $type: element.bpmnType, id: element.id }, 'boundary event not attached to a supported activity');
      element.kind = 'unsupported';
      continue;
    }
    activity.boundaryEventIds.push(element.id);
  }
  checkEventBasedGateways(elements, flows, report);

  const noneStartEventId = scopes[source.id]!.startEventIds.find((id) => elements[id]!.trigger?.kind === 'none');
  const messageStartEventIds: Record<string, string> = {};
  for (const id of scopes[source.id]!.startEventIds) {
    const trigger = elements[id]!.trigger;
    if (trigger?.kind === 'message') messageStartEventIds[trigger.messageName] = id;
  }
  if (scopes[source.id]!.startEventIds.length === 0) report(source, 'the process has no start event');

  const process: CompiledProcess = {
    id: source.id,
    ...(source.name ? { name: source.name } : {}),
    elements: elements as Record<string, CompiledElement>,
    flows,
    scopes,
    ...(noneStartEventId ? { noneStartEventId } : {}),
    messageStartEventIds,
    roles,
    inclusiveJoinUpstream: computeInclusiveJoinUpstream(elements as Record<string, CompiledElement>, flows),
  };
  return { process: deepFreeze(process), unsupported: deepFreeze(unsupported) };
}

function compileElement(
  node: ModdleElement,
  scopeId: string,
  role: string | undefined,
  report: (element: ModdleElement, reason: string) => void,
): MutableElement {
  let kind: ElementKind = KIND_BY_TYPE[node.$type] ?? 'unsupported';
  const element: MutableElement = {
    id: node.id!,
    kind,
    bpmnType: node.$type,
    scopeId,
    incoming: [],
    outgoing: [],
    boundaryEventIds: [],
  };
  if (node.name) element.name = node.name;
  if (role) element.role = role;
  const documentation = node.documentation?.map((entry) => entry.text ?? '').join('\n').trim();
  if (documentation) element.documentation = documentation;
  const unsupported = (reason: string) => {
    report(node, reason);
    kind = 'unsupported';
  };

  if (kind === 'unsupported') unsupported(`${node.$type} is not supported`);
  if (node.$type === 'bpmn:SubProcess' && node.triggeredByEvent) unsupported('event sub-processes are not supported');
  if (node.isForCompensation) unsupported('compensation is not supported');

  const allowedTriggers = TRIGGERS_BY_KIND[kind];
  if (allowedTriggers) {
    const compiled = compileEventTrigger(node);
    if ('reason' in compiled) unsupported(compiled.reason);
    else if (!allowedTriggers.has(compiled.trigger.kind)) unsupported(`a ${compiled.trigger.kind} ${node.$type} is not supported`);
    else if (compiled.trigger.kind === 'timer' && compiled.trigger.timer.type === 'cron' && kind !== 'startEvent') {
      unsupported('a cron timer cycle is supported on timer start events only (use R[n]/<duration> here)');
    } else if (compiled.trigger.kind === 'timer' && compiled.trigger.timer.type.endsWith('Expression') && kind === 'startEvent') {
      unsupported(`a timer start event cannot read variables, so its timer cannot be the FEEL expression "=${compiled.trigger.timer.value}" (write a date, duration or cycle)`);
    }
    else element.trigger = compiled.trigger;
  }
  if (kind === 'boundaryEvent') {
    if (node.attachedToRef?.id) element.attachedToId = node.attachedToRef.id;
    element.cancelActivity = node.cancelActivity !== false;
  }
  if (kind === 'receiveTask') {
    const messageName = node.messageRef?.name ?? node.messageRef?.id;
    if (messageName) element.trigger = { kind: 'message', messageName };
    else unsupported('receive task without a message reference');
  }
  if (kind === 'serviceTask' || kind === 'scriptTask') element.handler = readHandlerName(node);
  if (node.default?.id) element.defaultFlowId = node.default.id;

  if (node.loopCharacteristics && kind !== 'unsupported') {
    const multiInstance = compileMultiInstance(node.loopCharacteristics);
    if ('reason' in multiInstance) unsupported(multiInstance.reason);
    else element.multiInstance = multiInstance;
  }
  element.kind = kind;
  return element;
}

/** `swimlane:handler`, else an `implementation` that is not a `##` URI (unwrapping `${environment.services.x}`), else the name. */
function readHandlerName(node: ModdleElement): string {
  const explicit = readExtensionAttribute(node, 'handler');
  if (explicit) return explicit;
  const implementation = node.implementation?.trim();
  if (implementation && !implementation.startsWith('##')) {
    return /^\$\{environment\.services\.([\w$]+)\}$/.exec(implementation)?.[1] ?? implementation;
  }
  return node.name?.trim() || node.id!;
}

function compileMultiInstance(loop: ModdleElement): MultiInstance | { reason: string } {
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') return { reason: `${loop.$type} is not supported` };
  const collection = readExtensionAttribute(loop, 'collection')?.replace(/^=/, '').trim();
  const cardinality = loop.loopCardinality?.body?.replace(/^=/, '').trim();
  const elementVariable = readExtensionAttribute(loop, 'elementVariable');
  const completionCondition = loop.completionCondition?.body?.replace(/^=/, '').trim();
  if (!collection && !cardinality) return { reason: 'multi-instance needs a collection (swimlane:collection) or a loop cardinality' };
  for (const expression of [collection, cardinality, completionCondition]) {
    if (!expression) continue;
    const checked = checkFeelSyntax(expression);
    if ('reason' in checked) return checked;
  }
  return {
    sequential: loop.isSequential === true,
    ...(collection ? { collection } : cardinality ? { cardinality } : {}),
    ...(elementVariable ? { elementVariable } : {}),
    ...(completionCondition ? { completionCondition } : {}),
  };
}

function checkEventBasedGateways(
  elements: Record<string, MutableElement>,
  flows: Record<string, CompiledFlow>,
  report: (element: ModdleElement, reason: string) => void,
) {
  for (const gateway of Object.values(elements)) {
    if (gateway.kind !== 'eventBasedGateway') continue;
    for (const flowId of gateway.outgoing) {
      const target = elements[flows[flowId]!.targetId]!;
      const catches = target.kind === 'intermediateCatchEvent' || target.kind === 'receiveTask';
      if (!catches || target.incoming.length !== 1) {
        report({ $type: gateway.bpmnType, id: gateway.id }, `event-based gateway target "${target.id}" must be a catch event or receive task reached only from it`);
        gateway.kind = 'unsupported';
      }
    }
  }
}
