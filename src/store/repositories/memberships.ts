/** Who belongs to which organization, with which role, and in which of its teams. */
import type { Kysely } from 'kysely';
import type { Role } from '../../api/roles.ts';
import { compileOnce } from '../compile-once.ts';
import type { Database } from '../tables.ts';

export interface Membership {
  organizationId: number;
  userId: number;
  role: Role;
  createdAt: string;
}

export interface MemberDetails {
  userId: number;
  email: string;
  name: string;
  role: Role;
  teamIds: number[];
  joinedAt: string;
}

export async function insertMembership(
  db: Kysely<Database>,
  membership: { organizationId: number; userId: number; role: Role },
  now: string,
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ organization_id: membership.organizationId, user_id: membership.userId, role: membership.role, created_at: now })
    .execute();
}

// Every authenticated request asks this: compiled once (see compile-once.ts).
const selectMembership = compileOnce((db, organizationId: number, userId: number) =>
  db.selectFrom('memberships').selectAll().where('organization_id', '=', organizationId).where('user_id', '=', userId),
);

export async function findMembership(db: Kysely<Database>, organizationId: number, userId: number): Promise<Membership | undefined> {
  const row = (await selectMembership(db, organizationId, userId)).rows[0];
  return row && { organizationId: row.organization_id, userId: row.user_id, role: row.role as Role, createdAt: row.created_at };
}

/** The organization a person logs into: the oldest membership. */
export async function findFirstMembershipOfUser(db: Kysely<Database>, userId: number): Promise<Membership | undefined> {
  const row = await db.selectFrom('memberships').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('organization_id').executeTakeFirst();
  return row && { organizationId: row.organization_id, userId: row.user_id, role: row.role as Role, createdAt: row.created_at };
}

export async function updateMembershipRole(db: Kysely<Database>, organizationId: number, userId: number, role: Role): Promise<void> {
  await db.updateTable('memberships').set({ role }).where('organization_id', '=', organizationId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(db: Kysely<Database>, organizationId: number, userId: number): Promise<void> {
  await db
    .deleteFrom('team_members')
    .where('user_id', '=', userId)
    .where('team_id', 'in', db.selectFrom('teams').select('id').where('organization_id', '=', organizationId))
    .execute();
  await db.deleteFrom('memberships').where('organization_id', '=', organizationId).where('user_id', '=', userId).execute();
}

export async function countOwners(db: Kysely<Database>, organizationId: number): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The teams of this organization a person belongs to. */
export async function listTeamIdsOfUser(db: Kysely<Database>, organizationId: number, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('team_members')
    .innerJoin('teams', 'teams.id', 'team_members.team_id')
    .select('teams.id')
    .where('teams.organization_id', '=', organizationId)
    .where('team_members.user_id', '=', userId)
    .orderBy('teams.id')
    .execute();
  return rows.map((row) => row.id);
}

/** Members of an organization, optionally only those of one team, with their team ids. */
export async function listMembers(db: Kysely<Database>, organizationId: number, options: { teamId?: number } = {}): Promise<MemberDetails[]> {
  let query = db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.name', 'memberships.role', 'memberships.created_at'])
    .where('memberships.organization_id', '=', organizationId);
  if (options.teamId !== undefined) {
    const teamId = options.teamId;
    query = query.where('users.id', 'in', db.selectFrom('team_members').select('user_id').where('team_id', '=', teamId));
  }
  const rows = await query.orderBy('users.name').orderBy('users.id').execute();
  const teamRows = await db
    .selectFrom('team_members')
    .innerJoin('teams', 'teams.id', 'team_members.team_id')
    .select(['team_members.user_id', 'team_members.team_id'])
    .where('teams.organization_id', '=', organizationId)
    .orderBy('team_members.team_id')
    .execute();
  const teamIdsByUser = new Map<number, number[]>();
  for (const row of teamRows) {
    const list = teamIdsByUser.get(row.user_id) ?? [];
    list.push(row.team_id);
    teamIdsByUser.set(row.user_id, list);
  }
  return rows.map((row) => ({
    userId: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    teamIds: teamIdsByUser.get(row.id) ?? [],
    joinedAt: row.created_at,
  }));
}
