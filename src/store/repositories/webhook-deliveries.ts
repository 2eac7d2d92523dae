/** The webhook outbox: deliveries written beside what caused them, claimed by the delivery worker with a lease, and the log of every attempt. */
import type { Kysely } from 'kysely';
import { claimDueRows, type DueClaim } from '../claim-due-rows.ts';
import type { DialectName } from '../connection.ts';
import type { Database, WebhookDeliveryTable } from '../tables.ts';

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDeliveryRecord {
  id: number;
  organizationId: number;
  endpointId: number;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  /** null once delivered or failed. */
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastDurationMs: number | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface WebhookAttemptRecord {
  attempt: number;
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** A claimed delivery with what to send. */
export interface DueWebhookDelivery {
  id: number;
  organizationId: number;
  endpointId: number;
  eventType: string;
  payload: unknown;
  createdAt: string;
  /** This attempt's number (claims count as attempts). */
  attempts: number;
}

const SUMMARY_COLUMNS = [
  'id',
  'organization_id',
  'endpoint_id',
  'event_type',
  'status',
  'attempts',
  'next_attempt_at',
  'last_status_code',
  'last_error',
  'last_duration_ms',
  'created_at',
  'delivered_at',
] as const;

type SummaryRow = Pick<WebhookDeliveryTable, Exclude<(typeof SUMMARY_COLUMNS)[number], 'id' | 'attempts'>> & { id: number; attempts: number };

function rowToDelivery(row: SummaryRow): WebhookDeliveryRecord {
  const status = row.status as WebhookDeliveryStatus;
  return {
    id: row.id,
    organizationId: row.organization_id,
    endpointId: row.endpoint_id,
    eventType: row.event_type,
    status,
    attempts: row.attempts,
    nextAttemptAt: status === 'pending' ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    lastDurationMs: row.last_duration_ms,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  };
}

/** Writes one pending delivery per endpoint, due at once; returns their ids. */
export async function insertWebhookDeliveries(
  db: Kysely<Database>,
  event: { organizationId: number; endpointIds: readonly number[]; eventType: string; payload: unknown },
  now: string,
): Promise<number[]> {
  if (event.endpointIds.length === 0) return [];
  const payload = JSON.stringify(event.payload);
  const rows = await db
    .insertInto('webhook_deliveries')
    .values(
      event.endpointIds.map((endpointId) => ({
        organization_id: event.organizationId,
        endpoint_id: endpointId,
        event_type: event.eventType,
        payload,
        status: 'pending',
        next_attempt_at: now,
        created_at: now,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Claims due pending deliveries with a lease (see claim-due-rows.ts), oldest due first. */
export async function claimDueWebhookDeliveries(db: Kysely<Database>, dialect: DialectName, claim: DueClaim): Promise<DueWebhookDelivery[]> {
  return db.transaction().execute(async (trx) => {
    const ids = await claimDueRows(trx, dialect, 'webhook_deliveries', claim);
    if (ids.length === 0) return [];
    const rows = await trx
      .selectFrom('webhook_deliveries')
      .select(['id', 'organization_id', 'endpoint_id', 'event_type', 'payload', 'created_at', 'attempts', 'next_attempt_at'])
      .where('id', 'in', ids)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      organizationId: row.organization_id,
      endpointId: row.endpoint_id,
      eventType: row.event_type,
      payload: JSON.parse(row.payload) as unknown,
      createdAt: row.created_at,
      attempts: row.attempts,
    }));
  });
}

export interface AttemptOutcome {
  attempt: number;
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** delivered, failed for good, or pending again at `nextAttemptAt`. */
  status: WebhookDeliveryStatus;
  nextAttemptAt: string | null;
}

/**
 * Logs the attempt and moves the delivery on, only while `workerId` still holds its lease (a worker whose lease ran
 * out leaves the delivery to whoever claimed it since). Returns false when the lease was lost.
 */
export async function recordWebhookAttempt(db: Kysely<Database>, deliveryId: number, workerId: string, outcome: AttemptOutcome): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('webhook_deliveries')
      .set({
        status: outcome.status,
        ...(outcome.nextAttemptAt !== null && { next_attempt_at: outcome.nextAttemptAt }),
        claimed_by: null,
        claimed_until: null,
        last_status_code: outcome.statusCode,
        last_error: outcome.error,
        last_duration_ms: outcome.durationMs,
        delivered_at: outcome.status === 'delivered' ? outcome.at : null,
      })
      .where('id', '=', deliveryId)
      .where('claimed_by', '=', workerId)
      .where('status', '=', 'pending')
      .returning('organization_id')
      .executeTakeFirst();
    if (!updated) return false;
    await trx
      .insertInto('webhook_delivery_attempts')
      .values({
        organization_id: updated.organization_id,
        delivery_id: deliveryId,
        attempt: outcome.attempt,
        at: outcome.at,
        status_code: outcome.statusCode,
        error: outcome.error,
        duration_ms: outcome.durationMs,
      })
      .execute();
    return true;
  });
}

export async function listWebhookDeliveries(
  db: Kysely<Database>,
  organizationId: number,
  filter: { endpointId?: number | undefined; status?: WebhookDeliveryStatus | undefined; limit: number },
): Promise<WebhookDeliveryRecord[]> {
  let query = db.selectFrom('webhook_deliveries').select(SUMMARY_COLUMNS).where('organization_id', '=', organizationId);
  if (filter.endpointId !== undefined) query = query.where('endpoint_id', '=', filter.endpointId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map(rowToDelivery);
}

export async function findWebhookDelivery(
  db: Kysely<Database>,
  organizationId: number,
  id: number,
): Promise<(WebhookDeliveryRecord & { payload: unknown; log: WebhookAttemptRecord[] }) | undefined> {
  const row = await db.selectFrom('webhook_deliveries').select([...SUMMARY_COLUMNS, 'payload']).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const attempts = await db
    .selectFrom('webhook_delivery_attempts')
    .select(['attempt', 'at', 'status_code', 'error', 'duration_ms'])
    .where('delivery_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    ...rowToDelivery(row),
    payload: JSON.parse(row.payload) as unknown,
    log: attempts.map((attempt) => ({ attempt: attempt.attempt, at: attempt.at, statusCode: attempt.status_code, error: attempt.error, durationMs: attempt.duration_ms })),
  };
}

/** Puts a delivery back in the queue with a fresh count of attempts (its log stays); false when the organization has no such delivery. */
export async function requeueWebhookDelivery(db: Kysely<Database>, organizationId: number, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, claimed_by: null, claimed_until: null, delivered_at: null })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
