/**
 * Records a batch of tracked events in one transaction: each event is accepted, a duplicate (its client id was seen
 * before: nothing counts twice) or rejected with a reason naming its field; every accepted event updates the daily
 * rollups, and the step rollups when logged on a step, in the same transaction. An id the organization does not have
 * (team, process, run, task, script version) refuses the whole batch with 404, as everywhere in the API; everything
 * that can happen in normal use (a late undo, a disposition no longer in the set, an event too old, a phone number that
 * is not one) rejects that event only. A dial's phone number is stored as E.164 read with the team's default country,
 * the spelling the do-not-call list compares, and a doNotCall dial adds it to that list in the same transaction (an
 * undo does not take it off again).
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { DISPOSITION_OUTCOMES, ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { canManageRuns } from '../../api/roles.ts';
import {
  MAX_CLOCK_SKEW_SECONDS,
  MAX_EVENT_AGE_DAYS,
  PHONE_SECONDS_METRIC,
  UNDO_WINDOW_SECONDS,
  type EventResult,
  type RecordEventsResult,
  type RejectionCode,
  type TrackedEventInput,
} from '../../api/schemas/tracking.ts';
import { addToRollups, type RollupDelta } from '../../store/repositories/daily-rollups.ts';
import { addDncEntries } from '../../store/repositories/dnc-numbers.ts';
import { addToStepRollups, sumStepCounts, type StepRollupSums } from '../../store/repositories/step-rollups.ts';
import {
  findTrackedEventsByClientIds,
  insertTrackedEvents,
  listExistingClientIds,
  listSessionEvents,
  listUndoneClientIds,
  lockSession,
  type NewTrackedEvent,
  type TrackedEventRecord,
} from '../../store/repositories/tracked-events.ts';
import { loadTrackingContext, loadVersionDocumentation, membershipKey, type TrackingContext } from '../../store/repositories/tracking-context.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { normalizePhoneNumber, type NormalizedPhoneNumber } from '../compliance/normalize-phone-number.ts';
import { counterCounts, dialCounts, type Counts } from '../tracking/dial-counts.ts';
import type { Runner } from '../runner/runner.ts';
import { localDay } from '../tracking/local-day.ts';
import { newTrackedEvent, type EventBase } from '../tracking/new-tracked-event.ts';
import { undoEntry } from '../tracking/undo-entry.ts';
import { sessionPhoneSeconds, type SessionEventFact, type SessionEventKind } from '../tracking/session-phone-seconds.ts';
import { findCallbackProblem, scheduleCallbacks } from './schedule-callbacks.ts';

type SessionChangeInput = Extract<TrackedEventInput, { kind: 'sessionPaused' | 'sessionResumed' | 'sessionStopped' }>;
type ContextInput = Extract<TrackedEventInput, { kind: 'dial' | 'counted' | 'sessionStarted' }>;
type UndoInput = Extract<TrackedEventInput, { kind: 'undo' }>;

class Rejection {
  constructor(
    readonly code: RejectionCode,
    readonly field: string,
    readonly reason: string,
  ) {}
}

const reject = (code: RejectionCode, field: string, reason: string) => new Rejection(code, field, reason);

/** The disposition outcome that puts a dial's number on the do-not-call list. */
const DO_NOT_CALL_OUTCOME: (typeof DISPOSITION_OUTCOMES)[number] = 'doNotCall';

/** PostgreSQL's deadlock and serialization failures: the transaction is retried from the start. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 4;

function isSessionChange(event: TrackedEventInput): event is SessionChangeInput {
  return event.kind === 'sessionPaused' || event.kind === 'sessionResumed' || event.kind === 'sessionStopped';
}

function hasContext(event: TrackedEventInput): event is ContextInput {
  return event.kind === 'dial' || event.kind === 'counted' || event.kind === 'sessionStarted';
}

/** `runner` starts the runs of callback dials (schedule-callbacks.ts); history writers without one (the demo) start none. */
export async function recordTrackedEvents(db: Kysely<Database>, principal: Principal, events: readonly TrackedEventInput[], now = new Date(), runner?: Runner): Promise<RecordEventsResult> {
  const organizationId = principal.organizationId;
  const results: EventResult[] = events.map((event) => ({ clientId: event.clientId, status: 'accepted' }));
  const settled = new Set<number>();
  const duplicate = (index: number) => {
    results[index] = { clientId: events[index]!.clientId, status: 'duplicate' };
    settled.add(index);
  };

  // A client id seen earlier in the batch, or stored before: nothing to do, whatever it says now.
  const firstIndex = new Map<string, number>();
  events.forEach((event, index) => {
    if (firstIndex.has(event.clientId)) duplicate(index);
    else firstIndex.set(event.clientId, index);
  });
  const existing = await listExistingClientIds(db, organizationId, [...firstIndex.keys()]);
  events.forEach((event, index) => {
    if (!settled.has(index) && existing.has(event.clientId)) duplicate(index);
  });
  const pending = events.map((event, index) => ({ event, index })).filter(({ index }) => !settled.has(index));

  const subjectOf = (event: TrackedEventInput) => event.userId ?? principal.userId;
  const context = await loadTrackingContext(db, organizationId, {
    teamIds: pending.map(({ event }) => event.teamId),
    userIds: pending.map(({ event }) => subjectOf(event)),
    processIds: pending.flatMap(({ event }) => (hasContext(event) && event.processId ? [event.processId] : [])),
    runIds: pending.flatMap(({ event }) => (hasContext(event) && event.runId ? [event.runId] : [])),
    taskIds: pending.flatMap(({ event }) => (hasContext(event) && event.taskId ? [event.taskId] : [])),
    scriptVersionIds: pending.flatMap(({ event }) => (hasContext(event) && event.scriptVersionId ? [event.scriptVersionId] : [])),
  });
  assertReferencesExist(pending, context);

  const versionIds = new Set<number>([...context.runs.values()].map((run) => run.processVersionId));
  for (const versionId of context.latestPublishedVersions.values()) versionIds.add(versionId);
  const documentation = await loadVersionDocumentation(db, organizationId, [...versionIds]);
  const referenced = await findTrackedEventsByClientIds(db, organizationId, [
    ...pending.flatMap(({ event }) => (isSessionChange(event) ? [event.sessionId] : event.kind === 'undo' ? [event.correctsClientId] : [])),
  ]);
  const alreadyUndone = await listUndoneClientIds(db, organizationId, pending.flatMap(({ event }) => (event.kind === 'undo' ? [event.correctsClientId] : [])));

  const receivedAt = now.toISOString();
  const readPhoneNumber = createPhoneNumberReader();
  const prepared = new Map<number, NewTrackedEvent>();
  const preparedByClientId = new Map<string, NewTrackedEvent>();
  const undoneInBatch = new Set<string>();
  const validate = (index: number, event: TrackedEventInput, build: () => NewTrackedEvent | Rejection) => {
    const outcome = checkCommon(event, subjectOf(event), principal, context, now) ?? build();
    if (outcome instanceof Rejection) {
      results[index] = { clientId: event.clientId, status: 'rejected', code: outcome.code, field: outcome.field, reason: outcome.reason };
      settled.add(index);
      return;
    }
    prepared.set(index, outcome);
    preparedByClientId.set(outcome.clientId, outcome);
  };
  const base = (event: TrackedEventInput) => ({
    organizationId,
    teamId: event.teamId,
    userId: subjectOf(event),
    recordedByUserId: principal.userId,
    clientId: event.clientId,
    kind: event.kind,
    occurredAt: event.occurredAt,
    receivedAt,
    payload: event.payload ?? null,
  });

  // Starts, dials and counters first, so a session change or an undo may name one sent in the same batch.
  for (const { event, index } of pending) {
    if (!hasContext(event)) continue;
    validate(index, event, () => {
      const outcome = prepareWithContext(event, base(event), context, documentation, readPhoneNumber);
      const callback = outcome instanceof Rejection ? undefined : findCallbackProblem(outcome, receivedAt);
      return callback ? reject(callback.code, callback.field, callback.reason) : outcome;
    });
  }
  for (const { event, index } of pending) {
    if (!isSessionChange(event)) continue;
    validate(index, event, () => {
      const start = referenced.get(event.sessionId) ?? preparedByClientId.get(event.sessionId);
      if (!start || start.kind !== 'sessionStarted' || start.userId !== subjectOf(event) || start.teamId !== event.teamId) {
        return reject('SESSION_NOT_FOUND', 'sessionId', 'This person has no calling session with this id in this team.');
      }
      return newTrackedEvent(base(event), {
        ...dimensionsOf(start),
        disposition: null,
        counter: null,
        counts: {},
        phoneNumber: null,
        durationSeconds: null,
        sessionClientId: start.clientId,
        correctsClientId: null,
        day: localDay(Date.parse(event.occurredAt), context.teamTimeZones.get(event.teamId)!),
      });
    });
  }
  for (const { event, index } of pending) {
    if (event.kind !== 'undo') continue;
    validate(index, event, () => {
      const outcome = prepareUndo(event, base(event), referenced.get(event.correctsClientId) ?? preparedByClientId.get(event.correctsClientId), alreadyUndone, undoneInBatch);
      if (!(outcome instanceof Rejection)) undoneInBatch.add(event.correctsClientId);
      return outcome;
    });
  }

  if (prepared.size > 0) {
    const { inserted, lostUndos } = await writeWithRetry(db, organizationId, [...prepared.values()], context, runner);
    for (const [index, event] of prepared) {
      if (inserted.has(event.clientId)) continue;
      results[index] = lostUndos.has(event.clientId)
        ? { clientId: event.clientId, status: 'rejected', code: 'ALREADY_UNDONE', field: 'correctsClientId', reason: 'That entry was already undone.' }
        : { clientId: event.clientId, status: 'duplicate' };
    }
  }
  return {
    accepted: results.filter((result) => result.status === 'accepted').length,
    duplicates: results.filter((result) => result.status === 'duplicate').length,
    rejected: results.filter((result) => result.status === 'rejected').length,
    results,
  };
}

/** Ids the organization does not have refuse the batch: they are never produced by a client of this organization. */
function assertReferencesExist(pending: ReadonlyArray<{ event: TrackedEventInput; index: number }>, context: TrackingContext): void {
  for (const { event, index } of pending) {
    const notFound = (field: string, what: string) => appError('NOT_FOUND', { field: `events.${index}.${field}`, message: `There is no such ${what}.` });
    if (!context.teamTimeZones.has(event.teamId)) throw notFound('teamId', 'team');
    if (!hasContext(event)) continue;
    if (event.processId && !context.processTeams.has(event.processId)) throw notFound('processId', 'process');
    if (event.runId && !context.runs.has(event.runId)) throw notFound('runId', 'run');
    if (event.taskId && !context.tasks.has(event.taskId)) throw notFound('taskId', 'task');
    if (event.scriptVersionId && !context.scriptVersionTeams.has(event.scriptVersionId)) throw notFound('scriptVersionId', 'script version');
  }
}

/** Who may record for whom, and when the event may have happened. */
function checkCommon(event: TrackedEventInput, subject: number, principal: Principal, context: TrackingContext, now: Date): Rejection | undefined {
  if (subject !== principal.userId && !canManageRuns(principal.role)) {
    return reject('NOT_ALLOWED', 'userId', 'You may record only your own work; a manager may record for a member of the team.');
  }
  if (!context.teamMemberships.has(membershipKey(event.teamId, subject))) {
    return event.userId === undefined
      ? reject('NOT_A_MEMBER', 'teamId', 'You are not a member of this team.')
      : reject('NOT_A_MEMBER', 'userId', 'This person is not a member of this team.');
  }
  const at = Date.parse(event.occurredAt);
  if (at > now.getTime() + MAX_CLOCK_SKEW_SECONDS * 1000) {
    return reject('IN_THE_FUTURE', 'occurredAt', `occurredAt is more than ${MAX_CLOCK_SKEW_SECONDS / 60} minutes ahead of the server's clock: check the device's clock.`);
  }
  if (at < now.getTime() - MAX_EVENT_AGE_DAYS * 24 * 60 * 60 * 1000) {
    return reject('TOO_OLD', 'occurredAt', `occurredAt is more than ${MAX_EVENT_AGE_DAYS} days ago: such events are no longer accepted.`);
  }
  return undefined;
}

type PhoneNumberReader = (text: string, defaultCountry: string) => NormalizedPhoneNumber;

/** Reads each distinct spelling of a number once per batch: libphonenumber-js takes tens of microseconds a number. */
function createPhoneNumberReader(): PhoneNumberReader {
  const read = new Map<string, NormalizedPhoneNumber>();
  return (text, defaultCountry) => {
    const key = `${defaultCountry} ${text}`;
    let normalized = read.get(key);
    if (!normalized) {
      normalized = normalizePhoneNumber(text, defaultCountry);
      read.set(key, normalized);
    }
    return normalized;
  };
}

/** A dial, a counter entry or a session start: where it happened (task -> run -> version, else the process's latest published version) and what it counts. */
function prepareWithContext(
  event: ContextInput,
  base: EventBase,
  context: TrackingContext,
  documentation: Map<number, ProcessDocumentation>,
  readPhoneNumber: PhoneNumberReader,
): NewTrackedEvent | Rejection {
  const task = event.taskId ? context.tasks.get(event.taskId)! : undefined;
  if (task && task.teamId !== event.teamId) return reject('MISMATCH', 'taskId', "This task is not one of this team's.");
  if (task && event.runId && task.runId !== event.runId) return reject('MISMATCH', 'runId', 'This task is not part of this run.');
  const runId = task?.runId ?? event.runId;
  let processId: number;
  let processVersionId: number;
  if (runId) {
    const run = context.runs.get(runId)!;
    if (run.teamId !== event.teamId) return reject('MISMATCH', 'runId', "This run is not one of this team's.");
    if (event.processId && event.processId !== run.processId) return reject('MISMATCH', 'processId', 'This run is of another process.');
    processId = run.processId;
    processVersionId = run.processVersionId;
  } else {
    processId = event.processId!;
    if (context.processTeams.get(processId) !== event.teamId) return reject('MISMATCH', 'processId', "This process is not one of this team's.");
    const latest = context.latestPublishedVersions.get(processId);
    if (latest === undefined) return reject('NO_PUBLISHED_VERSION', 'processId', 'This process has no published version.');
    processVersionId = latest;
  }
  if (event.scriptVersionId) {
    const scriptTeam = context.scriptVersionTeams.get(event.scriptVersionId);
    if (scriptTeam !== null && scriptTeam !== event.teamId) return reject('MISMATCH', 'scriptVersionId', "This script version is not one of this team's or the library's.");
  }
  let phoneNumber: string | null = null;
  if (event.kind === 'dial' && event.phoneNumber !== undefined) {
    const normalized = readPhoneNumber(event.phoneNumber, context.teamDefaultCountries.get(event.teamId)!);
    if (!normalized.ok) return reject('INVALID_PHONE_NUMBER', 'phoneNumber', `phoneNumber ${normalized.message}: write it with its country code, such as +15125550100, or as dialed in the team's country.`);
    phoneNumber = normalized.number;
  }
  const doc = documentation.get(processVersionId)!;
  let counts: Counts | undefined = {};
  if (event.kind === 'dial') {
    counts = dialCounts(doc, event.disposition, event.durationSeconds);
    if (!counts) return reject('UNKNOWN_DISPOSITION', 'disposition', `"${event.disposition}" is not in this process version's disposition set.`);
  } else if (event.kind === 'counted') {
    counts = counterCounts(doc, event.counter, event.quantity);
    if (!counts) return reject('UNKNOWN_COUNTER', 'counter', `"${event.counter}" is not a counter of this process version.`);
  }
  return newTrackedEvent(base, {
    processId,
    processVersionId,
    runId: runId ?? null,
    taskId: event.taskId ?? null,
    elementId: event.elementId ?? task?.elementId ?? null,
    scriptVersionId: event.scriptVersionId ?? null,
    list: event.list ?? null,
    disposition: event.kind === 'dial' ? event.disposition : null,
    counter: event.kind === 'counted' ? event.counter : null,
    counts,
    phoneNumber,
    durationSeconds: event.kind === 'dial' ? (event.durationSeconds ?? null) : null,
    sessionClientId: event.kind === 'sessionStarted' ? event.clientId : null,
    correctsClientId: null,
    day: localDay(Date.parse(event.occurredAt), context.teamTimeZones.get(event.teamId)!),
  });
}

/**
 * An undo takes back a dial or counter entry of the same person in the same team, at most UNDO_WINDOW_SECONDS after it
 * (by the client's clock, which also stamped the entry): it counts the entry's amounts negated, on the entry's day and
 * dimensions. The entry itself is never changed.
 */
function prepareUndo(event: UndoInput, base: EventBase, target: NewTrackedEvent | TrackedEventRecord | undefined, alreadyUndone: Set<string>, undoneInBatch: Set<string>): NewTrackedEvent | Rejection {
  if (!target || target.userId !== base.userId || target.teamId !== event.teamId) {
    return reject('UNDO_TARGET_NOT_FOUND', 'correctsClientId', 'This person has no entry with this id in this team.');
  }
  if (target.kind !== 'dial' && target.kind !== 'counted') return reject('NOT_UNDOABLE', 'correctsClientId', 'Only a dial or a counter entry can be undone.');
  const after = (Date.parse(event.occurredAt) - Date.parse(target.occurredAt)) / 1000;
  if (after < 0) return reject('NOT_UNDOABLE', 'occurredAt', 'An undo cannot happen before the entry it takes back.');
  if (after > UNDO_WINDOW_SECONDS) return reject('UNDO_TOO_LATE', 'occurredAt', `An entry can be undone only within ${UNDO_WINDOW_SECONDS / 60} minutes.`);
  if (alreadyUndone.has(target.clientId) || undoneInBatch.has(target.clientId)) return reject('ALREADY_UNDONE', 'correctsClientId', 'That entry was already undone.');
  return undoEntry(base, target);
}

function dimensionsOf(event: NewTrackedEvent | TrackedEventRecord) {
  return {
    processId: event.processId,
    processVersionId: event.processVersionId,
    runId: event.runId,
    taskId: event.taskId,
    elementId: event.elementId,
    scriptVersionId: event.scriptVersionId,
    list: event.list,
  };
}

async function writeWithRetry(
  db: Kysely<Database>,
  organizationId: number,
  events: NewTrackedEvent[],
  context: TrackingContext,
  runner: Runner | undefined,
): Promise<{ inserted: Set<string>; lostUndos: Set<string> }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute((trx) => writeEvents(trx, organizationId, events, context, runner));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}

/**
 * Inserts what is new, then adds exactly the inserted events' amounts to the daily rollups (with the changed sessions'
 * phone time) and, for events logged on a step, to the step rollups.
 */
async function writeEvents(
  trx: Kysely<Database>,
  organizationId: number,
  events: NewTrackedEvent[],
  context: TrackingContext,
  runner: Runner | undefined,
): Promise<{ inserted: Set<string>; lostUndos: Set<string> }> {
  const sessionIds = [...new Set(events.flatMap((event) => (event.sessionClientId ? [event.sessionClientId] : [])))].sort();
  for (const sessionId of sessionIds) await lockSession(trx, organizationId, sessionId);

  const inserted = await insertTrackedEvents(trx, events);
  // An undo not inserted whose client id is not stored either lost a race to another undo of the same entry.
  const notInserted = events.filter((event) => !inserted.has(event.clientId));
  const stored = notInserted.length ? await listExistingClientIds(trx, organizationId, notInserted.map((event) => event.clientId)) : new Set<string>();
  const lostUndos = new Set(notInserted.filter((event) => !stored.has(event.clientId)).map((event) => event.clientId));

  const deltas: RollupDelta[] = [];
  const steps: StepRollupSums = new Map();
  for (const event of events) {
    if (!inserted.has(event.clientId)) continue;
    for (const [metric, amount] of Object.entries(event.counts)) deltas.push(rollupDelta(event, event.day, metric, amount));
    // An undo carries its entry's element and day, so it takes back on the step where the entry counted.
    sumStepCounts(steps, event);
  }
  for (const sessionId of sessionIds) {
    if (!events.some((event) => event.sessionClientId === sessionId && inserted.has(event.clientId))) continue;
    deltas.push(...(await phoneTimeDeltas(trx, organizationId, sessionId, inserted, context)));
  }
  await addToRollups(trx, deltas);
  await addToStepRollups(trx, steps);
  await addDoNotCallNumbers(trx, events, inserted);
  if (runner) await scheduleCallbacks(trx, runner, events, inserted);
  return { inserted, lostUndos };
}

/**
 * A dial whose disposition counts as doNotCall puts its number on the team's do-not-call list at once, in the dial's
 * transaction, as a call request (what addDoNotCallRequest does for one number, here in one statement for the batch:
 * the number is already E.164, read with the team's default country when the dial was validated). Only dials inserted
 * now count (a duplicate adds nothing), and a number already listed keeps its first entry. An undo of the dial leaves
 * the number listed: taking a number off the list is an explicit, audited action on the list itself.
 */
async function addDoNotCallNumbers(trx: Kysely<Database>, events: readonly NewTrackedEvent[], inserted: Set<string>): Promise<void> {
  const requests = events.filter((event) => event.kind === 'dial' && event.phoneNumber !== null && (event.counts[DO_NOT_CALL_OUTCOME] ?? 0) > 0 && inserted.has(event.clientId));
  if (requests.length === 0) return;
  await addDncEntries(
    trx,
    requests.map((event) => ({
      organizationId: event.organizationId,
      teamId: event.teamId,
      number: event.phoneNumber!,
      source: 'callRequest' as const,
      note: `tracked event ${event.clientId}`,
      addedByUserId: event.userId,
    })),
    requests[0]!.receivedAt,
  );
}

/** What `amount` of `metric` on `day` adds to the rollup row of the event's dimensions (one literal: see tracking/new-tracked-event.ts). */
function rollupDelta(event: NewTrackedEvent | TrackedEventRecord, day: string, metric: string, amount: number): RollupDelta {
  return {
    organizationId: event.organizationId,
    teamId: event.teamId,
    day,
    userId: event.userId,
    processId: event.processId,
    scriptVersionId: event.scriptVersionId,
    list: event.list,
    metric,
    amount,
  };
}

/** The session's phone time with this batch's events minus without them: order of arrival does not matter. */
async function phoneTimeDeltas(trx: Kysely<Database>, organizationId: number, sessionId: string, inserted: Set<string>, context: TrackingContext): Promise<RollupDelta[]> {
  const all = await listSessionEvents(trx, organizationId, sessionId);
  const start = all.find((event) => event.kind === 'sessionStarted');
  if (!start) return [];
  const timeZone = context.teamTimeZones.get(start.teamId)!;
  const facts = (events: TrackedEventRecord[]): SessionEventFact[] =>
    events.map((event) => ({ kind: event.kind as SessionEventKind, clientId: event.clientId, occurredAt: event.occurredAt }));
  const before = sessionPhoneSeconds(facts(all.filter((event) => !inserted.has(event.clientId))), timeZone);
  const after = sessionPhoneSeconds(facts(all), timeZone);
  const deltas: RollupDelta[] = [];
  for (const day of new Set([...before.keys(), ...after.keys()])) {
    const amount = (after.get(day) ?? 0) - (before.get(day) ?? 0);
    if (amount !== 0) deltas.push(rollupDelta(start, day, PHONE_SECONDS_METRIC, amount));
  }
  return deltas;
}
