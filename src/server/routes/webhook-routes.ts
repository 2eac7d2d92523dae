/** Outgoing webhooks, for admins: endpoints (list, create, change, delete, rotate the secret, send a ping) and the delivery log (list, read one, redeliver). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appError } from '../../api/app-error.ts';
import { IdParam, Ok } from '../../api/schemas/common.ts';
import {
  CreateWebhookBody,
  UpdateWebhookBody,
  Webhook,
  WEBHOOK_PING,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryList,
  WebhookDeliveryQuery,
  WebhookList,
  WebhookWithSecret,
  type WebhookEventType,
} from '../../api/schemas/webhooks.ts';
import {
  findWebhookDelivery,
  insertWebhookDeliveries,
  listWebhookDeliveries,
  requeueWebhookDelivery,
  type WebhookDeliveryRecord,
} from '../../store/repositories/webhook-deliveries.ts';
import {
  deleteWebhookEndpoint,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  listWebhookEndpoints,
  updateWebhookEndpoint,
  type WebhookEndpointRecord,
} from '../../store/repositories/webhook-endpoints.ts';
import { ADMINS, type Principal } from '../auth/access.ts';
import { recordAudit } from '../use-cases/record-audit.ts';
import { generateWebhookSecret } from '../webhooks/generate-webhook-secret.ts';

const WebhookParams = z.strictObject({ webhookId: IdParam });
const DeliveryParams = z.strictObject({ deliveryId: IdParam });

function webhookToResponse(endpoint: WebhookEndpointRecord): Webhook {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events as WebhookEventType[],
    active: endpoint.active,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
    secretRotatedAt: endpoint.secretRotatedAt,
  };
}

function deliveryToResponse(delivery: WebhookDeliveryRecord): WebhookDelivery {
  const { organizationId: _organizationId, endpointId, ...rest } = delivery;
  return { ...rest, webhookId: endpointId };
}

export async function registerWebhookRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  const findOrThrow = async (principal: Principal, id: number): Promise<WebhookEndpointRecord> => {
    const endpoint = await findWebhookEndpoint(db, principal.organizationId, id);
    if (!endpoint) throw appError('NOT_FOUND', { field: 'webhookId', message: 'There is no such webhook.' });
    return endpoint;
  };
  const deliveryOrThrow = async (principal: Principal, id: number) => {
    const delivery = await findWebhookDelivery(db, principal.organizationId, id);
    if (!delivery) throw appError('NOT_FOUND', { field: 'deliveryId', message: 'There is no such delivery.' });
    return delivery;
  };

  app.get(
    '/api/webhooks',
    { schema: { tags: ['webhooks'], summary: "The organization's webhook endpoints (secrets are never shown again)", response: { 200: WebhookList } }, config: { access: ADMINS } },
    async (request) => ({ webhooks: (await listWebhookEndpoints(db, request.principal!.organizationId)).map(webhookToResponse) }),
  );

  app.post(
    '/api/webhooks',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Register an endpoint for some events (https only; http to localhost only); its signing secret is shown only in this answer',
        body: CreateWebhookBody,
        response: { 201: WebhookWithSecret },
      },
      config: { access: ADMINS },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const secret = generateWebhookSecret();
      const now = new Date().toISOString();
      const id = await db.transaction().execute(async (trx) => {
        const created = await insertWebhookEndpoint(trx, { ...request.body, organizationId: principal.organizationId, secret, createdByUserId: principal.userId }, now);
        await recordAudit(trx, principal, 'webhook.created', { type: 'webhook', id: created }, { url: request.body.url, events: request.body.events, active: request.body.active });
        return created;
      });
      return reply.code(201).send({ webhook: webhookToResponse(await findOrThrow(principal, id)), secret });
    },
  );

  app.patch(
    '/api/webhooks/:webhookId',
    {
      schema: { tags: ['webhooks'], summary: 'Change an endpoint: its address, events, description, or turn it off and on', params: WebhookParams, body: UpdateWebhookBody, response: { 200: Webhook } },
      config: { access: ADMINS },
    },
    async (request) => {
      const principal = request.principal!;
      const before = await findOrThrow(principal, request.params.webhookId);
      await db.transaction().execute(async (trx) => {
        await updateWebhookEndpoint(trx, principal.organizationId, before.id, request.body, new Date().toISOString());
        await recordAudit(trx, principal, 'webhook.updated', { type: 'webhook', id: before.id }, { from: { url: before.url, events: before.events, active: before.active }, to: request.body });
      });
      return webhookToResponse(await findOrThrow(principal, before.id));
    },
  );

  app.delete(
    '/api/webhooks/:webhookId',
    { schema: { tags: ['webhooks'], summary: 'Delete an endpoint with its deliveries and their log', params: WebhookParams, response: { 200: Ok } }, config: { access: ADMINS } },
    async (request) => {
      const principal = request.principal!;
      const endpoint = await findOrThrow(principal, request.params.webhookId);
      await db.transaction().execute(async (trx) => {
        if (!(await deleteWebhookEndpoint(trx, principal.organizationId, endpoint.id))) throw appError('NOT_FOUND', { field: 'webhookId', message: 'There is no such webhook.' });
        await recordAudit(trx, principal, 'webhook.deleted', { type: 'webhook', id: endpoint.id }, { url: endpoint.url });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/webhooks/:webhookId/rotate-secret',
    {
      schema: { tags: ['webhooks'], summary: 'Replace the signing secret at once; the new one is shown only in this answer', params: WebhookParams, response: { 200: WebhookWithSecret } },
      config: { access: ADMINS },
    },
    async (request) => {
      const principal = request.principal!;
      const endpoint = await findOrThrow(principal, request.params.webhookId);
      const secret = generateWebhookSecret();
      await db.transaction().execute(async (trx) => {
        await updateWebhookEndpoint(trx, principal.organizationId, endpoint.id, { secret }, new Date().toISOString());
        await recordAudit(trx, principal, 'webhook.secret_rotated', { type: 'webhook', id: endpoint.id });
      });
      return { webhook: webhookToResponse(await findOrThrow(principal, endpoint.id)), secret };
    },
  );

  app.post(
    '/api/webhooks/:webhookId/ping',
    {
      schema: { tags: ['webhooks'], summary: 'Queue a signed test event (ping) to this endpoint, sent within seconds even while the endpoint is off', params: WebhookParams, response: { 202: WebhookDelivery } },
      config: { access: ADMINS },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const endpoint = await findOrThrow(principal, request.params.webhookId);
      const now = new Date().toISOString();
      const [deliveryId] = await insertWebhookDeliveries(
        db,
        { organizationId: principal.organizationId, endpointIds: [endpoint.id], eventType: WEBHOOK_PING, payload: { webhookId: endpoint.id, sentBy: principal.userId } },
        now,
      );
      return reply.code(202).send(deliveryToResponse(await deliveryOrThrow(principal, deliveryId!)));
    },
  );

  app.get(
    '/api/webhook-deliveries',
    {
      schema: { tags: ['webhooks'], summary: 'The delivery log, newest first, of one endpoint or all, by status', querystring: WebhookDeliveryQuery, response: { 200: WebhookDeliveryList } },
      config: { access: ADMINS },
    },
    async (request) => {
      const principal = request.principal!;
      const { webhookId, status, limit } = request.query;
      if (webhookId !== undefined) await findOrThrow(principal, webhookId);
      const deliveries = await listWebhookDeliveries(db, principal.organizationId, { endpointId: webhookId, status, limit: limit ?? 50 });
      return { deliveries: deliveries.map(deliveryToResponse) };
    },
  );

  app.get(
    '/api/webhook-deliveries/:deliveryId',
    { schema: { tags: ['webhooks'], summary: 'One delivery: what it sent and every attempt', params: DeliveryParams, response: { 200: WebhookDeliveryDetail } }, config: { access: ADMINS } },
    async (request) => {
      const { payload, log, ...delivery } = await deliveryOrThrow(request.principal!, request.params.deliveryId);
      return { ...deliveryToResponse(delivery), payload, log };
    },
  );

  app.post(
    '/api/webhook-deliveries/:deliveryId/redeliver',
    {
      schema: { tags: ['webhooks'], summary: 'Send a delivery again: back in the queue at once with a fresh count of attempts (its log stays)', params: DeliveryParams, response: { 202: WebhookDelivery } },
      config: { access: ADMINS },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const delivery = await deliveryOrThrow(principal, request.params.deliveryId);
      await db.transaction().execute(async (trx) => {
        await requeueWebhookDelivery(trx, principal.organizationId, delivery.id, new Date().toISOString());
        await recordAudit(trx, principal, 'webhook.redelivered', { type: 'webhook_delivery', id: delivery.id }, { webhookId: delivery.endpointId, eventType: delivery.eventType });
      });
      return reply.code(202).send(deliveryToResponse(await deliveryOrThrow(principal, delivery.id)));
    },
  );
}
