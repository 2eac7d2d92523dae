/** Tracked events (dials, counters, calling sessions, undos) sent in batches, their per-event results, and the daily-rollup summary. */
import { z } from 'zod';
import { Id, IdParam, nameText, Timestamp } from './common.ts';
import { Variables } from './runs.ts';

export const TRACKED_EVENT_KINDS = ['dial', 'counted', 'sessionStarted', 'sessionPaused', 'sessionResumed', 'sessionStopped', 'undo'] as const;
export type TrackedEventKind = (typeof TRACKED_EVENT_KINDS)[number];

/** At most this many events per request. */
export const MAX_EVENTS_PER_BATCH = 1000;
/** How far ahead of the server's clock an event may say it happened (clients' clocks drift). */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** How old an event may be when it arrives (an offline tracker syncing late, a dialer's backlog). */
export const MAX_EVENT_AGE_DAYS = 30;
/** An undo must happen within this many seconds after the event it takes back (both by the client's clock). */
export const UNDO_WINDOW_SECONDS = 120;
/** The widest day range a summary reads. */
export const MAX_SUMMARY_DAYS = 366;

/** Metric keys of the rollups besides the documented counters and disposition outcomes (talkTo, lead, ...). */
export const DIALS_METRIC = 'dials';
export const PHONE_SECONDS_METRIC = 'phoneSeconds';
export const CALL_SECONDS_METRIC = 'callSeconds';
export function dispositionMetric(disposition: string): string {
  return `disposition.${disposition}`;
}

/** A client-generated UUID (e.g. crypto.randomUUID()), compared in lower case. */
export const ClientId = z.uuid('must be a UUID').transform((value) => value.toLowerCase());

/** A key of the process documentation (a disposition, a counter). */
const DocumentationKey = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,49}$/, 'must be a key of the process documentation');

/**
 * A phone number as the VA or the dialer wrote it ("(512) 555-0100", "+44 20 7946 0958"): bounded text here; the
 * server reads it as E.164 with the team's default country, the spelling the do-not-call list compares, and rejects
 * that one event (INVALID_PHONE_NUMBER, field phoneNumber) when it is not a phone number.
 */
const PhoneNumberText = nameText(40);

/** When it happened by the client's clock, with any offset; stored as UTC. */
const OccurredAt = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 date and time such as 2025-03-09T14:30:00Z' })
  .transform((value) => new Date(value).toISOString());

const Payload = Variables.refine((value) => JSON.stringify(value).length <= 4096, 'must be at most 4 KB as JSON');

const base = {
  clientId: ClientId,
  /** The team the work is for (its time zone buckets the day). */
  teamId: Id,
  /** Whose work it is; the caller by default. A manager, an admin or the owner may record for a member of the team. */
  userId: Id.optional(),
  occurredAt: OccurredAt,
  /**
   * Anything else (notes, the lead form) kept with the event. A dial whose disposition counts as a callback may carry
   * `callbackAt` (an ISO-8601 instant) and `callbackNote`: it then starts a run at the process's CallbackRequested message start.
   */
  payload: Payload.optional(),
};

/** Where the work happened: a task (or run) of a process, else the process's latest published version. */
const context = {
  processId: Id.optional(),
  runId: Id.optional(),
  taskId: Id.optional(),
  /** The diagram element (step) the event was logged on; a task's by default. */
  elementId: z.string().min(1).max(200).regex(/^[^\u0000-\u001f\u007f]+$/, 'must not contain control characters').optional(),
  scriptVersionId: Id.optional(),
  /** The list or lead source in use. */
  list: nameText(200).optional(),
};

export const DialEvent = z.strictObject({
  kind: z.literal('dial'),
  ...base,
  ...context,
  /** A key of the process version's disposition set. */
  disposition: DocumentationKey,
  phoneNumber: PhoneNumberText.optional(),
  durationSeconds: z.number().int('must be a whole number').min(0).max(24 * 60 * 60).optional(),
});

export const CountedEvent = z.strictObject({
  kind: z.literal('counted'),
  ...base,
  ...context,
  /** A counter key of the process version's documentation. */
  counter: DocumentationKey,
  quantity: z.number().int('must be a whole number').min(1).max(1000).default(1),
});

/** Opens a calling session; its client id is the session's id. Phone time is credited to its process, script version and list. */
export const SessionStartedEvent = z.strictObject({ kind: z.literal('sessionStarted'), ...base, ...context });

const sessionChange = { ...base, /** The client id of the session's sessionStarted event. */ sessionId: ClientId };
export const SessionPausedEvent = z.strictObject({ kind: z.literal('sessionPaused'), ...sessionChange });
export const SessionResumedEvent = z.strictObject({ kind: z.literal('sessionResumed'), ...sessionChange });
export const SessionStoppedEvent = z.strictObject({ kind: z.literal('sessionStopped'), ...sessionChange });

/**
 * Takes back an earlier dial or counter entry of the same person, at most UNDO_WINDOW_SECONDS after it; nothing is
 * deleted, and a number a doNotCall dial put on the do-not-call list stays there (removal is an audited action on the list).
 */
export const UndoEvent = z.strictObject({ kind: z.literal('undo'), ...base, correctsClientId: ClientId });

export const TrackedEventInput = z.discriminatedUnion('kind', [
  DialEvent,
  CountedEvent,
  SessionStartedEvent,
  SessionPausedEvent,
  SessionResumedEvent,
  SessionStoppedEvent,
  UndoEvent,
]);
export type TrackedEventInput = z.infer<typeof TrackedEventInput>;

/** A batch: refused whole (400) when any event is malformed; otherwise each event is accepted, a duplicate, or rejected on its own. */
export const RecordEventsBody = z.strictObject({
  events: z
    .array(TrackedEventInput)
    .min(1, 'must hold at least one event')
    .max(MAX_EVENTS_PER_BATCH, `must hold at most ${MAX_EVENTS_PER_BATCH} events`)
    .superRefine((events, issues) => {
      events.forEach((event, index) => {
        if ((event.kind === 'dial' || event.kind === 'counted' || event.kind === 'sessionStarted') && !event.processId && !event.runId && !event.taskId) {
          issues.addIssue({ code: 'custom', path: [index, 'processId'], message: 'is required unless the event names its task or run' });
        }
      });
    }),
});
export type RecordEventsBody = z.input<typeof RecordEventsBody>;

/** Why one event of a batch was not stored. */
export const REJECTION_CODES = [
  /** The caller may not record for this person. */
  'NOT_ALLOWED',
  /** The person is not a member of the team. */
  'NOT_A_MEMBER',
  /** The task, run, process or script version belongs to another team or process than the event says. */
  'MISMATCH',
  'NO_PUBLISHED_VERSION',
  'UNKNOWN_DISPOSITION',
  'UNKNOWN_COUNTER',
  /** The dial's phone number cannot be read as one with the team's default country. */
  'INVALID_PHONE_NUMBER',
  /** A callback dial's payload.callbackAt is no ISO-8601 instant (or is more than a year ahead), or its payload.callbackNote no short text. */
  'INVALID_CALLBACK',
  'IN_THE_FUTURE',
  'TOO_OLD',
  'SESSION_NOT_FOUND',
  'UNDO_TARGET_NOT_FOUND',
  'NOT_UNDOABLE',
  'UNDO_TOO_LATE',
  'ALREADY_UNDONE',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const EventResult = z.object({
  clientId: z.string(),
  /** accepted: stored now; duplicate: stored before (or earlier in this batch), nothing counted again; rejected: not stored. */
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  code: z.enum(REJECTION_CODES).optional(),
  /** The event's field the rejection is about. */
  field: z.string().optional(),
  reason: z.string().optional(),
});
export type EventResult = z.infer<typeof EventResult>;

export const RecordEventsResult = z.object({
  accepted: z.number(),
  duplicates: z.number(),
  rejected: z.number(),
  /** One per event, in the order sent. */
  results: z.array(EventResult),
});
export type RecordEventsResult = z.infer<typeof RecordEventsResult>;

export const TrackedEvent = z.object({
  id: z.number(),
  clientId: z.string(),
  kind: z.enum(TRACKED_EVENT_KINDS),
  teamId: z.number(),
  userId: z.number(),
  recordedByUserId: z.number().nullable(),
  processId: z.number(),
  processVersionId: z.number(),
  runId: z.number().nullable(),
  taskId: z.number().nullable(),
  elementId: z.string().nullable(),
  scriptVersionId: z.number().nullable(),
  list: z.string().nullable(),
  disposition: z.string().nullable(),
  counter: z.string().nullable(),
  /** What it added to the rollups (negative for an undo). */
  counts: z.record(z.string(), z.number()),
  phoneNumber: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  sessionId: z.string().nullable(),
  correctsClientId: z.string().nullable(),
  /** Whether a later undo took it back. */
  undone: z.boolean(),
  /** The team-local day it counts on. */
  day: z.string(),
  occurredAt: Timestamp,
  receivedAt: Timestamp,
  payload: z.record(z.string(), z.unknown()).nullable(),
});
export type TrackedEvent = z.infer<typeof TrackedEvent>;

export const TrackedEventList = z.object({ events: z.array(TrackedEvent) });
export type TrackedEventList = z.infer<typeof TrackedEventList>;

/** Recent events of a team, last received first: the caller's own (a va always), or a member's, a task's or a session's. */
export const TrackedEventQuery = z.strictObject({
  teamId: IdParam,
  userId: IdParam.optional(),
  taskId: IdParam.optional(),
  sessionId: z.uuid('must be a UUID').transform((value) => value.toLowerCase()).optional(),
  /** Only events that happened at or after this instant. */
  since: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date and time' }).transform((value) => new Date(value).toISOString()).optional(),
  /** Events with an id below this one (the next page). */
  before: IdParam.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type TrackedEventQuery = z.input<typeof TrackedEventQuery>;
export type TrackedEventFilter = z.infer<typeof TrackedEventQuery>;

const LocalDate = z.iso.date('must be a date such as 2025-03-09');

export const SUMMARY_GROUPS = ['day', 'user', 'process', 'scriptVersion', 'list'] as const;

/** Counters and rates from the daily rollups, over team-local days (today by default). */
export const TrackingSummaryQuery = z.strictObject({
  teamId: IdParam,
  /** A va always reads their own. */
  userId: IdParam.optional(),
  processId: IdParam.optional(),
  scriptVersionId: IdParam.optional(),
  list: nameText(200).optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  groupBy: z.enum(SUMMARY_GROUPS).default('day'),
});
export type TrackingSummaryQuery = z.input<typeof TrackingSummaryQuery>;
export type TrackingSummaryFilter = z.infer<typeof TrackingSummaryQuery>;

/** Rates computed from the metrics; null when the denominator is zero. */
export const TrackingRates = z.object({
  /** talkTo / dials */
  talkToRate: z.number().nullable(),
  /** lead / talkTo */
  leadRate: z.number().nullable(),
  /** appointmentSet / lead */
  appointmentRate: z.number().nullable(),
  /** dials per hour of phone time */
  dialsPerPhoneHour: z.number().nullable(),
});
export type TrackingRates = z.infer<typeof TrackingRates>;

export const TrackingSummary = z.object({
  teamId: z.number(),
  timeZone: z.string(),
  userId: z.number().nullable(),
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(SUMMARY_GROUPS),
  /** Metric -> sum: dials, talkTo, lead, ..., disposition.<key>, documented counters, phoneSeconds, callSeconds. */
  totals: z.record(z.string(), z.number()),
  rates: TrackingRates,
  /** One per value of `groupBy` that has data (the day, user id, process id, script version id or list; null for "none"). */
  groups: z.array(z.object({ key: z.union([z.string(), z.number()]).nullable(), totals: z.record(z.string(), z.number()), rates: TrackingRates })),
});
export type TrackingSummary = z.infer<typeof TrackingSummary>;
