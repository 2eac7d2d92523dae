/**
 * Claims due rows of a lease-holding table (run timers, start timers, webhook deliveries): up to `limit` waiting rows due at `now`
 * whose lease is free or expired, for `workerId` until `leaseUntil`, each claim counting as an attempt. On PostgreSQL
 * rows another server is claiming are skipped (FOR UPDATE SKIP LOCKED); SQLite's single writer cannot race.
 * Runs inside the caller's transaction and returns the claimed ids, oldest due first.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from './connection.ts';
import type { Database } from './tables.ts';

export interface DueClaim {
  workerId: string;
  now: string;
  leaseUntil: string;
  limit: number;
  maxAttempts: number;
}

/** Each leased table's waiting status and due column; they share the lease columns (claimed_by, claimed_until, attempts). */
const LEASED_TABLES = {
  timers: { waiting: 'scheduled', due: 'due_at' },
  start_timers: { waiting: 'scheduled', due: 'due_at' },
  webhook_deliveries: { waiting: 'pending', due: 'next_attempt_at' },
} as const;

export async function claimDueRows(trx: Kysely<Database>, dialect: DialectName, table: keyof typeof LEASED_TABLES, claim: DueClaim): Promise<number[]> {
  // The tables share the lease columns; Kysely types one table at a time, so the query is typed on `timers`.
  const leased = table as 'timers';
  const { waiting, due: dueColumn } = LEASED_TABLES[table];
  const due = await trx
    .selectFrom(leased)
    .select('id')
    .where('status', '=', waiting)
    .where(dueColumn as 'due_at', '<=', claim.now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', claim.now)]))
    .where('attempts', '<', claim.maxAttempts)
    .orderBy(dueColumn as 'due_at')
    .limit(claim.limit)
    .$if(dialect === 'postgres', (query) => query.forUpdate().skipLocked())
    .execute();
  if (due.length === 0) return [];
  const ids = due.map((row) => row.id);
  await trx
    .updateTable(leased)
    .set((eb) => ({ claimed_by: claim.workerId, claimed_until: claim.leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', ids)
    .execute();
  return ids;
}
