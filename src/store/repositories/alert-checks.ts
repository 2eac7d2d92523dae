/** When each team's alert rules were last evaluated: a server claims the teams due for a check, so each is checked once per interval whatever the number of servers. */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface ClaimedTeam {
  organizationId: number;
  teamId: number;
}

/**
 * Claims up to `limit` teams last checked before `checkedBefore` (a new team has never been checked), moving
 * their mark to `now` in one transaction. On PostgreSQL rows another server is claiming are skipped (FOR UPDATE SKIP
 * LOCKED), and a row it has just moved no longer matches; SQLite's single writer cannot race.
 */
export async function claimTeamsForAlertCheck(db: Kysely<Database>, options: { now: string; checkedBefore: string; limit: number }): Promise<ClaimedTeam[]> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('alert_checks')
      .columns(['organization_id', 'team_id', 'checked_at'])
      .expression(
        trx
          .selectFrom('teams')
          // An empty mark sorts before every instant: a new team is due at once.
          .select(['teams.organization_id', 'teams.id', sql<string>`cast('' as text)`.as('checked_at')])
          .where((eb) => eb.not(eb.exists(eb.selectFrom('alert_checks').select('alert_checks.team_id').whereRef('alert_checks.team_id', '=', 'teams.id')))),
      )
      .onConflict((conflict) => conflict.column('team_id').doNothing())
      .execute();
    const due = await trx
      .selectFrom('alert_checks')
      .select(['organization_id', 'team_id'])
      .where('checked_at', '<', options.checkedBefore)
      .orderBy('team_id')
      .limit(options.limit)
      .$if(isPostgres, (query) => query.forUpdate().skipLocked())
      .execute();
    if (due.length === 0) return [];
    const claimed = await trx
      .updateTable('alert_checks')
      .set({ checked_at: options.now })
      .where('team_id', 'in', due.map((row) => row.team_id))
      // Re-checked under the row's lock: a team another server claimed a moment ago stays its own.
      .where('checked_at', '<', options.checkedBefore)
      .returning(['organization_id', 'team_id'])
      .execute();
    return claimed.map((row) => ({ organizationId: row.organization_id, teamId: row.team_id })).sort((a, b) => a.teamId - b.teamId);
  });
}
