/** Setup of a new installation, login, logout, the current session and password change. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { ChangePasswordBody, LoginBody, Session, SetupBody, SetupStatus } from '../../api/schemas/auth.ts';
import { Ok } from '../../api/schemas/common.ts';
import { insertAuditEntry } from '../../store/repositories/audit-log.ts';
import { findFirstMembershipOfUser } from '../../store/repositories/memberships.ts';
import { countOrganizations } from '../../store/repositories/organizations.ts';
import { deleteSession, deleteSessionsOfUser } from '../../store/repositories/sessions.ts';
import { findUser, findUserByEmail, updateUserPasswordHash } from '../../store/repositories/users.ts';
import { ANY_MEMBER, PUBLIC, type Principal } from '../auth/access.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { hashSecretToken } from '../auth/secret-token.ts';
import { clearSessionCookie, SESSION_COOKIE, startSession } from '../auth/session-cookie.ts';
import { buildSession } from '../use-cases/build-session.ts';
import { createOrganizationWithOwner } from '../use-cases/create-organization-with-owner.ts';
import { assertLoginAllowed, recordFailedLogin, recordSuccessfulLogin } from '../use-cases/login-throttle.ts';

let dummyHash: Promise<string> | undefined;

export async function registerSessionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { store, config } = app;
  /** Checking a password against a throwaway hash when the email is unknown keeps both answers equally slow. */
  const getDummyHash = () => (dummyHash ??= hashPassword('not-a-real-password', config.passwordHashing));

  app.get(
    '/api/setup',
    { schema: { tags: ['session'], summary: 'Whether this installation still needs its first organization', response: { 200: SetupStatus } }, config: { access: PUBLIC } },
    async () => ({ needed: (await countOrganizations(store.db)) === 0 }),
  );

  app.post(
    '/api/setup',
    {
      schema: { tags: ['session'], summary: 'Create the organization and its first owner (only on an empty installation)', body: SetupBody, response: { 201: Session } },
      config: { access: PUBLIC },
    },
    async (request, reply) => {
      if ((await countOrganizations(store.db)) > 0) throw appError('SETUP_ALREADY_DONE');
      const passwordHash = await hashPassword(request.body.password, config.passwordHashing);
      const now = new Date();
      const { organization, user } = await createOrganizationWithOwner(
        store.db,
        { organizationName: request.body.organizationName, name: request.body.name, email: request.body.email, passwordHash },
        { onlyIfFirst: true, now },
      );
      const sessionId = await startSession(store.db, request, reply, { userId: user.id, organizationId: organization.id, days: config.sessionDays }, now);
      const principal: Principal = { userId: user.id, organizationId: organization.id, role: 'owner', via: 'session', sessionId };
      return reply.code(201).send(await buildSession(store.db, principal, app.sessionSecret));
    },
  );

  app.post(
    '/api/auth/login',
    { schema: { tags: ['session'], summary: 'Log in with email and password', body: LoginBody, response: { 200: Session } }, config: { access: PUBLIC } },
    async (request, reply) => {
      const { email, password } = request.body;
      const now = new Date();
      await assertLoginAllowed(store.db, email, request.ip, now);
      const user = await findUserByEmail(store.db, email);
      const passwordMatches = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
      const membership = user && passwordMatches ? await findFirstMembershipOfUser(store.db, user.id) : undefined;
      if (!user || !passwordMatches || !membership) {
        await recordFailedLogin(store.db, email, request.ip, now);
        throw appError('INVALID_CREDENTIALS', { field: 'password' });
      }
      await recordSuccessfulLogin(store.db, email);
      const sessionId = await startSession(store.db, request, reply, { userId: user.id, organizationId: membership.organizationId, days: config.sessionDays }, now);
      const principal: Principal = { userId: user.id, organizationId: membership.organizationId, role: membership.role, via: 'session', sessionId };
      return buildSession(store.db, principal, app.sessionSecret);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['session'], summary: 'End the current session', response: { 200: Ok } }, config: { access: PUBLIC } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(store.db, hashSecretToken(token));
      clearSessionCookie(request, reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Who is calling, in which organization, with which role', response: { 200: Session } }, config: { access: ANY_MEMBER } },
    async (request) => buildSession(store.db, request.principal!, app.sessionSecret),
  );

  app.post(
    '/api/session/password',
    {
      schema: { tags: ['session'], summary: 'Change my password; ends my other sessions', body: ChangePasswordBody, response: { 200: Ok } },
      config: { access: ANY_MEMBER },
    },
    async (request) => {
      const principal = request.principal!;
      const user = await findUser(store.db, principal.userId);
      if (!user || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        throw appError('INVALID_CREDENTIALS', { field: 'currentPassword', message: 'The current password is not correct.' });
      }
      const passwordHash = await hashPassword(request.body.newPassword, config.passwordHashing);
      const now = new Date().toISOString();
      await store.db.transaction().execute(async (trx) => {
        await updateUserPasswordHash(trx, user.id, passwordHash);
        await deleteSessionsOfUser(trx, user.id, { exceptId: principal.sessionId });
        await insertAuditEntry(
          trx,
          { organizationId: principal.organizationId, actorUserId: user.id, action: 'user.password_changed', subjectType: 'user', subjectId: user.id },
          now,
        );
      });
      return { ok: true as const };
    },
  );
}
