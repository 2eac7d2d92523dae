/** The organization's audit log, newest first. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery } from '../../api/schemas/audit.ts';
import { listAuditEntries } from '../../store/repositories/audit-log.ts';
import { ADMINS } from '../auth/access.ts';

export async function registerAuditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], summary: 'Who changed what', querystring: AuditQuery, response: { 200: AuditList } }, config: { access: ADMINS } },
    async (request) => {
      const { before, limit } = request.query;
      const entries = await listAuditEntries(app.store.db, request.principal!.organizationId, { before, limit: limit + 1 });
      const page = entries.slice(0, limit);
      return { entries: page, nextBefore: entries.length > limit ? page[page.length - 1]!.id : null };
    },
  );
}
