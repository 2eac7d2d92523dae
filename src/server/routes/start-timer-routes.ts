/** A process's timer start events: when each next starts a run on its own, and what it started last. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ProcessParams } from '../../api/schemas/processes.ts';
import { ScheduledStartList } from '../../api/schemas/runs.ts';
import { listStartTimers } from '../../store/repositories/start-timers.ts';
import { findTeam } from '../../store/repositories/teams.ts';
import { ANY_MEMBER } from '../auth/access.ts';
import { findVisibleProcess } from '../use-cases/find-visible-process.ts';

export async function registerStartTimerRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/processes/:processId/scheduled-starts',
    {
      schema: {
        tags: ['runs'],
        summary: "The process's timer start events: the next time each starts a run (cron in the team's time zone), how many it started, the last one",
        params: ProcessParams,
        response: { 200: ScheduledStartList },
      },
      config: { access: ANY_MEMBER },
    },
    async (request) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      const team = process.teamId === null ? undefined : await findTeam(db, principal.organizationId, process.teamId);
      const timers = await listStartTimers(db, principal.organizationId, process.id);
      return {
        processId: process.id,
        timeZone: team?.timeZone ?? null,
        starts: timers.map((timer) => ({
          elementId: timer.elementId,
          schedule: timer.schedule,
          version: timer.versionNumber,
          status: timer.status === 'finished' ? ('finished' as const) : ('scheduled' as const),
          nextAt: timer.dueAt,
          startedCount: timer.startedCount,
          lastRunId: timer.lastRunId,
          lastStartedAt: timer.lastStartedAt,
          lastError: timer.lastError,
        })),
      };
    },
  );
}
