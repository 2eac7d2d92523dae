/** Liveness and readiness probes for process managers and load balancers. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { PUBLIC } from '../auth/access.ts';

const Health = z.object({ status: z.literal('ok') });
const Readiness = z.object({ status: z.enum(['ready', 'unavailable']), database: z.string() });

export async function registerHealthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', { schema: { hide: true, response: { 200: Health } }, config: { access: PUBLIC } }, async () => ({ status: 'ok' as const }));

  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: Readiness, 503: Readiness } }, config: { access: PUBLIC } },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(app.store.db);
        return { status: 'ready' as const, database: app.store.dialect };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return reply.code(503).send({ status: 'unavailable' as const, database: app.store.dialect });
      }
    },
  );
}
