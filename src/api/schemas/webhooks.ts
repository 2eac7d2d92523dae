/** Outgoing webhooks: endpoints an organization's admins register, the events they subscribe to, and the delivery log. */
import { z } from 'zod';
import { IdParam, noteText, Timestamp } from './common.ts';

/** The events an endpoint may subscribe to; `ping` is sent on request to one endpoint only. */
export const WEBHOOK_EVENT_TYPES = ['lead.created', 'task.overdue', 'run.completed', 'day.report', 'alert.fired'] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES, { error: `must be one of ${WEBHOOK_EVENT_TYPES.join(', ')}` });
export type WebhookEventType = z.infer<typeof WebhookEventType>;
export const WEBHOOK_PING = 'ping';

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export const WebhookDeliveryStatus = z.enum(WEBHOOK_DELIVERY_STATUSES, { error: `must be one of ${WEBHOOK_DELIVERY_STATUSES.join(', ')}` });
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/** Plain http reaches only this machine (a receiver in development or in tests); anything else must be https. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a webhook may be sent to this address: https anywhere, http to the loopback host only, no credentials in it. */
export function isAllowedWebhookUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

export const WebhookUrl = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2000, 'must be at most 2000 characters')
  // The URL parser would quietly drop or encode them; PostgreSQL refuses NUL in text.
  .refine((value) => !/[\u0000-\u0020\u007f]/.test(value), 'must not contain spaces or control characters')
  .refine(isAllowedWebhookUrl, 'must be an https:// address (http:// only for localhost), without a user name or password');

const WebhookEvents = z
  .array(WebhookEventType)
  .min(1, 'must name at least one event')
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((events) => [...new Set(events)]);

export const CreateWebhookBody = z.strictObject({
  url: WebhookUrl,
  events: WebhookEvents,
  description: noteText(200).default(''),
  active: z.boolean().default(true),
});
export type CreateWebhookBody = z.input<typeof CreateWebhookBody>;

export const UpdateWebhookBody = z
  .strictObject({
    url: WebhookUrl.optional(),
    events: WebhookEvents.optional(),
    description: noteText(200).optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: 'must change at least one of url, events, description, active' });
export type UpdateWebhookBody = z.input<typeof UpdateWebhookBody>;

export const Webhook = z.object({
  id: z.number(),
  url: z.string(),
  description: z.string(),
  events: z.array(WebhookEventType),
  active: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  secretRotatedAt: Timestamp.nullable(),
});
export type Webhook = z.infer<typeof Webhook>;

export const WebhookList = z.object({ webhooks: z.array(Webhook) });
export type WebhookList = z.infer<typeof WebhookList>;

/** The answer to creating an endpoint or rotating its secret: the only time the secret is shown. */
export const WebhookWithSecret = z.object({ webhook: Webhook, secret: z.string() });
export type WebhookWithSecret = z.infer<typeof WebhookWithSecret>;

export const WebhookDeliveryAttempt = z.object({
  attempt: z.number(),
  at: Timestamp,
  statusCode: z.number().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
});
export type WebhookDeliveryAttempt = z.infer<typeof WebhookDeliveryAttempt>;

export const WebhookDelivery = z.object({
  id: z.number(),
  webhookId: z.number(),
  eventType: z.string(),
  status: WebhookDeliveryStatus,
  attempts: z.number(),
  nextAttemptAt: Timestamp.nullable(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  lastDurationMs: z.number().nullable(),
  createdAt: Timestamp,
  deliveredAt: Timestamp.nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** One delivery with what it sent and every attempt. */
export const WebhookDeliveryDetail = WebhookDelivery.extend({
  payload: z.unknown(),
  log: z.array(WebhookDeliveryAttempt),
});
export type WebhookDeliveryDetail = z.infer<typeof WebhookDeliveryDetail>;

export const WebhookDeliveryList = z.object({ deliveries: z.array(WebhookDelivery) });
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;

export const WebhookDeliveryQuery = z.strictObject({
  webhookId: IdParam.optional(),
  status: WebhookDeliveryStatus.optional(),
  limit: z
    .string()
    .regex(/^[1-9][0-9]{0,2}$/, 'must be a whole number from 1 to 200')
    .transform(Number)
    .pipe(z.number().max(200, 'must be a whole number from 1 to 200'))
    .optional(),
});
export type WebhookDeliveryQuery = z.input<typeof WebhookDeliveryQuery>;
