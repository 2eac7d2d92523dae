/** The state of one run as plain, serializable JSON: what the store saves and `advance` takes back. */

export type Variables = Record<string, unknown>;

export type RunStatus = 'running' | 'completed' | 'terminated' | 'cancelled' | 'failed';

/** What a token is waiting for, if anything. */
export type TokenWait = 'task' | 'serviceTask' | 'subProcess' | 'multiInstance' | 'event' | 'eventGateway' | 'incident';

export interface MultiInstanceProgress {
  /** The evaluated collection, or null when driven by a cardinality. */
  items: unknown[] | null;
  total: number;
  started: number;
  completed: number;
}

/** One execution: a position in the process, inside a scope (the run itself or a sub-process / multi-instance token). */
export interface Token {
  id: string;
  elementId: string;
  /** 'root' for the process itself, else the id of the sub-process or multi-instance token it runs inside. */
  scopeId: string;
  /** The sequence flow it arrived through (joins count arrivals per flow). */
  flowId?: string;
  waiting?: TokenWait;
  /** The user or service task it waits on. */
  taskId?: string;
  /** Set on the instances of a multi-instance activity. */
  loopIndex?: number;
  /** Variables seen only inside this token's element (a multi-instance item, `loopCounter`). */
  locals?: Variables;
  multiInstance?: MultiInstanceProgress;
}

export interface WaitingTask {
  id: string;
  kind: 'user' | 'service';
  tokenId: string;
  elementId: string;
}

export interface ScheduledTimer {
  id: string;
  /** The timer event element (catch event, boundary event, or an event-based gateway's target). */
  elementId: string;
  /** The token it belongs to: the one waiting at the event, the activity's, or the event-based gateway's. */
  tokenId: string;
  dueAt: string;
  /** Cycles: repetitions still to come after this one (null = forever). */
  repetitionsLeft?: number | null;
}

export interface Subscription {
  id: string;
  kind: 'message' | 'signal';
  name: string;
  elementId: string;
  tokenId: string;
}

export interface Incident {
  id: string;
  tokenId: string;
  elementId: string;
  message: string;
  /** Retrying re-enters the element ('enter') or re-chooses its outgoing flows ('leave'). */
  phase: 'enter' | 'leave';
}

export interface RunState {
  processId: string;
  status: RunStatus;
  /** Incremented by every successful command: the optimistic-concurrency check of the store. */
  version: number;
  /** Source of every id the engine creates (tokens, tasks, timers...), so ids are deterministic. */
  nextId: number;
  variables: Variables;
  tokens: Record<string, Token>;
  tasks: Record<string, WaitingTask>;
  timers: Record<string, ScheduledTimer>;
  subscriptions: Record<string, Subscription>;
  /** Arrivals per sequence flow at joins that wait, keyed `${scopeId}/${gatewayId}`. */
  joins: Record<string, Record<string, number>>;
  incidents: Record<string, Incident>;
}
