/** Personal API tokens; only a hash is stored, the secret is shown once. */
import type { Kysely } from 'kysely';
import { compileOnce } from '../compile-once.ts';
import type { Database } from '../tables.ts';

export interface ApiTokenRecord {
  id: number;
  organizationId: number;
  userId: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function insertApiToken(
  db: Kysely<Database>,
  token: { organizationId: number; userId: number; name: string; prefix: string; tokenHash: string },
  now: string,
): Promise<ApiTokenRecord> {
  const row = await db
    .insertInto('api_tokens')
    .values({
      organization_id: token.organizationId,
      user_id: token.userId,
      name: token.name,
      prefix: token.prefix,
      token_hash: token.tokenHash,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, organizationId: token.organizationId, userId: token.userId, name: token.name, prefix: token.prefix, createdAt: now, lastUsedAt: null };
}

export async function listApiTokensOfUser(db: Kysely<Database>, organizationId: number, userId: number): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  }));
}

// Every request with an API token asks this first: compiled once (see compile-once.ts).
const selectLiveToken = compileOnce((db, tokenHash: string) => db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null));

/** The live token with this hash. */
export async function findApiTokenByHash(db: Kysely<Database>, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const row = (await selectLiveToken(db, tokenHash)).rows[0];
  return (
    row && {
      id: row.id,
      organizationId: row.organization_id,
      userId: row.user_id,
      name: row.name,
      prefix: row.prefix,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
    }
  );
}

export async function touchApiToken(db: Kysely<Database>, id: number, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function revokeApiToken(db: Kysely<Database>, organizationId: number, userId: number, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokeApiTokensOfUser(db: Kysely<Database>, organizationId: number, userId: number, now: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
