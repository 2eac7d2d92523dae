/** Webhook endpoints of an organization: the address, the signing secret, the events subscribed to, and whether they are active. */
import type { Kysely } from 'kysely';
import type { Database, WebhookEndpointTable } from '../tables.ts';

export interface WebhookEndpointRecord {
  id: number;
  organizationId: number;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
  secretRotatedAt: string | null;
}

/** An endpoint as the delivery worker needs it: where to send and what to sign with. */
export interface WebhookTarget {
  id: number;
  url: string;
  secret: string;
  active: boolean;
}

function rowToEndpoint(row: Omit<WebhookEndpointTable, 'id' | 'secret' | 'created_by_user_id'> & { id: number }): WebhookEndpointRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events) as string[],
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    secretRotatedAt: row.secret_rotated_at,
  };
}

const PUBLIC_COLUMNS = ['id', 'organization_id', 'url', 'description', 'events', 'active', 'created_at', 'updated_at', 'secret_rotated_at'] as const;

export async function listWebhookEndpoints(db: Kysely<Database>, organizationId: number): Promise<WebhookEndpointRecord[]> {
  const rows = await db.selectFrom('webhook_endpoints').select(PUBLIC_COLUMNS).where('organization_id', '=', organizationId).orderBy('id').execute();
  return rows.map(rowToEndpoint);
}

export async function findWebhookEndpoint(db: Kysely<Database>, organizationId: number, id: number): Promise<WebhookEndpointRecord | undefined> {
  const row = await db.selectFrom('webhook_endpoints').select(PUBLIC_COLUMNS).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return row && rowToEndpoint(row);
}

export async function insertWebhookEndpoint(
  db: Kysely<Database>,
  endpoint: { organizationId: number; url: string; description: string; events: string[]; active: boolean; secret: string; createdByUserId: number },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('webhook_endpoints')
    .values({
      organization_id: endpoint.organizationId,
      url: endpoint.url,
      description: endpoint.description,
      events: JSON.stringify(endpoint.events),
      active: endpoint.active ? 1 : 0,
      secret: endpoint.secret,
      created_by_user_id: endpoint.createdByUserId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes the given fields; false when the organization has no such endpoint. */
export async function updateWebhookEndpoint(
  db: Kysely<Database>,
  organizationId: number,
  id: number,
  change: { url?: string | undefined; description?: string | undefined; events?: string[] | undefined; active?: boolean | undefined; secret?: string | undefined },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set({
      updated_at: now,
      ...(change.url !== undefined && { url: change.url }),
      ...(change.description !== undefined && { description: change.description }),
      ...(change.events !== undefined && { events: JSON.stringify(change.events) }),
      ...(change.active !== undefined && { active: change.active ? 1 : 0 }),
      ...(change.secret !== undefined && { secret: change.secret, secret_rotated_at: now }),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes the endpoint with its deliveries and their log; false when the organization has no such endpoint. */
export async function deleteWebhookEndpoint(db: Kysely<Database>, organizationId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('webhook_endpoints').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The active endpoints of the organization subscribed to the event type. */
export async function listSubscribedEndpointIds(db: Kysely<Database>, organizationId: number, eventType: string): Promise<number[]> {
  const rows = await db.selectFrom('webhook_endpoints').select(['id', 'events']).where('organization_id', '=', organizationId).where('active', '=', 1).execute();
  return rows.filter((row) => (JSON.parse(row.events) as string[]).includes(eventType)).map((row) => row.id);
}

/** The organizations with at least one active endpoint subscribed to the event type. */
export async function listSubscribedOrganizationIds(db: Kysely<Database>, eventType: string): Promise<number[]> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .select(['organization_id', 'events'])
    .where('active', '=', 1)
    // A cheap pre-filter; the JSON is read to be sure.
    .where('events', 'like', `%"${eventType}"%`)
    .execute();
  return [...new Set(rows.filter((row) => (JSON.parse(row.events) as string[]).includes(eventType)).map((row) => row.organization_id))];
}

export async function findWebhookTarget(db: Kysely<Database>, id: number): Promise<WebhookTarget | undefined> {
  const row = await db.selectFrom('webhook_endpoints').select(['id', 'url', 'secret', 'active']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, url: row.url, secret: row.secret, active: row.active === 1 };
}
