/** A team the caller may see: any team of the organization for owners, admins and managers; their own teams for others. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { seesAllTeams } from '../../api/roles.ts';
import { listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import { findTeam, type Team } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';

export async function findVisibleTeam(db: Kysely<Database>, principal: Principal, teamId: number): Promise<Team> {
  const team = await findTeam(db, principal.organizationId, teamId);
  // Another organization's team and a team one may not see answer the same: it does not exist for the caller.
  if (!team) throw appError('NOT_FOUND', { field: 'teamId', message: 'There is no such team.' });
  if (!seesAllTeams(principal.role)) {
    const teamIds = await listTeamIdsOfUser(db, principal.organizationId, principal.userId);
    if (!teamIds.includes(teamId)) throw appError('NOT_FOUND', { field: 'teamId', message: 'There is no such team.' });
  }
  return team;
}
