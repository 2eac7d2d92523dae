/** A dialer's call log imported as tracked dials: preview the column mapping with per-row problems, then import with a per-row report (nothing counted twice on re-upload). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CallLogImportResult, CallLogPreview, ImportCallLogBody, PreviewCallLogBody } from '../../api/schemas/call-log-import.ts';
import { WORKERS } from '../auth/access.ts';
import { importCallLog } from '../use-cases/import-call-log.ts';
import { previewCallLog } from '../use-cases/preview-call-log.ts';

/** The CSV travels inside JSON (the app reads no other body but the .bpmn import): up to 3 million characters, escaped. */
const CALL_LOG_BODY_LIMIT = 8 * 1024 * 1024;

export async function registerCallLogImportRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.post(
    '/api/events/import/preview',
    {
      schema: {
        tags: ['tracking'],
        summary: "Read a dialer's call log (CSV text in JSON) with a column mapping (guessed from the headers when none is given): its columns, disposition words and first rows with each row's problems; nothing is stored",
        body: PreviewCallLogBody,
        response: { 200: CallLogPreview },
      },
      bodyLimit: CALL_LOG_BODY_LIMIT,
      config: { access: WORKERS },
    },
    async (request) => previewCallLog(db, request.principal!, request.body),
  );

  app.post(
    '/api/events/import',
    {
      schema: {
        tags: ['tracking'],
        summary:
          "Import a dialer's call log as dials, each row with an id derived from the team and its content: the answer reports every row as imported, duplicate (imported before) or rejected with the reason",
        body: ImportCallLogBody,
        response: { 200: CallLogImportResult },
      },
      bodyLimit: CALL_LOG_BODY_LIMIT,
      config: { access: WORKERS },
    },
    async (request) => importCallLog(db, request.principal!, request.body, new Date(), app.runner),
  );
}
