/** Login sessions, kept in the database so any server process can serve any request. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface SessionRecord {
  id: string;
  userId: number;
  organizationId: number;
  createdAt: string;
  expiresAt: string;
}

export async function insertSession(db: Kysely<Database>, session: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      organization_id: session.organizationId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** A session that exists and has not expired. */
export async function findLiveSession(db: Kysely<Database>, id: string, now: string): Promise<SessionRecord | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).where('expires_at', '>', now).executeTakeFirst();
  return (
    row && { id: row.id, userId: row.user_id, organizationId: row.organization_id, createdAt: row.created_at, expiresAt: row.expires_at }
  );
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a person in one organization, e.g. when they are removed or their password changes. */
export async function deleteSessionsOfUser(
  db: Kysely<Database>,
  userId: number,
  options: { organizationId?: number; exceptId?: string | undefined } = {},
): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (options.organizationId !== undefined) query = query.where('organization_id', '=', options.organizationId);
  if (options.exceptId !== undefined) query = query.where('id', '!=', options.exceptId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
