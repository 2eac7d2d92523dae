/** Invitations: an admin creates a link with a role; the invited person sets a password through it and lands in the app. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { canAssignRole } from '../../api/roles.ts';
import { Ok } from '../../api/schemas/common.ts';
import { Session } from '../../api/schemas/auth.ts';
import {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  InvitationList,
  InvitationParams,
  InvitationPreview,
  InvitationTokenParams,
  type Invitation,
} from '../../api/schemas/invitations.ts';
import {
  findInvitation,
  findInvitationByTokenHash,
  insertInvitation,
  listPendingInvitations,
  markInvitationAccepted,
  markInvitationRevoked,
  type Invitation as InvitationRecord,
} from '../../store/repositories/invitations.ts';
import { findMembership, insertMembership } from '../../store/repositories/memberships.ts';
import { findOrganization } from '../../store/repositories/organizations.ts';
import { insertTeamMember, listTeams } from '../../store/repositories/teams.ts';
import { findUserByEmail, insertUser } from '../../store/repositories/users.ts';
import { ADMINS, PUBLIC, type Principal } from '../auth/access.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { generateSecretToken, hashSecretToken } from '../auth/secret-token.ts';
import { startSession } from '../auth/session-cookie.ts';
import { buildSession } from '../use-cases/build-session.ts';
import { recordAudit } from '../use-cases/record-audit.ts';

function invitationToResponse(invitation: InvitationRecord): Invitation {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    teamIds: invitation.teamIds,
    invitedBy: invitation.invitedBy,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  };
}

function isPending(invitation: InvitationRecord, now: Date): boolean {
  return !invitation.acceptedAt && !invitation.revokedAt && Date.parse(invitation.expiresAt) > now.getTime();
}

export async function registerInvitationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;
  const { config } = app;

  async function findPendingByToken(token: string, now: Date): Promise<InvitationRecord> {
    const invitation = await findInvitationByTokenHash(db, hashSecretToken(token));
    if (!invitation || !isPending(invitation, now)) throw appError('INVITATION_INVALID', { field: 'token' });
    return invitation;
  }

  app.get(
    '/api/invitations',
    { schema: { tags: ['invitations'], summary: 'Pending invitations', response: { 200: InvitationList } }, config: { access: ADMINS } },
    async (request) => ({
      invitations: (await listPendingInvitations(db, request.principal!.organizationId, new Date().toISOString())).map(invitationToResponse),
    }),
  );

  app.post(
    '/api/invitations',
    {
      schema: { tags: ['invitations'], summary: 'Invite a person with a role; answers the link token once', body: CreateInvitationBody, response: { 201: CreatedInvitation } },
      config: { access: ADMINS },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const { email, role, teamIds } = request.body;
      if (!canAssignRole(principal.role, null, role)) throw appError('FORBIDDEN', { field: 'role', message: 'Only an owner can invite another owner.' });
      const uniqueTeamIds = [...new Set(teamIds)];
      const teams = await listTeams(db, principal.organizationId, uniqueTeamIds);
      const missing = uniqueTeamIds.find((id) => !teams.some((team) => team.id === id));
      if (missing !== undefined) throw appError('VALIDATION_FAILED', { field: 'teamIds', message: `teamIds: there is no team ${missing}` });
      const existingUser = await findUserByEmail(db, email);
      if (existingUser && (await findMembership(db, principal.organizationId, existingUser.id))) {
        throw appError('ALREADY_MEMBER', { field: 'email' });
      }
      const token = generateSecretToken();
      const now = new Date();
      const expiresAt = new Date(now.getTime() + config.invitationDays * 86_400_000).toISOString();
      const invitation = await db.transaction().execute(async (trx) => {
        const id = await insertInvitation(
          trx,
          { organizationId: principal.organizationId, email, role, teamIds: uniqueTeamIds, tokenHash: hashSecretToken(token), invitedByUserId: principal.userId, expiresAt },
          now.toISOString(),
        );
        await recordAudit(trx, principal, 'invitation.created', { type: 'invitation', id }, { email, role, teamIds: uniqueTeamIds });
        return findInvitation(trx, principal.organizationId, id);
      });
      return reply.code(201).send({ invitation: invitationToResponse(invitation!), token });
    },
  );

  app.delete(
    '/api/invitations/:invitationId',
    { schema: { tags: ['invitations'], summary: 'Revoke a pending invitation', params: InvitationParams, response: { 200: Ok } }, config: { access: ADMINS } },
    async (request) => {
      const principal = request.principal!;
      await db.transaction().execute(async (trx) => {
        if (!(await markInvitationRevoked(trx, principal.organizationId, request.params.invitationId, new Date().toISOString()))) {
          throw appError('NOT_FOUND', { field: 'invitationId', message: 'There is no such pending invitation.' });
        }
        await recordAudit(trx, principal, 'invitation.revoked', { type: 'invitation', id: request.params.invitationId });
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/invitations/accept/:token',
    { schema: { tags: ['invitations'], summary: 'What an invitation link offers', params: InvitationTokenParams, response: { 200: InvitationPreview } }, config: { access: PUBLIC } },
    async (request) => {
      const invitation = await findPendingByToken(request.params.token, new Date());
      const organization = await findOrganization(db, invitation.organizationId);
      return {
        organizationName: organization!.name,
        email: invitation.email,
        role: invitation.role,
        hasAccount: (await findUserByEmail(db, invitation.email)) !== undefined,
      };
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation: set a password (or confirm the existing one) and log in',
        body: AcceptInvitationBody,
        response: { 200: Session },
      },
      config: { access: PUBLIC },
    },
    async (request, reply) => {
      const now = new Date();
      const invitation = await findPendingByToken(request.body.token, now);
      const existingUser = await findUserByEmail(db, invitation.email);
      if (existingUser && !(await verifyPassword(existingUser.passwordHash, request.body.password))) {
        throw appError('INVALID_CREDENTIALS', { field: 'password', message: 'You already have an account: enter its password.' });
      }
      const passwordHash = existingUser ? undefined : await hashPassword(request.body.password, config.passwordHashing);
      const userId = await db.transaction().execute(async (trx) => {
        if (!(await markInvitationAccepted(trx, invitation.id, now.toISOString()))) throw appError('INVITATION_INVALID', { field: 'token' });
        const user = existingUser ?? (await insertUser(trx, { email: invitation.email, name: request.body.name, passwordHash: passwordHash! }, now.toISOString()));
        if (await findMembership(trx, invitation.organizationId, user.id)) throw appError('ALREADY_MEMBER');
        await insertMembership(trx, { organizationId: invitation.organizationId, userId: user.id, role: invitation.role }, now.toISOString());
        for (const team of await listTeams(trx, invitation.organizationId, invitation.teamIds)) {
          await insertTeamMember(trx, team.id, user.id, now.toISOString());
        }
        await recordAudit(trx, { organizationId: invitation.organizationId, userId: user.id }, 'invitation.accepted', { type: 'invitation', id: invitation.id }, {
          email: invitation.email,
          role: invitation.role,
        });
        return user.id;
      });
      const sessionId = await startSession(db, request, reply, { userId, organizationId: invitation.organizationId, days: config.sessionDays }, now);
      const principal: Principal = { userId, organizationId: invitation.organizationId, role: invitation.role, via: 'session', sessionId };
      return buildSession(db, principal, app.sessionSecret);
    },
  );
}
