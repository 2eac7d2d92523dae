/** Teams (an agency's clients) and who belongs to each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { seesAllTeams } from '../../api/roles.ts';
import { Ok } from '../../api/schemas/common.ts';
import { MemberList } from '../../api/schemas/members.ts';
import { CreateTeamBody, Team, TeamList, TeamMemberParams, TeamParams, UpdateTeamBody } from '../../api/schemas/teams.ts';
import { findMembership, listMembers, listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import { deleteTeamMember, findTeam, insertTeam, insertTeamMember, listTeams, updateTeam, type Team as TeamRecord } from '../../store/repositories/teams.ts';
import { isUniqueViolation } from '../../store/unique-violation.ts';
import { ADMINS, ANY_MEMBER } from '../auth/access.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { recordAudit } from '../use-cases/record-audit.ts';
import { rescheduleTeamStartTimers } from '../use-cases/reschedule-team-start-timers.ts';

function teamToResponse(team: TeamRecord): Team {
  return { id: team.id, name: team.name, timeZone: team.timeZone, memberCount: team.memberCount, createdAt: team.createdAt };
}

function rethrowNameTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw appError('TEAM_NAME_TAKEN', { field: 'name' });
  throw error;
}

export async function registerTeamRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/teams',
    { schema: { tags: ['teams'], summary: 'Teams I may see', response: { 200: TeamList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const onlyIds = seesAllTeams(principal.role) ? undefined : await listTeamIdsOfUser(db, principal.organizationId, principal.userId);
      return { teams: (await listTeams(db, principal.organizationId, onlyIds)).map(teamToResponse) };
    },
  );

  app.post(
    '/api/teams',
    { schema: { tags: ['teams'], summary: 'Create a team', body: CreateTeamBody, response: { 201: Team } }, config: { access: ADMINS } },
    async (request, reply) => {
      const principal = request.principal!;
      const now = new Date().toISOString();
      const team = await db
        .transaction()
        .execute(async (trx) => {
          const teamId = await insertTeam(trx, { organizationId: principal.organizationId, name: request.body.name, timeZone: request.body.timeZone }, now);
          await recordAudit(trx, principal, 'team.created', { type: 'team', id: teamId }, request.body);
          return findTeam(trx, principal.organizationId, teamId);
        })
        .catch(rethrowNameTaken);
      return reply.code(201).send(teamToResponse(team!));
    },
  );

  app.get(
    '/api/teams/:teamId',
    { schema: { tags: ['teams'], summary: 'One team', params: TeamParams, response: { 200: Team } }, config: { access: ANY_MEMBER } },
    async (request) => teamToResponse(await findVisibleTeam(db, request.principal!, request.params.teamId)),
  );

  app.patch(
    '/api/teams/:teamId',
    { schema: { tags: ['teams'], summary: 'Rename a team or change its time zone', params: TeamParams, body: UpdateTeamBody, response: { 200: Team } }, config: { access: ADMINS } },
    async (request) => {
      const principal = request.principal!;
      const before = await findVisibleTeam(db, principal, request.params.teamId);
      const now = new Date().toISOString();
      const team = await db
        .transaction()
        .execute(async (trx) => {
          await updateTeam(trx, principal.organizationId, before.id, request.body);
          if (request.body.timeZone !== undefined && request.body.timeZone !== before.timeZone) {
            await rescheduleTeamStartTimers(trx, principal.organizationId, before.id, request.body.timeZone, new Date().toISOString());
          }
          await recordAudit(trx, principal, 'team.updated', { type: 'team', id: before.id }, {
            from: { name: before.name, timeZone: before.timeZone },
            to: request.body,
          });
          return findTeam(trx, principal.organizationId, before.id);
        })
        .catch(rethrowNameTaken);
      return teamToResponse(team!);
    },
  );

  app.get(
    '/api/teams/:teamId/members',
    { schema: { tags: ['teams'], summary: "A team's members", params: TeamParams, response: { 200: MemberList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const team = await findVisibleTeam(db, principal, request.params.teamId);
      return { members: await listMembers(db, principal.organizationId, { teamId: team.id }) };
    },
  );

  app.put(
    '/api/teams/:teamId/members/:userId',
    { schema: { tags: ['teams'], summary: 'Add a member of the organization to a team', params: TeamMemberParams, response: { 200: Ok } }, config: { access: ADMINS } },
    async (request) => {
      const principal = request.principal!;
      const team = await findVisibleTeam(db, principal, request.params.teamId);
      const membership = await findMembership(db, principal.organizationId, request.params.userId);
      if (!membership) throw appError('NOT_FOUND', { field: 'userId', message: 'There is no such member in this organization.' });
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        if (await insertTeamMember(trx, team.id, membership.userId, now)) {
          await recordAudit(trx, principal, 'team.member_added', { type: 'team', id: team.id }, { userId: membership.userId });
        }
      });
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/teams/:teamId/members/:userId',
    { schema: { tags: ['teams'], summary: 'Remove a person from a team (they stay in the organization)', params: TeamMemberParams, response: { 200: Ok } }, config: { access: ADMINS } },
    async (request) => {
      const principal = request.principal!;
      const team = await findVisibleTeam(db, principal, request.params.teamId);
      const now = new Date().toISOString();
      const removed = await db.transaction().execute(async (trx) => {
        const deleted = await deleteTeamMember(trx, team.id, request.params.userId);
        if (deleted) {
          await recordAudit(trx, principal, 'team.member_removed', { type: 'team', id: team.id }, { userId: request.params.userId });
        }
        return deleted;
      });
      if (!removed) throw appError('NOT_FOUND', { field: 'userId', message: 'This person is not in the team.' });
      return { ok: true as const };
    },
  );
}
