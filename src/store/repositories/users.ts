/** People with an account; one account may belong to several organizations through memberships. */
import type { Kysely } from 'kysely';
import type { Database, UserTable } from '../tables.ts';

export interface User {
  id: number;
  email: string;
  name: string;
  createdAt: string;
}

export interface UserWithPasswordHash extends User {
  passwordHash: string;
}

function userRowToUser(row: Omit<UserTable, 'id'> & { id: number }): UserWithPasswordHash {
  return { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash, createdAt: row.created_at };
}

export async function insertUser(
  db: Kysely<Database>,
  user: { email: string; name: string; passwordHash: string },
  now: string,
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ email: user.email, name: user.name, password_hash: user.passwordHash, created_at: now })
    .returning(['id', 'email', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserWithPasswordHash | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row && userRowToUser(row);
}

export async function findUser(db: Kysely<Database>, id: number): Promise<UserWithPasswordHash | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && userRowToUser(row);
}

export async function updateUserPasswordHash(db: Kysely<Database>, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}
