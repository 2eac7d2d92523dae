/** Targets per person: a team's KPIs with their documented per-VA targets and each VA's own (any member; a va sees their own), and setting one (team leads, audited). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TeamParams } from '../../api/schemas/teams.ts';
import { SetPersonTargetBody, TeamTargets } from '../../api/schemas/targets.ts';
import { ANY_MEMBER, TEAM_LEADS } from '../auth/access.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { readTeamTargets } from '../use-cases/read-team-targets.ts';
import { setPersonTarget } from '../use-cases/set-person-target.ts';

export async function registerTargetRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/teams/:teamId/targets',
    {
      schema: { tags: ['dashboards'], summary: "The KPIs of the team's dashboard process with their documented per-VA targets, and each VA's own targets (a va: their own)", params: TeamParams, response: { 200: TeamTargets } },
      config: { access: ANY_MEMBER },
    },
    async (request) => {
      const team = await findVisibleTeam(db, request.principal!, request.params.teamId);
      return readTeamTargets(db, request.principal!, team);
    },
  );

  app.put(
    '/api/teams/:teamId/targets',
    {
      schema: {
        tags: ['dashboards'],
        summary: "Set a VA's own target on a KPI for a day, week or month (value null: back to the documented target); the dashboards and alerts use it",
        params: TeamParams,
        body: SetPersonTargetBody,
        response: { 200: TeamTargets },
      },
      config: { access: TEAM_LEADS },
    },
    async (request) => {
      const principal = request.principal!;
      const team = await findVisibleTeam(db, principal, request.params.teamId);
      await setPersonTarget(db, principal, team, request.body);
      return readTeamTargets(db, principal, team);
    },
  );
}
