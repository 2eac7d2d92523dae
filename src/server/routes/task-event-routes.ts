/**
 * Server-sent events telling a signed-in inbox that tasks of its teams changed (a task arrived, was claimed,
 * completed or escalated), so it reloads at once instead of polling. The stream ends after `seconds` and the
 * browser's EventSource reconnects by itself, so no connection lives forever behind a proxy.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TaskEventsQuery, TaskEventStream } from '../../api/schemas/runs.ts';
import { ANY_MEMBER } from '../auth/access.ts';
import { listVisibleTeamIds } from '../use-cases/list-visible-team-ids.ts';

/** A comment line now and then keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

export async function registerTaskEventRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;
  // Open streams end when the server stops, so a graceful shutdown never waits for their timeout.
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const finish of [...open]) finish();
    await app.taskChanges.close();
  });

  app.get(
    '/api/tasks/events',
    {
      schema: {
        tags: ['tasks'],
        summary: "A text/event-stream of `tasks` events ({ teamIds }) whenever tasks of the caller's teams change; it ends after `seconds` (default 300) and EventSource reconnects",
        querystring: TaskEventsQuery,
        response: { 200: TaskEventStream },
      },
      config: { access: ANY_MEMBER },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const visible = await listVisibleTeamIds(db, principal);
      const seconds = request.query.seconds ?? 300;
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const send = (event: string, data: unknown) => stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      stream.write('retry: 2000\n\n');
      send('ready', { seconds });

      const unsubscribe = app.taskChanges.subscribe((change) => {
        const changed = change.get(principal.organizationId);
        if (!changed) return;
        const teamIds = [...changed].filter((teamId) => visible === undefined || visible.includes(teamId));
        if (teamIds.length > 0) send('tasks', { teamIds });
      });
      const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      const finish = () => {
        open.delete(finish);
        clearInterval(heartbeat);
        clearTimeout(ending);
        unsubscribe();
        if (!stream.writableEnded) stream.end();
      };
      open.add(finish);
      const ending = setTimeout(finish, seconds * 1000);
      ending.unref();
      request.raw.on('close', finish);
    },
  );
}
