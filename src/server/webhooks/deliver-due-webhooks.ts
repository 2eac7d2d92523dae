/**
 * Sends due webhook deliveries. A pass claims pending deliveries whose time has come with a lease (as timers are
 * claimed, so several servers share the outbox), POSTs each as signed JSON with a timeout, and records the attempt:
 * a 2xx answer delivers it; anything else (another status, a network error, the timeout) schedules the next attempt
 * with exponential back-off and jitter, until the last one marks it failed. The attempt is recorded only while this
 * worker still holds the lease, so a delivery that outlived its lease is left to its new claimer.
 */
import type { Kysely } from 'kysely';
import { WEBHOOK_PING } from '../../api/schemas/webhooks.ts';
import type { DialectName } from '../../store/connection.ts';
import { claimDueWebhookDeliveries, recordWebhookAttempt, type DueWebhookDelivery } from '../../store/repositories/webhook-deliveries.ts';
import { findWebhookTarget } from '../../store/repositories/webhook-endpoints.ts';
import type { Database } from '../../store/tables.ts';
import { computeRetryDelay } from './compute-retry-delay.ts';
import { signWebhookPayload } from './sign-webhook-payload.ts';

/** Attempts before a delivery is given up as failed (about eight and a half hours of back-off in all). */
export const MAX_WEBHOOK_ATTEMPTS = 10;
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Longer than the timeout, so a lease never runs out while its POST may still be going. */
export const WEBHOOK_LEASE_MS = 60_000;
/** Deliveries sent at the same time by one pass. */
const CONCURRENCY = 10;

export interface WebhookPassOptions {
  now: string;
  workerId: string;
  limit?: number;
  timeoutMs?: number;
  /** The jitter's random source, [0, 1). */
  random?: () => number;
}

export interface WebhookPassResult {
  claimed: number;
  delivered: number;
  /** Failed this time, to be tried again later. */
  retried: number;
  /** Failed for the last time. */
  failed: number;
  /** Another worker holds the delivery now, or it was deleted or requeued meanwhile. */
  lost: number;
}

interface Db {
  db: Kysely<Database>;
  dialect: DialectName;
}

export async function deliverDueWebhooks(store: Db, options: WebhookPassOptions): Promise<WebhookPassResult> {
  const { now, workerId } = options;
  const leaseUntil = new Date(Date.parse(now) + WEBHOOK_LEASE_MS).toISOString();
  const due = await claimDueWebhookDeliveries(store.db, store.dialect, { workerId, now, leaseUntil, limit: options.limit ?? 50, maxAttempts: MAX_WEBHOOK_ATTEMPTS });
  const result: WebhookPassResult = { claimed: due.length, delivered: 0, retried: 0, failed: 0, lost: 0 };
  for (let start = 0; start < due.length; start += CONCURRENCY) {
    const outcomes = await Promise.all(due.slice(start, start + CONCURRENCY).map((delivery) => deliverOne(store.db, delivery, options)));
    for (const outcome of outcomes) result[outcome]++;
  }
  return result;
}

async function deliverOne(db: Kysely<Database>, delivery: DueWebhookDelivery, options: WebhookPassOptions): Promise<keyof Omit<WebhookPassResult, 'claimed'>> {
  const endpoint = await findWebhookTarget(db, delivery.endpointId);
  if (!endpoint) return 'lost';
  const sent = endpoint.active || delivery.eventType === WEBHOOK_PING ? await postDelivery(endpoint, delivery, options.timeoutMs ?? WEBHOOK_TIMEOUT_MS) : { statusCode: null, error: 'the endpoint is disabled', durationMs: 0 };
  const succeeded = sent.statusCode !== null && sent.statusCode >= 200 && sent.statusCode < 300;
  const lastAttempt = delivery.attempts >= MAX_WEBHOOK_ATTEMPTS || !endpoint.active;
  const status = succeeded ? 'delivered' : lastAttempt ? 'failed' : 'pending';
  const nextAttemptAt = status === 'pending' ? new Date(Date.parse(options.now) + computeRetryDelay(delivery.attempts, options.random)).toISOString() : null;
  const recorded = await recordWebhookAttempt(db, delivery.id, options.workerId, { attempt: delivery.attempts, at: options.now, ...sent, status, nextAttemptAt });
  if (!recorded) return 'lost';
  return status === 'delivered' ? 'delivered' : status === 'failed' ? 'failed' : 'retried';
}

/** The request body: the delivery's id and event type beside the event's data, as receivers read it. */
export function webhookBody(delivery: Pick<DueWebhookDelivery, 'id' | 'eventType' | 'createdAt' | 'payload'>): string {
  return JSON.stringify({ id: delivery.id, type: delivery.eventType, createdAt: delivery.createdAt, data: delivery.payload });
}

async function postDelivery(
  endpoint: { url: string; secret: string },
  delivery: DueWebhookDelivery,
  timeoutMs: number,
): Promise<{ statusCode: number | null; error: string | null; durationMs: number }> {
  const body = webhookBody(delivery);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      body,
      // A redirect is an answer like any other non-2xx: following it would send the signed body somewhere else.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Swimlane-Webhooks/1',
        'x-swimlane-event': delivery.eventType,
        'x-swimlane-delivery': String(delivery.id),
        'x-swimlane-timestamp': timestamp,
        'x-swimlane-signature': signWebhookPayload(endpoint.secret, timestamp, body),
      },
    });
    // Only the status counts; the body is let go so the connection can be reused.
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { statusCode: response.status, error: ok ? null : `the endpoint answered HTTP ${response.status}`, durationMs: durationMs() };
  } catch (error) {
    return { statusCode: null, error: describeFailure(error, timeoutMs), durationMs: durationMs() };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `the request failed: ${detail}`.slice(0, 500);
}
