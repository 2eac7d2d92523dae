/** The append-only audit log of an organization. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface AuditEntryInput {
  organizationId: number;
  actorUserId: number | null;
  action: string;
  subjectType: string;
  subjectId: string | number;
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  actor: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
  createdAt: string;
}

export async function insertAuditEntry(db: Kysely<Database>, entry: AuditEntryInput, now: string): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      organization_id: entry.organizationId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: String(entry.subjectId),
      details: JSON.stringify(entry.details ?? {}),
      created_at: now,
    })
    .execute();
}

/** Newest first; `before` pages back by id. */
export async function listAuditEntries(
  db: Kysely<Database>,
  organizationId: number,
  options: { before?: number | undefined; limit: number },
): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .selectAll('audit_log')
    .select('users.name as actor_name')
    .where('audit_log.organization_id', '=', organizationId);
  if (options.before !== undefined) query = query.where('audit_log.id', '<', options.before);
  const rows = await query.orderBy('audit_log.id', 'desc').limit(options.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    actor: row.actor_name,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
    createdAt: row.created_at,
  }));
}

/** The newest entry of one person's action on one subject, if any: for coalescing repeated actions such as autosaves. */
export async function findLatestAuditEntryOf(
  db: Kysely<Database>,
  entry: { organizationId: number; actorUserId: number | null; action: string; subjectType: string; subjectId: string | number },
): Promise<{ details: Record<string, unknown>; createdAt: string } | undefined> {
  let query = db
    .selectFrom('audit_log')
    .select(['details', 'created_at'])
    .where('organization_id', '=', entry.organizationId)
    .where('subject_type', '=', entry.subjectType)
    .where('subject_id', '=', String(entry.subjectId))
    .where('action', '=', entry.action);
  query = entry.actorUserId === null ? query.where('actor_user_id', 'is', null) : query.where('actor_user_id', '=', entry.actorUserId);
  const row = await query.orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row && { details: JSON.parse(row.details) as Record<string, unknown>, createdAt: row.created_at };
}
