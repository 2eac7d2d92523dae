/** Counts failed logins per key (email) in a window, in the database so every server process sees them. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface LoginFailureCount {
  count: number;
  firstFailedAt: string;
}

export async function findLoginFailures(db: Kysely<Database>, key: string): Promise<LoginFailureCount | undefined> {
  const row = await db.selectFrom('login_failures').selectAll().where('key', '=', key).executeTakeFirst();
  return row && { count: row.count, firstFailedAt: row.first_failed_at };
}

/** Adds one failure; a window that started before `windowStart` starts again at now. */
export async function recordLoginFailure(db: Kysely<Database>, key: string, now: string, windowStart: string): Promise<void> {
  await db
    .insertInto('login_failures')
    .values({ key, count: 1, first_failed_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        count: eb.case().when('login_failures.first_failed_at', '<', windowStart).then(1).else(eb('login_failures.count', '+', 1)).end(),
        first_failed_at: eb
          .case()
          .when('login_failures.first_failed_at', '<', windowStart)
          .then(now)
          .else(eb.ref('login_failures.first_failed_at'))
          .end(),
      })),
    )
    .execute();
}

export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

/** Forgets failure windows that started before `windowStart`; they no longer block anyone. */
export async function deleteStaleLoginFailures(db: Kysely<Database>, windowStart: string): Promise<number> {
  const result = await db.deleteFrom('login_failures').where('first_failed_at', '<', windowStart).executeTakeFirst();
  return Number(result.numDeletedRows);
}
