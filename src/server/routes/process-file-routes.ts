/** Processes as files: import a .bpmn upload (raw XML, up to 5 MB) as a new process, export a version as .bpmn or .svg. */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appError } from '../../api/app-error.ts';
import { canEditProcesses } from '../../api/roles.ts';
import { ExportQuery, ImportQuery, ImportResult, MAX_BPMN_BYTES, ProcessParams } from '../../api/schemas/processes.ts';
import { findDraft, findLatestPublishedVersion } from '../../store/repositories/process-versions.ts';
import { findProcess } from '../../store/repositories/processes.ts';
import { ANY_MEMBER, EDITORS } from '../auth/access.ts';
import { errorBody, handleError } from '../http/error-handler.ts';
import { exportProcessVersion } from '../use-cases/export-process.ts';
import { findVisibleProcess, findVisibleVersion } from '../use-cases/find-visible-process.ts';
import { importProcess } from '../use-cases/import-process.ts';
import { processToSummary } from './process-responses.ts';

export const BPMN_CONTENT_TYPES = ['application/xml', 'text/xml'] as const;

/** A file name safe in a header: the process name in plain letters and digits. */
function fileName(name: string, version: number, extension: string): string {
  const base = name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60) || 'process';
  return `${base}-v${version}.${extension}`;
}

/** Only the import route reads XML: the parser lives in this plugin, so every other route still takes JSON alone. */
async function registerImportRoute(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;
  app.addContentTypeParser([...BPMN_CONTENT_TYPES], { parseAs: 'buffer', bodyLimit: MAX_BPMN_BYTES }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error, request, reply) => {
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE' && /xml/i.test(request.headers['content-type'] ?? '')) {
      return reply.code(413).send(errorBody('BODY_TOO_LARGE', `The file is larger than ${MAX_BPMN_BYTES / 1024 / 1024} MB: import a smaller .bpmn file.`, 'body'));
    }
    return handleError(error as FastifyError, request, reply);
  });

  app.post(
    '/api/processes/import',
    {
      schema: {
        tags: ['processes'],
        summary: 'Import a .bpmn file as a new process (draft version 1); send the file itself as application/xml',
        querystring: ImportQuery,
        response: { 201: ImportResult },
      },
      config: { access: EDITORS, rawBody: BPMN_CONTENT_TYPES },
    },
    async (request, reply) => {
      const principal = request.principal!;
      if (!Buffer.isBuffer(request.body)) {
        throw appError('UNSUPPORTED_MEDIA_TYPE', { field: 'body', message: 'Send the .bpmn file itself as the request body, with the content type application/xml.' });
      }
      const { processId, warnings } = await importProcess(db, principal, request.body, request.query);
      return reply.code(201).send({ process: processToSummary((await findProcess(db, principal.organizationId, processId))!, principal.role), warnings });
    },
  );
}

export async function registerProcessFileRoutes(fastify: FastifyInstance): Promise<void> {
  await fastify.register(registerImportRoute);
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/processes/:processId/export',
    {
      schema: {
        tags: ['processes'],
        summary: 'Download a version as .bpmn (documentation inside) or as the SVG saved with it; without a version, the latest published one (for editors, else the draft)',
        params: ProcessParams,
        querystring: ExportQuery,
        response: { 200: z.string().describe('The file') },
      },
      config: { access: ANY_MEMBER },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      const version =
        request.query.version !== undefined
          ? await findVisibleVersion(db, principal, process, request.query.version)
          : ((await findLatestPublishedVersion(db, principal.organizationId, process.id)) ??
            (canEditProcesses(principal.role) ? await findDraft(db, principal.organizationId, process.id) : undefined));
      if (!version) throw appError('NOT_FOUND', { field: 'version', message: 'This process has no version to export.' });
      const file = await exportProcessVersion(version, request.query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${fileName(process.name, version.number, file.extension)}"`)
        .header('x-content-type-options', 'nosniff')
        // An SVG someone saved could carry script: opened directly, it must not run on this origin.
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .send(file.body);
    },
  );
}
