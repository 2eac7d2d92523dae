/**
 * Writes an event to the webhook outbox inside the caller's transaction: one pending delivery per active endpoint of
 * the organization subscribed to it, so the event is sent if and only if what caused it is committed.
 */
import type { Kysely } from 'kysely';
import type { WebhookEventType } from '../../api/schemas/webhooks.ts';
import { insertWebhookDeliveries } from '../../store/repositories/webhook-deliveries.ts';
import { listSubscribedEndpointIds } from '../../store/repositories/webhook-endpoints.ts';
import type { Database } from '../../store/tables.ts';

export async function enqueueWebhookEvent(
  trx: Kysely<Database>,
  event: { organizationId: number; eventType: WebhookEventType; payload: unknown },
  now: string,
): Promise<number[]> {
  const endpointIds = await listSubscribedEndpointIds(trx, event.organizationId, event.eventType);
  return insertWebhookDeliveries(trx, { ...event, endpointIds }, now);
}
