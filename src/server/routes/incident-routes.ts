/** Incidents: steps that could not go on, listed until someone retries them. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IncidentList, IncidentParams, IncidentQuery, RetryIncidentBody, RunDetail } from '../../api/schemas/runs.ts';
import { listIncidents } from '../../store/repositories/incidents.ts';
import { ANY_MEMBER, RUN_MANAGERS } from '../auth/access.ts';
import { findVisibleRun } from '../use-cases/find-visible-run.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { listVisibleTeamIds } from '../use-cases/list-visible-team-ids.ts';
import { readRunDetail } from '../use-cases/read-run-detail.ts';
import { retryIncident } from '../use-cases/retry-incident.ts';
import { incidentToResponse } from './run-responses.ts';

export async function registerIncidentRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/incidents',
    { schema: { tags: ['runs'], summary: 'Incidents I may see, newest first: open ones unless resolved=true or all', querystring: IncidentQuery, response: { 200: IncidentList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const { teamId, runId, resolved, limit } = request.query;
      if (teamId !== undefined) await findVisibleTeam(db, principal, teamId);
      if (runId !== undefined) await findVisibleRun(db, principal, runId);
      const teamIds = await listVisibleTeamIds(db, principal);
      const incidents = await listIncidents(db, principal.organizationId, { teamIds, teamId, runId, resolved: resolved === 'all' ? undefined : resolved === 'true', limit });
      return { incidents: incidents.map(incidentToResponse) };
    },
  );

  app.post(
    '/api/incidents/:incidentId/retry',
    {
      schema: { tags: ['runs'], summary: 'Retry the step an incident stopped, optionally with corrected variables', params: IncidentParams, body: RetryIncidentBody, response: { 200: RunDetail } },
      config: { access: RUN_MANAGERS },
    },
    async (request) => {
      const principal = request.principal!;
      const runId = await retryIncident(app.runner, principal, request.params.incidentId, request.body.variables);
      return readRunDetail(db, principal.organizationId, runId);
    },
  );
}
