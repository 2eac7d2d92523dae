/** What the app needs to know about the caller: who, in which organization, with which role and teams. */
import type { Kysely } from 'kysely';
import type { Session } from '../../api/schemas/auth.ts';
import { listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import { findOrganization } from '../../store/repositories/organizations.ts';
import { findUser } from '../../store/repositories/users.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { csrfTokenFor } from '../auth/csrf-token.ts';

export async function buildSession(db: Kysely<Database>, principal: Principal, sessionSecret: string): Promise<Session> {
  const [user, organization, teamIds] = await Promise.all([
    findUser(db, principal.userId),
    findOrganization(db, principal.organizationId),
    listTeamIdsOfUser(db, principal.organizationId, principal.userId),
  ]);
  if (!user || !organization) throw new Error(`session refers to a missing user ${principal.userId} or organization ${principal.organizationId}`);
  return {
    user: { id: user.id, email: user.email, name: user.name },
    organization: { id: organization.id, name: organization.name },
    role: principal.role,
    teamIds,
    csrfToken: principal.sessionId ? csrfTokenFor(sessionSecret, principal.sessionId) : '',
  };
}
