/** The frozen, indexed form of one BPMN process that the engine runs: everything looked up by id, nothing re-parsed. */

export type ElementKind =
  | 'startEvent'
  | 'endEvent'
  | 'intermediateThrowEvent'
  | 'intermediateCatchEvent'
  | 'boundaryEvent'
  | 'userTask'
  | 'manualTask'
  | 'serviceTask'
  | 'scriptTask'
  | 'receiveTask'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'inclusiveGateway'
  | 'eventBasedGateway'
  | 'subProcess'
  /** Kept in the graph so flows stay consistent; entering one raises an incident (it is also listed in `unsupported`). */
  | 'unsupported';

export type TimerDefinition =
  | { readonly type: 'duration'; readonly value: string }
  | { readonly type: 'date'; readonly value: string }
  | { readonly type: 'cycle'; readonly value: string; readonly repetitions: number | null; readonly interval: string }
  /** A cron expression (`0 9 * * 1-5`), read in the team's time zone: timer start events only, scheduled by the server. */
  | { readonly type: 'cron'; readonly value: string }
  /**
   * A FEEL expression (Camunda's convention: the value starts with `=`, e.g. `=callbackAt`), stored without the `=` and
   * evaluated with the token's visible variables when the timer is armed: to a date and time (a FEEL date and time with
   * a zone, or ISO-8601 text such as 2026-01-31T09:00:00Z) for `dateExpression`, to a duration (a FEEL duration, or
   * ISO-8601 text such as PT1H) for `durationExpression`. Catch and boundary events only: a start event has no variables.
   */
  | { readonly type: 'dateExpression'; readonly value: string }
  | { readonly type: 'durationExpression'; readonly value: string };

export type EventTrigger =
  | { readonly kind: 'none' }
  | { readonly kind: 'terminate' }
  | { readonly kind: 'message'; readonly messageName: string }
  | { readonly kind: 'signal'; readonly signalName: string }
  | { readonly kind: 'timer'; readonly timer: TimerDefinition };

export interface MultiInstance {
  readonly sequential: boolean;
  /** FEEL expression giving the list to iterate over (e.g. `leads`). */
  readonly collection?: string;
  /** FEEL expression giving a number of instances, when there is no collection. */
  readonly cardinality?: string;
  /** Local variable holding the current item in each instance. */
  readonly elementVariable?: string;
  /** FEEL; ends the remaining instances early when true. */
  readonly completionCondition?: string;
}

export interface CompiledElement {
  readonly id: string;
  readonly kind: ElementKind;
  /** The moddle type, e.g. `bpmn:UserTask`, for messages and history. */
  readonly bpmnType: string;
  readonly name?: string;
  /** Id of the enclosing process or sub-process. */
  readonly scopeId: string;
  readonly incoming: readonly string[];
  readonly outgoing: readonly string[];
  readonly defaultFlowId?: string;
  /** Name of the innermost lane holding the element (or its enclosing sub-process). */
  readonly role?: string;
  /** Events (and receive tasks): what triggers or ends them. */
  readonly trigger?: EventTrigger;
  /** Boundary events: the activity they sit on, and whether they interrupt it. */
  readonly attachedToId?: string;
  readonly cancelActivity?: boolean;
  /** Activities: ids of the boundary events attached to them. */
  readonly boundaryEventIds: readonly string[];
  /** Service and script tasks: the registered handler to run. */
  readonly handler?: string;
  readonly multiInstance?: MultiInstance;
  readonly documentation?: string;
}

export interface CompiledFlow {
  readonly id: string;
  readonly name?: string;
  readonly sourceId: string;
  readonly targetId: string;
  /** FEEL source, without a leading `=`. */
  readonly condition?: string;
}

export interface CompiledScope {
  readonly id: string;
  readonly kind: 'process' | 'subProcess';
  readonly elementIds: readonly string[];
  readonly startEventIds: readonly string[];
}

export interface CompiledProcess {
  readonly id: string;
  readonly name?: string;
  readonly elements: Readonly<Record<string, CompiledElement>>;
  readonly flows: Readonly<Record<string, CompiledFlow>>;
  readonly scopes: Readonly<Record<string, CompiledScope>>;
  /** The process's own start event without trigger, used when a start names none. */
  readonly noneStartEventId?: string;
  readonly messageStartEventIds: Readonly<Record<string, string>>;
  /** Lane names, in document order. */
  readonly roles: readonly string[];
  /** For each inclusive gateway with several incoming flows: the elements from which a token can still reach it. */
  readonly inclusiveJoinUpstream: Readonly<Record<string, Readonly<Record<string, true>>>>;
}

export interface UnsupportedElement {
  readonly elementId: string;
  readonly type: string;
  readonly reason: string;
}

export interface CompileResult {
  readonly process: CompiledProcess;
  /** Everything the engine cannot run, by element; empty means the process is fully executable. */
  readonly unsupported: readonly UnsupportedElement[];
}
