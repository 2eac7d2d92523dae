/** Teams of an organization and their members. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface Team {
  id: number;
  organizationId: number;
  name: string;
  timeZone: string;
  memberCount: number;
  createdAt: string;
}

function selectTeams(db: Kysely<Database>, organizationId: number) {
  return db
    .selectFrom('teams')
    .select((eb) => [
      'teams.id',
      'teams.organization_id',
      'teams.name',
      'teams.time_zone',
      'teams.created_at',
      eb
        .selectFrom('team_members')
        .select((inner) => inner.fn.countAll<number | string>().as('count'))
        .whereRef('team_members.team_id', '=', 'teams.id')
        .as('member_count'),
    ])
    .where('teams.organization_id', '=', organizationId);
}

type TeamRow = Awaited<ReturnType<ReturnType<typeof selectTeams>['executeTakeFirstOrThrow']>>;

function teamRowToTeam(row: TeamRow): Team {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    timeZone: row.time_zone,
    memberCount: Number(row.member_count ?? 0),
    createdAt: row.created_at,
  };
}

/** All teams of the organization, or only those listed. */
export async function listTeams(db: Kysely<Database>, organizationId: number, onlyIds?: number[]): Promise<Team[]> {
  if (onlyIds && onlyIds.length === 0) return [];
  let query = selectTeams(db, organizationId);
  if (onlyIds) query = query.where('teams.id', 'in', onlyIds);
  const rows = await query.orderBy('teams.name').orderBy('teams.id').execute();
  return rows.map(teamRowToTeam);
}

export async function findTeam(db: Kysely<Database>, organizationId: number, teamId: number): Promise<Team | undefined> {
  const row = await selectTeams(db, organizationId).where('teams.id', '=', teamId).executeTakeFirst();
  return row && teamRowToTeam(row);
}

export async function insertTeam(
  db: Kysely<Database>,
  team: { organizationId: number; name: string; timeZone: string },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('teams')
    .values({ organization_id: team.organizationId, name: team.name, time_zone: team.timeZone, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTeam(
  db: Kysely<Database>,
  organizationId: number,
  teamId: number,
  changes: { name?: string | undefined; timeZone?: string | undefined },
): Promise<void> {
  const values: { name?: string; time_zone?: string } = {};
  if (changes.name !== undefined) values.name = changes.name;
  if (changes.timeZone !== undefined) values.time_zone = changes.timeZone;
  if (Object.keys(values).length === 0) return;
  await db.updateTable('teams').set(values).where('organization_id', '=', organizationId).where('id', '=', teamId).execute();
}

/** Adds a person to a team; adding someone already there changes nothing. */
export async function insertTeamMember(db: Kysely<Database>, teamId: number, userId: number, now: string): Promise<boolean> {
  const result = await db
    .insertInto('team_members')
    .values({ team_id: teamId, user_id: userId, created_at: now })
    .onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteTeamMember(db: Kysely<Database>, teamId: number, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('team_members').where('team_id', '=', teamId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The members of a team who may do work (every role but viewer), for assigning tasks. */
export async function listTeamWorkerIds(db: Kysely<Database>, teamId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('team_members')
    .innerJoin('teams', 'teams.id', 'team_members.team_id')
    .innerJoin('memberships', (join) => join.onRef('memberships.user_id', '=', 'team_members.user_id').onRef('memberships.organization_id', '=', 'teams.organization_id'))
    .select('team_members.user_id')
    .where('team_members.team_id', '=', teamId)
    .where('memberships.role', '!=', 'viewer')
    .orderBy('team_members.user_id')
    .execute();
  return rows.map((row) => row.user_id);
}
