/** Whose notifications the caller reads: owners, admins and managers every team's alerts, a viewer their teams', a va only the alerts about themselves. */
import type { Kysely } from 'kysely';
import { seesAllTeams } from '../../api/roles.ts';
import { listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import type { NotificationScope } from '../../store/repositories/notifications.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';

export async function notificationScope(db: Kysely<Database>, principal: Principal): Promise<NotificationScope> {
  const scope = { organizationId: principal.organizationId, readerUserId: principal.userId };
  if (principal.role === 'va') return { ...scope, aboutUserId: principal.userId };
  if (seesAllTeams(principal.role)) return scope;
  return { ...scope, teamIds: await listTeamIdsOfUser(db, principal.organizationId, principal.userId) };
}
