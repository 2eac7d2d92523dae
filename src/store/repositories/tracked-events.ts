/** Tracked events: append-only rows, inserted once per client id (the organization-wide idempotency key), never updated or deleted. */
import { PostgresAdapter, type Kysely, type Selectable } from 'kysely';
import { compileMultiRow } from '../compile-multi-row.ts';
import { compilePerLength } from '../compile-per-length.ts';
import type { Database, TrackedEventTable } from '../tables.ts';

export type TrackedEventKind = 'dial' | 'counted' | 'sessionStarted' | 'sessionPaused' | 'sessionResumed' | 'sessionStopped' | 'undo';

export interface TrackedEventRecord {
  id: number;
  organizationId: number;
  teamId: number;
  userId: number;
  recordedByUserId: number | null;
  clientId: string;
  kind: TrackedEventKind;
  disposition: string | null;
  counter: string | null;
  /** Metric -> amount it adds to the rollups. */
  counts: Record<string, number>;
  processId: number;
  processVersionId: number;
  runId: number | null;
  taskId: number | null;
  elementId: string | null;
  scriptVersionId: number | null;
  list: string | null;
  phoneNumber: string | null;
  durationSeconds: number | null;
  sessionClientId: string | null;
  correctsClientId: string | null;
  day: string;
  occurredAt: string;
  receivedAt: string;
  payload: Record<string, unknown> | null;
}

export type NewTrackedEvent = Omit<TrackedEventRecord, 'id'>;

export interface TrackedEventFilter {
  teamId: number;
  userId?: number | undefined;
  taskId?: number | undefined;
  sessionClientId?: string | undefined;
  since?: string | undefined;
  before?: number | undefined;
  limit: number;
}

/** Rows per INSERT: 25 columns each stays well under both databases' parameter limits. */
const INSERT_CHUNK = 250;
/** Ids per `in (...)` list. */
const LOOKUP_CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

function eventRowToEvent(row: Selectable<TrackedEventTable>): TrackedEventRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    teamId: row.team_id,
    userId: row.user_id,
    recordedByUserId: row.recorded_by_user_id,
    clientId: row.client_id,
    kind: row.kind as TrackedEventKind,
    disposition: row.disposition,
    counter: row.counter,
    counts: JSON.parse(row.counts) as Record<string, number>,
    processId: row.process_id,
    processVersionId: row.process_version_id,
    runId: row.run_id,
    taskId: row.task_id,
    elementId: row.element_id,
    scriptVersionId: row.script_version_id,
    list: row.list,
    phoneNumber: row.phone_number,
    durationSeconds: row.duration_seconds,
    sessionClientId: row.session_client_id,
    correctsClientId: row.corrects_client_id,
    day: row.day,
    occurredAt: row.occurred_at,
    receivedAt: row.received_at,
    payload: row.payload === null ? null : (JSON.parse(row.payload) as Record<string, unknown>),
  };
}

/**
 * Inserts the events whose client id (and, for an undo, whose undone event) is not taken yet, and tells which went in.
 * Rows go in client-id order, so concurrent batches sharing events take their locks in one order (no deadlock on PostgreSQL).
 */
export async function insertTrackedEvents(db: Kysely<Database>, events: readonly NewTrackedEvent[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  const sorted = [...events].sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0));
  for (const chunk of chunks(sorted, INSERT_CHUNK)) {
    const { rows } = await insertEventRows(db, chunk.map(eventToRow));
    for (const row of rows) inserted.add(row.client_id);
  }
  return inserted;
}

type EventRow = Omit<TrackedEventTable, 'id'>;

const EVENT_COLUMNS: ReadonlyArray<keyof EventRow> = [
  'organization_id', 'team_id', 'user_id', 'recorded_by_user_id', 'client_id', 'kind', 'disposition', 'counter', 'counts', 'process_id', 'process_version_id',
  'run_id', 'task_id', 'element_id', 'script_version_id', 'list', 'phone_number', 'duration_seconds', 'session_client_id', 'corrects_client_id', 'day',
  'occurred_at', 'received_at', 'payload',
];

// A batch of a thousand events is four of these: compiled once per row count (see compile-multi-row.ts).
const insertEventRows = compileMultiRow(EVENT_COLUMNS, (db, rows: EventRow[]) =>
  db
    .insertInto('tracked_events')
    .values(rows)
    // Either unique key: the client id (a retry), or the undone event (a second undo of it).
    .onConflict((conflict) => conflict.doNothing())
    .returning('client_id'),
);

function eventToRow(event: NewTrackedEvent): EventRow {
  return {
    organization_id: event.organizationId,
    team_id: event.teamId,
    user_id: event.userId,
    recorded_by_user_id: event.recordedByUserId,
    client_id: event.clientId,
    kind: event.kind,
    disposition: event.disposition,
    counter: event.counter,
    counts: JSON.stringify(event.counts),
    process_id: event.processId,
    process_version_id: event.processVersionId,
    run_id: event.runId,
    task_id: event.taskId,
    element_id: event.elementId,
    script_version_id: event.scriptVersionId,
    list: event.list,
    phone_number: event.phoneNumber,
    duration_seconds: event.durationSeconds,
    session_client_id: event.sessionClientId,
    corrects_client_id: event.correctsClientId,
    day: event.day,
    occurred_at: event.occurredAt,
    received_at: event.receivedAt,
    payload: event.payload === null ? null : JSON.stringify(event.payload),
  };
}

/** How many events were tracked on a process (undos included): deleting the process would take them with it. */
export async function countTrackedEventsOfProcess(db: Kysely<Database>, organizationId: number, processId: number): Promise<number> {
  const row = await db
    .selectFrom('tracked_events')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('process_id', '=', processId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

// Every request that records events asks these (a single dial about one client id): compiled once per list length.
const selectExistingClientIds = compilePerLength((db, organizationId: number, clientIds: string[]) =>
  db.selectFrom('tracked_events').select('client_id').where('organization_id', '=', organizationId).where('client_id', 'in', clientIds),
);
const selectEventsByClientIds = compilePerLength((db, organizationId: number, clientIds: string[]) =>
  db.selectFrom('tracked_events').selectAll().where('organization_id', '=', organizationId).where('client_id', 'in', clientIds),
);
const selectUndoneClientIds = compilePerLength((db, organizationId: number, clientIds: string[]) =>
  db.selectFrom('tracked_events').select('corrects_client_id').where('organization_id', '=', organizationId).where('corrects_client_id', 'in', clientIds),
);

export async function listExistingClientIds(db: Kysely<Database>, organizationId: number, clientIds: readonly string[]): Promise<Set<string>> {
  const existing = new Set<string>();
  for (const chunk of chunks([...new Set(clientIds)], LOOKUP_CHUNK)) {
    const { rows } = await selectExistingClientIds(db, organizationId, chunk);
    for (const row of rows) existing.add(row.client_id);
  }
  return existing;
}

export async function findTrackedEventsByClientIds(db: Kysely<Database>, organizationId: number, clientIds: readonly string[]): Promise<Map<string, TrackedEventRecord>> {
  const found = new Map<string, TrackedEventRecord>();
  for (const chunk of chunks([...new Set(clientIds)], LOOKUP_CHUNK)) {
    const { rows } = await selectEventsByClientIds(db, organizationId, chunk);
    for (const row of rows) found.set(row.client_id, eventRowToEvent(row));
  }
  return found;
}

/** Of these client ids, the ones an undo has taken back. */
export async function listUndoneClientIds(db: Kysely<Database>, organizationId: number, clientIds: readonly string[]): Promise<Set<string>> {
  const undone = new Set<string>();
  for (const chunk of chunks([...new Set(clientIds)], LOOKUP_CHUNK)) {
    const { rows } = await selectUndoneClientIds(db, organizationId, chunk);
    for (const row of rows) if (row.corrects_client_id) undone.add(row.corrects_client_id);
  }
  return undone;
}

/**
 * Holds the session's start row until the transaction ends (PostgreSQL; SQLite runs one writer at a time anyway),
 * so two requests adding to one session compute its phone time one after the other.
 */
export async function lockSession(db: Kysely<Database>, organizationId: number, sessionClientId: string): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db
    .selectFrom('tracked_events')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', sessionClientId)
    .forUpdate()
    .execute();
}

/** Every event of one calling session (its start included). */
export async function listSessionEvents(db: Kysely<Database>, organizationId: number, sessionClientId: string): Promise<TrackedEventRecord[]> {
  const rows = await db
    .selectFrom('tracked_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('session_client_id', '=', sessionClientId)
    .orderBy('id')
    .execute();
  return rows.map(eventRowToEvent);
}

/** Last received first (by id: a batch is stored in client-id order, so within one batch this is not the order of occurrence). */
export async function listTrackedEvents(db: Kysely<Database>, organizationId: number, filter: TrackedEventFilter): Promise<TrackedEventRecord[]> {
  let query = db.selectFrom('tracked_events').selectAll().where('organization_id', '=', organizationId).where('team_id', '=', filter.teamId);
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.taskId !== undefined) query = query.where('task_id', '=', filter.taskId);
  if (filter.sessionClientId !== undefined) query = query.where('session_client_id', '=', filter.sessionClientId);
  if (filter.since !== undefined) query = query.where('occurred_at', '>=', filter.since);
  if (filter.before !== undefined) query = query.where('id', '<', filter.before);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map(eventRowToEvent);
}
