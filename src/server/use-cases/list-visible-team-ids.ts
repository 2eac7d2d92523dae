/** The teams whose runs and tasks the caller may see: undefined for owners, admins and managers (every team), else their own. */
import type { Kysely } from 'kysely';
import { seesAllTeams } from '../../api/roles.ts';
import { listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';

export async function listVisibleTeamIds(db: Kysely<Database>, principal: Principal): Promise<number[] | undefined> {
  if (seesAllTeams(principal.role)) return undefined;
  return listTeamIdsOfUser(db, principal.organizationId, principal.userId);
}

/** Whether the caller may see what belongs to this team. */
export async function canSeeTeam(db: Kysely<Database>, principal: Principal, teamId: number): Promise<boolean> {
  const teamIds = await listVisibleTeamIds(db, principal);
  return teamIds === undefined || teamIds.includes(teamId);
}
