/** Tracked events: batched ingest (the tracker, a dialer or a CRM by API token), recent events, and the rollup summary behind the live counters and day reports. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { RecordEventsBody, RecordEventsResult, TrackedEventList, TrackedEventQuery, TrackingSummary, TrackingSummaryQuery } from '../../api/schemas/tracking.ts';
import { listTrackedEvents, listUndoneClientIds, type TrackedEventRecord } from '../../store/repositories/tracked-events.ts';
import { ANY_MEMBER, WORKERS } from '../auth/access.ts';
import { findVisibleTask } from '../use-cases/find-visible-task.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { readTrackingSummary } from '../use-cases/read-tracking-summary.ts';
import { recordTrackedEvents } from '../use-cases/record-tracked-events.ts';

/** 1,000 events with notes fit; larger batches should be split. */
const EVENTS_BODY_LIMIT = 4 * 1024 * 1024;

function eventToResponse(event: TrackedEventRecord, undone: boolean) {
  return {
    id: event.id,
    clientId: event.clientId,
    kind: event.kind,
    teamId: event.teamId,
    userId: event.userId,
    recordedByUserId: event.recordedByUserId,
    processId: event.processId,
    processVersionId: event.processVersionId,
    runId: event.runId,
    taskId: event.taskId,
    elementId: event.elementId,
    scriptVersionId: event.scriptVersionId,
    list: event.list,
    disposition: event.disposition,
    counter: event.counter,
    counts: event.counts,
    phoneNumber: event.phoneNumber,
    durationSeconds: event.durationSeconds,
    sessionId: event.sessionClientId,
    correctsClientId: event.correctsClientId,
    undone,
    day: event.day,
    occurredAt: event.occurredAt,
    receivedAt: event.receivedAt,
    payload: event.payload,
  };
}

export async function registerTrackedEventRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.post(
    '/api/events',
    {
      schema: {
        tags: ['tracking'],
        summary:
          'Record a batch of tracked events (at most 1,000), idempotent by client id: each is accepted, a duplicate or rejected with a reason; a malformed batch is refused whole (400), an id the organization does not have too (404)',
        body: RecordEventsBody,
        response: { 200: RecordEventsResult },
      },
      bodyLimit: EVENTS_BODY_LIMIT,
      config: { access: WORKERS },
    },
    async (request) => recordTrackedEvents(db, request.principal!, request.body.events, new Date(), app.runner),
  );

  app.get(
    '/api/events',
    {
      schema: {
        tags: ['tracking'],
        summary: "Recent tracked events of a team, last received first: the caller's own (a va's always), a member's, a task's or a session's",
        querystring: TrackedEventQuery,
        response: { 200: TrackedEventList },
      },
      config: { access: WORKERS },
    },
    async (request) => {
      const principal = request.principal!;
      const { teamId, userId, taskId, sessionId, since, before, limit } = request.query;
      await findVisibleTeam(db, principal, teamId);
      if (taskId !== undefined) await findVisibleTask(db, principal, taskId);
      let forUser = userId;
      if (principal.role === 'va') {
        if (userId !== undefined && userId !== principal.userId) throw appError('FORBIDDEN', { field: 'userId', message: 'A virtual professional reads only their own events.' });
        forUser = principal.userId;
      }
      const events = await listTrackedEvents(db, principal.organizationId, { teamId, userId: forUser, taskId, sessionClientId: sessionId, since, before, limit });
      const undone = await listUndoneClientIds(db, principal.organizationId, events.map((event) => event.clientId));
      return { events: events.map((event) => eventToResponse(event, undone.has(event.clientId))) };
    },
  );

  app.get(
    '/api/tracking/summary',
    {
      schema: {
        tags: ['tracking'],
        summary: "Counters and rates from the daily rollups over team-local days (today by default), for the team or one member (a va: their own), grouped by day, user, process, script version or list",
        querystring: TrackingSummaryQuery,
        response: { 200: TrackingSummary },
      },
      config: { access: ANY_MEMBER },
    },
    async (request) => readTrackingSummary(db, request.principal!, request.query),
  );
}
