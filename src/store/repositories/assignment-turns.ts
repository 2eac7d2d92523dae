/** Round-robin turns: who got the last task of a role handed out in turn, per team. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export async function findLastTurn(db: Kysely<Database>, teamId: number, role: string): Promise<number | null> {
  const row = await db.selectFrom('assignment_turns').select('last_user_id').where('team_id', '=', teamId).where('role', '=', role).executeTakeFirst();
  return row?.last_user_id ?? null;
}

export async function recordTurn(db: Kysely<Database>, turn: { organizationId: number; teamId: number; role: string; userId: number }, now: string): Promise<void> {
  await db
    .insertInto('assignment_turns')
    .values({ organization_id: turn.organizationId, team_id: turn.teamId, role: turn.role, last_user_id: turn.userId, updated_at: now })
    .onConflict((conflict) => conflict.columns(['team_id', 'role']).doUpdateSet({ last_user_id: turn.userId, updated_at: now }))
    .execute();
}
