/** Organizations: the tenants. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface Organization {
  id: number;
  name: string;
  createdAt: string;
}

export async function countOrganizations(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('organizations').select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertOrganization(db: Kysely<Database>, name: string, now: string): Promise<Organization> {
  const row = await db
    .insertInto('organizations')
    .values({ name, created_at: now })
    .returning(['id', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function findOrganization(db: Kysely<Database>, id: number): Promise<Organization | undefined> {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function findOrganizationByName(db: Kysely<Database>, name: string): Promise<Organization | undefined> {
  const row = await db.selectFrom('organizations').selectAll().where('name', '=', name).orderBy('id').executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}
