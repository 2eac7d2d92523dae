/** Runs of published processes, their tasks, incidents and timeline, and the variables they carry. */
import { z } from 'zod';
import { Id, IdParam, nameText, Timestamp } from './common.ts';

/** A variable name: an identifier FEEL conditions can read (`leadFound`, `dials_today`); never `__proto__` and the like. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** The most variables one command may set, and their size as JSON. */
export const MAX_VARIABLES = 100;
export const MAX_VARIABLES_BYTES = 64 * 1024;
/** How deep arrays and objects may nest inside one variable. */
export const MAX_VARIABLE_DEPTH = 10;

/** Why a value cannot be a variable's value, or null: JSON scalars, arrays and plain objects only, nested at most MAX_VARIABLE_DEPTH deep. */
function findInvalidValue(value: unknown): string | null {
  // Iterative, so a hostile nesting cannot exhaust the stack.
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return 'must be a finite number';
      continue;
    }
    if (typeof current !== 'object') return 'must be a string, number, boolean, null, array or object';
    if (depth >= MAX_VARIABLE_DEPTH) return `must not nest arrays and objects more than ${MAX_VARIABLE_DEPTH} deep`;
    const children = Array.isArray(current) ? current : Object.getPrototypeOf(current) === Object.prototype ? Object.values(current) : null;
    if (!children) return 'must be a string, number, boolean, null, array or object';
    for (const child of children) pending.push({ value: child, depth: depth + 1 });
  }
  return null;
}

/**
 * Variables a command sets on a run (task output, start variables, a message's payload): a JSON object whose names are
 * identifiers and whose values are scalars, arrays or objects; at most MAX_VARIABLES names and MAX_VARIABLES_BYTES of JSON.
 */
export const Variables = z.record(z.string(), z.unknown()).superRefine((variables, context) => {
  const names = Object.keys(variables);
  if (names.length > MAX_VARIABLES) {
    context.addIssue({ code: 'custom', message: `must hold at most ${MAX_VARIABLES} variables` });
    return;
  }
  for (const name of names) {
    if (!VARIABLE_NAME.test(name) || name.startsWith('__')) {
      context.addIssue({ code: 'custom', path: [name], message: 'is not a valid variable name: start with a letter or _, then letters, digits or _ (at most 64)' });
      return;
    }
    const problem = findInvalidValue(variables[name]);
    if (problem) {
      context.addIssue({ code: 'custom', path: [name], message: problem });
      return;
    }
  }
  if (new TextEncoder().encode(JSON.stringify(variables)).length > MAX_VARIABLES_BYTES) {
    context.addIssue({ code: 'custom', message: `must be at most ${MAX_VARIABLES_BYTES / 1024} KB as JSON` });
  }
});
export type Variables = z.infer<typeof Variables>;

/** A business key: the outside thing a run is about (a campaign, a lead's phone number), to find it and correlate messages by. */
export const BusinessKey = nameText(200);

export const RUN_STATUSES = ['running', 'completed', 'terminated', 'cancelled', 'failed'] as const;
export const TASK_STATUSES = ['open', 'claimed', 'completed', 'cancelled'] as const;
/** How a task's assignee was chosen: the role's pool (claimed), a named person, round-robin in the role, whoever completed an earlier step, whoever started the run, or a reassignment. */
export const TASK_ASSIGNMENTS = ['pool', 'person', 'roundRobin', 'completerOf', 'starter', 'reassigned'] as const;

export const PersonRef = z.object({ id: z.number(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const Task = z.object({
  id: z.number(),
  runId: z.number(),
  teamId: z.number(),
  processId: z.number(),
  processName: z.string(),
  businessKey: z.string().nullable(),
  elementId: z.string(),
  name: z.string().nullable(),
  /** The lane's name: a lane is a role. */
  role: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  assignee: PersonRef.nullable(),
  assignment: z.enum(TASK_ASSIGNMENTS),
  dueAt: Timestamp.nullable(),
  /** What this instance of a multi-instance task works on (the item, loopCounter). */
  input: z.record(z.string(), z.unknown()).nullable(),
  createdAt: Timestamp,
  completedAt: Timestamp.nullable(),
  completedBy: PersonRef.nullable(),
  output: z.record(z.string(), z.unknown()).nullable(),
});
export type Task = z.infer<typeof Task>;

export const TaskList = z.object({ tasks: z.array(Task) });
export type TaskList = z.infer<typeof TaskList>;

export const Incident = z.object({
  id: z.number(),
  runId: z.number(),
  elementId: z.string(),
  error: z.string(),
  createdAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  resolvedBy: PersonRef.nullable(),
});
export type Incident = z.infer<typeof Incident>;

export const IncidentList = z.object({ incidents: z.array(Incident) });
export type IncidentList = z.infer<typeof IncidentList>;

export const RunSummary = z.object({
  id: z.number(),
  teamId: z.number(),
  processId: z.number(),
  processName: z.string(),
  /** The version number the run started on, and keeps. */
  version: z.number(),
  businessKey: z.string().nullable(),
  status: z.enum(RUN_STATUSES),
  startedAt: Timestamp,
  startedBy: PersonRef.nullable(),
  endedAt: Timestamp.nullable(),
  openTaskCount: z.number(),
  openIncidentCount: z.number(),
});
export type RunSummary = z.infer<typeof RunSummary>;

export const RunList = z.object({ runs: z.array(RunSummary) });
export type RunList = z.infer<typeof RunList>;

/** Where a run's tokens are: for the diagram, each element holding one and what it waits for. */
export const RunPosition = z.object({ elementId: z.string(), waiting: z.string().nullable() });

export const RunDetail = RunSummary.extend({
  /** The optimistic-concurrency version: how many commands the run has taken. */
  revision: z.number(),
  variables: z.record(z.string(), z.unknown()),
  positions: z.array(RunPosition),
  tasks: z.array(Task),
  incidents: z.array(Incident),
});
export type RunDetail = z.infer<typeof RunDetail>;

export const HISTORY_KINDS = [
  'runStarted',
  'elementEntered',
  'elementCompleted',
  'elementCancelled',
  'variablesChanged',
  'incidentRaised',
  'incidentResolved',
  'runEnded',
  'taskAssigned',
  'taskClaimed',
  'taskReleased',
  'taskReassigned',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const HistoryEntry = z.object({
  id: z.number(),
  at: Timestamp,
  kind: z.enum(HISTORY_KINDS),
  elementId: z.string().nullable(),
  /** Who caused it; null for the server itself (a timer, a service task). */
  by: PersonRef.nullable(),
  /** The variables this transition set, with their new values. */
  variables: z.record(z.string(), z.unknown()).nullable(),
  detail: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const RunHistory = z.object({ runId: z.number(), entries: z.array(HistoryEntry) });
export type RunHistory = z.infer<typeof RunHistory>;

export const StartRunBody = z.strictObject({
  processId: Id,
  /** A published version number; absent: the latest published version. */
  version: Id.optional(),
  variables: Variables.default({}),
  businessKey: BusinessKey.optional(),
});
export type StartRunBody = z.input<typeof StartRunBody>;

export const RunParams = z.strictObject({ runId: IdParam });
export const TaskParams = z.strictObject({ taskId: IdParam });
export const IncidentParams = z.strictObject({ incidentId: IdParam });

const Limit = z
  .string()
  .regex(/^[1-9][0-9]{0,2}$/, 'must be a whole number from 1 to 500')
  .transform(Number)
  .pipe(z.number().max(500, 'must be a whole number from 1 to 500'));

export const RunQuery = z.strictObject({
  teamId: IdParam.optional(),
  processId: IdParam.optional(),
  status: z.enum(RUN_STATUSES).optional(),
  businessKey: BusinessKey.optional(),
  /** Runs with a smaller id than this (the next page). */
  before: IdParam.optional(),
  limit: Limit.optional(),
});
export type RunQuery = z.input<typeof RunQuery>;
/** The filter as a client passes it (numbers, not strings). */
export type RunFilter = z.infer<typeof RunQuery>;

/** `active` is open or claimed: what is still to do. */
export const TASK_STATUS_FILTERS = [...TASK_STATUSES, 'active'] as const;

export const TaskQuery = z.strictObject({
  teamId: IdParam.optional(),
  runId: IdParam.optional(),
  /** true: only the tasks assigned to me. */
  mine: z.enum(['true', 'false']).optional(),
  status: z.enum(TASK_STATUS_FILTERS).optional(),
  before: IdParam.optional(),
  limit: Limit.optional(),
});
export type TaskQuery = z.input<typeof TaskQuery>;
export type TaskFilter = z.infer<typeof TaskQuery>;

export const IncidentQuery = z.strictObject({
  teamId: IdParam.optional(),
  runId: IdParam.optional(),
  /** false (default): open incidents only; true: resolved ones only; all: both. */
  resolved: z.enum(['true', 'false', 'all']).optional(),
  limit: Limit.optional(),
});
export type IncidentQuery = z.input<typeof IncidentQuery>;
export type IncidentFilter = z.infer<typeof IncidentQuery>;

export const CompleteTaskBody = z.strictObject({ variables: Variables.default({}) });
export type CompleteTaskBody = z.input<typeof CompleteTaskBody>;

export const ReassignTaskBody = z.strictObject({ userId: Id });
export type ReassignTaskBody = z.input<typeof ReassignTaskBody>;

export const CancelRunBody = z.strictObject({ reason: nameText(500).optional() });
export type CancelRunBody = z.input<typeof CancelRunBody>;

export const RetryIncidentBody = z.strictObject({
  /** Corrected variables to set before the step is tried again. */
  variables: Variables.default({}),
});
export type RetryIncidentBody = z.input<typeof RetryIncidentBody>;

/**
 * A message from outside. Delivered to the run named by `runId`, else to the one run with `businessKey` waiting for it;
 * with `processId`, a message no run of that process waits for starts a new run at the process's message start event
 * of that name (with the business key, if given).
 */
export const CorrelateMessageBody = z
  .strictObject({
    name: nameText(200),
    runId: Id.optional(),
    businessKey: BusinessKey.optional(),
    processId: Id.optional(),
    variables: Variables.default({}),
  })
  .refine((body) => body.runId !== undefined || body.businessKey !== undefined || body.processId !== undefined, {
    message: 'is required: name the run by runId or businessKey, or the process to start by processId',
    path: ['runId'],
  })
  .refine((body) => body.runId === undefined || body.processId === undefined, { message: 'must not be given with runId: a message goes to one run or starts one', path: ['processId'] });
export type CorrelateMessageBody = z.input<typeof CorrelateMessageBody>;

export const CorrelateMessageResult = z.object({ run: RunDetail });
export type CorrelateMessageResult = z.infer<typeof CorrelateMessageResult>;

/** A completed task, and its run as it stands after the completion (its next open tasks among them). */
export const CompleteTaskResult = z.object({ task: Task, run: RunDetail });
export type CompleteTaskResult = z.infer<typeof CompleteTaskResult>;

export const START_TIMER_STATUSES = ['scheduled', 'finished'] as const;

/** A timer start event of a process's current published version: when it next starts a run, and what it started last. */
export const ScheduledStart = z.object({
  elementId: z.string(),
  /** The timer as the model gives it: PT1H, a date, R/P1D, or a cron expression read in the team's time zone. */
  schedule: z.string(),
  version: z.number(),
  status: z.enum(START_TIMER_STATUSES),
  nextAt: Timestamp.nullable(),
  startedCount: z.number(),
  lastRunId: z.number().nullable(),
  lastStartedAt: Timestamp.nullable(),
  /** Why the last attempt to start a run failed, until one succeeds. */
  lastError: z.string().nullable(),
});
export type ScheduledStart = z.infer<typeof ScheduledStart>;

export const ScheduledStartList = z.object({ processId: z.number(), timeZone: z.string().nullable(), starts: z.array(ScheduledStart) });
export type ScheduledStartList = z.infer<typeof ScheduledStartList>;

export const TaskEventsQuery = z.strictObject({
  /** How long to hold the stream open before ending it (EventSource then reconnects): 0 to 600, default 300. */
  seconds: z
    .string()
    .regex(/^[0-9]{1,3}$/, 'must be a whole number of seconds from 0 to 600')
    .transform(Number)
    .pipe(z.number().max(600, 'must be a whole number of seconds from 0 to 600'))
    .optional(),
});
export type TaskEventsQuery = z.input<typeof TaskEventsQuery>;

/** The stream's events, as text/event-stream: `ready` ({ seconds }) first, then `tasks` ({ teamIds }) on every change. */
export const TaskEventStream = z.string();
