/** Members of the organization: list, change a role, remove. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { canAssignRole, ORGANIZATION_WIDE_ROLES } from '../../api/roles.ts';
import { Ok } from '../../api/schemas/common.ts';
import { ChangeRoleBody, Member, MemberList, MemberParams } from '../../api/schemas/members.ts';
import { revokeApiTokensOfUser } from '../../store/repositories/api-tokens.ts';
import { countOwners, deleteMembership, findMembership, listMembers, updateMembershipRole } from '../../store/repositories/memberships.ts';
import { deleteSessionsOfUser } from '../../store/repositories/sessions.ts';
import { ADMINS } from '../auth/access.ts';
import { recordAudit } from '../use-cases/record-audit.ts';

export async function registerMemberRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/members',
    {
      schema: { tags: ['members'], summary: 'Everyone in the organization, with role and teams', response: { 200: MemberList } },
      config: { access: { kind: 'member', roles: ORGANIZATION_WIDE_ROLES } },
    },
    async (request) => ({ members: await listMembers(db, request.principal!.organizationId) }),
  );

  app.patch(
    '/api/members/:userId',
    { schema: { tags: ['members'], summary: "Change a member's role (audited)", params: MemberParams, body: ChangeRoleBody, response: { 200: Member } }, config: { access: ADMINS } },
    async (request) => {
      const principal = request.principal!;
      const { userId } = request.params;
      const { role } = request.body;
      return db.transaction().execute(async (trx) => {
        const membership = await findMembership(trx, principal.organizationId, userId);
        if (!membership) throw appError('NOT_FOUND', { field: 'userId', message: 'There is no such member.' });
        if (!canAssignRole(principal.role, membership.role, role)) {
          throw appError('FORBIDDEN', { field: 'role', message: 'Only an owner can make someone an owner or change an owner.' });
        }
        if (membership.role === 'owner' && role !== 'owner' && (await countOwners(trx, principal.organizationId)) <= 1) {
          throw appError('LAST_OWNER', { field: 'role' });
        }
        if (membership.role !== role) {
          await updateMembershipRole(trx, principal.organizationId, userId, role);
          await recordAudit(trx, principal, 'member.role_changed', { type: 'user', id: userId }, { from: membership.role, to: role });
        }
        const member = (await listMembers(trx, principal.organizationId)).find((candidate) => candidate.userId === userId);
        return member!;
      });
    },
  );

  app.delete(
    '/api/members/:userId',
    {
      schema: { tags: ['members'], summary: 'Remove a person from the organization: ends their sessions and revokes their API tokens', params: MemberParams, response: { 200: Ok } },
      config: { access: ADMINS },
    },
    async (request) => {
      const principal = request.principal!;
      const { userId } = request.params;
      await db.transaction().execute(async (trx) => {
        const membership = await findMembership(trx, principal.organizationId, userId);
        if (!membership) throw appError('NOT_FOUND', { field: 'userId', message: 'There is no such member.' });
        if (membership.role === 'owner') {
          if (principal.role !== 'owner') throw appError('FORBIDDEN', { message: 'Only an owner can remove an owner.' });
          if ((await countOwners(trx, principal.organizationId)) <= 1) throw appError('LAST_OWNER');
        }
        await deleteMembership(trx, principal.organizationId, userId);
        await deleteSessionsOfUser(trx, userId, { organizationId: principal.organizationId });
        await revokeApiTokensOfUser(trx, principal.organizationId, userId, new Date().toISOString());
        await recordAudit(trx, principal, 'member.removed', { type: 'user', id: userId }, { role: membership.role });
      });
      return { ok: true as const };
    },
  );
}
