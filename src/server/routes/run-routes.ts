/** Runs of published processes: start, list, read with tasks and incidents, the timeline, cancel, and messages from outside. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CancelRunBody, CorrelateMessageBody, RunDetail, RunHistory, RunList, RunParams, RunQuery, StartRunBody } from '../../api/schemas/runs.ts';
import { listHistory } from '../../store/repositories/run-history.ts';
import { listRuns } from '../../store/repositories/runs.ts';
import { ANY_MEMBER, RUN_MANAGERS, WORKERS } from '../auth/access.ts';
import { cancelRun } from '../use-cases/cancel-run.ts';
import { correlateMessage } from '../use-cases/correlate-message.ts';
import { findVisibleRun } from '../use-cases/find-visible-run.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { listVisibleTeamIds } from '../use-cases/list-visible-team-ids.ts';
import { readRunDetail } from '../use-cases/read-run-detail.ts';
import { startRun } from '../use-cases/start-run.ts';
import { historyToResponse, runSummaryToResponse } from './run-responses.ts';

export async function registerRunRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.post(
    '/api/runs',
    {
      schema: { tags: ['runs'], summary: "Start a run of a team's process at its latest published version (or the published version named)", body: StartRunBody, response: { 201: RunDetail } },
      config: { access: WORKERS },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const { runId } = await startRun(app.runner, principal, request.body);
      return reply.code(201).send(await readRunDetail(db, principal.organizationId, runId));
    },
  );

  app.get(
    '/api/runs',
    { schema: { tags: ['runs'], summary: 'Runs I may see, newest first', querystring: RunQuery, response: { 200: RunList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const { teamId, processId, status, businessKey, before, limit } = request.query;
      if (teamId !== undefined) await findVisibleTeam(db, principal, teamId);
      const teamIds = await listVisibleTeamIds(db, principal);
      const runs = await listRuns(db, principal.organizationId, { teamIds, teamId, processId, status, businessKey, before, limit });
      return { runs: runs.map(runSummaryToResponse) };
    },
  );

  app.get(
    '/api/runs/:runId',
    { schema: { tags: ['runs'], summary: 'One run: variables, where its tokens are, its tasks and incidents', params: RunParams, response: { 200: RunDetail } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const run = await findVisibleRun(db, principal, request.params.runId);
      return readRunDetail(db, principal.organizationId, run.id);
    },
  );

  app.get(
    '/api/runs/:runId/history',
    { schema: { tags: ['runs'], summary: "A run's timeline: every transition, who caused it, when, and the variables it set", params: RunParams, response: { 200: RunHistory } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const run = await findVisibleRun(db, principal, request.params.runId);
      return { runId: run.id, entries: (await listHistory(db, principal.organizationId, run.id)).map(historyToResponse) };
    },
  );

  app.post(
    '/api/runs/:runId/cancel',
    { schema: { tags: ['runs'], summary: 'Cancel a running run (its open tasks and timers go)', params: RunParams, body: CancelRunBody, response: { 200: RunDetail } }, config: { access: RUN_MANAGERS } },
    async (request) => {
      const principal = request.principal!;
      await cancelRun(app.runner, principal, request.params.runId, request.body.reason);
      return readRunDetail(db, principal.organizationId, request.params.runId);
    },
  );

  app.post(
    '/api/messages',
    {
      schema: {
        tags: ['runs'],
        summary: "Deliver a message to the run waiting for it, named by run id or business key (409 MESSAGE_AMBIGUOUS when several runs share the key); with processId, start a run at the process's message start event when none waits",
        body: CorrelateMessageBody,
        response: { 200: RunDetail },
      },
      config: { access: WORKERS },
    },
    async (request) => {
      const principal = request.principal!;
      const runId = await correlateMessage(app.runner, principal, request.body);
      return readRunDetail(db, principal.organizationId, runId);
    },
  );
}
