/** Processes and their versions: list, create, rename, retire, delete, drafts, problems, conditions, publish, diff, and templates (use, preview and take an update). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canEditProcesses } from '../../api/roles.ts';
import { Ok } from '../../api/schemas/common.ts';
import {
  CheckConditionBody,
  ConditionCheck,
  CreateProcessBody,
  DiffQuery,
  ProblemList,
  ProcessDetail,
  ProcessDiff,
  ProcessList,
  ProcessParams,
  ProcessQuery,
  ProcessSummary,
  ProcessVersion,
  ProcessVersionParams,
  PublishBody,
  SaveDraftBody,
  TakeUpdateBody,
  TemplateUpdatePreview,
  TemplateUpdateQuery,
  UpdateProcessBody,
  UseTemplateBody,
  VersionSummary,
  MAX_BPMN_BYTES,
} from '../../api/schemas/processes.ts';
import { findConditionProblem } from '../../bpmn/lint/rules/feel-conditions-parse.ts';
import { appError } from '../../api/app-error.ts';
import { listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import { deleteDraft, listVersions } from '../../store/repositories/process-versions.ts';
import { findProcess, listProcesses, updateProcess, type ProcessRecord } from '../../store/repositories/processes.ts';
import { ANY_MEMBER, EDITORS, type Principal } from '../auth/access.ts';
import { compareVersions } from '../use-cases/compare-versions.ts';
import { createProcess } from '../use-cases/create-process.ts';
import { deleteProcess } from '../use-cases/delete-process.ts';
import { findVisibleProcess, findVisibleVersion } from '../use-cases/find-visible-process.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { previewTemplateUpdate } from '../use-cases/preview-template-update.ts';
import { publishProcess } from '../use-cases/publish-process.ts';
import { recordAudit } from '../use-cases/record-audit.ts';
import { retireProcess } from '../use-cases/retire-process.ts';
import { saveProcessDraft } from '../use-cases/save-process-draft.ts';
import { takeTemplateUpdate } from '../use-cases/take-template-update.ts';
import { useTemplate } from '../use-cases/use-template.ts';
import { versionToSummary } from '../use-cases/version-to-summary.ts';
import { processToDetail, processToSummary } from './process-responses.ts';

/** A draft carries its XML and the modeler's SVG (each up to 5 MB) plus its documentation, written as JSON. */
export const DRAFT_BODY_LIMIT = 3 * MAX_BPMN_BYTES;

export async function registerProcessRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  async function detailOf(principal: Principal, processId: number) {
    const process = (await findProcess(db, principal.organizationId, processId))!;
    const versions = await listVersions(db, principal.organizationId, process.id, { includeDraft: canEditProcesses(principal.role) });
    return processToDetail(process, versions, principal.role);
  }

  app.get(
    '/api/processes',
    { schema: { tags: ['processes'], summary: 'Processes I may see: my teams\' (published ones for a va or viewer) and, for editors, the library', querystring: ProcessQuery, response: { 200: ProcessList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const { teamId } = request.query;
      const templates = request.query.templates === undefined ? undefined : request.query.templates === 'true';
      const includeRetired = request.query.includeRetired === 'true';
      if (teamId !== undefined) await findVisibleTeam(db, principal, teamId);
      let processes: ProcessRecord[];
      if (canEditProcesses(principal.role)) {
        processes = await listProcesses(db, principal.organizationId, { teamId, templates, includeRetired });
      } else {
        const teamIds = await listTeamIdsOfUser(db, principal.organizationId, principal.userId);
        processes = await listProcesses(db, principal.organizationId, { teamIds: teamId === undefined ? teamIds : [teamId], templates, publishedOnly: true, includeRetired });
      }
      return { processes: processes.map((process) => processToSummary(process, principal.role)) };
    },
  );

  app.post(
    '/api/processes',
    { schema: { tags: ['processes'], summary: 'Create a process (draft version 1: a pool with a lane per role, start, a first step, end)', body: CreateProcessBody, response: { 201: ProcessDetail } }, config: { access: EDITORS } },
    async (request, reply) => {
      const principal = request.principal!;
      const processId = await createProcess(db, principal, request.body);
      return reply.code(201).send(await detailOf(principal, processId));
    },
  );

  app.get(
    '/api/processes/:processId',
    { schema: { tags: ['processes'], summary: 'One process with its versions', params: ProcessParams, response: { 200: ProcessDetail } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      return detailOf(principal, process.id);
    },
  );

  app.patch(
    '/api/processes/:processId',
    { schema: { tags: ['processes'], summary: 'Rename a process or mark it as a template', params: ProcessParams, body: UpdateProcessBody, response: { 200: ProcessDetail } }, config: { access: EDITORS } },
    async (request) => {
      const principal = request.principal!;
      const before = await findVisibleProcess(db, principal, request.params.processId);
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateProcess(trx, principal.organizationId, before.id, request.body, now);
        await recordAudit(trx, principal, 'process.updated', { type: 'process', id: before.id }, { from: { name: before.name, isTemplate: before.isTemplate }, to: request.body });
      });
      return detailOf(principal, before.id);
    },
  );

  app.delete(
    '/api/processes/:processId',
    { schema: { tags: ['processes'], summary: 'Delete a process that has never been run, with all its versions (409 PROCESS_HAS_RUNS otherwise: retire it instead)', params: ProcessParams, response: { 200: Ok } }, config: { access: EDITORS } },
    async (request) => {
      const principal = request.principal!;
      await deleteProcess(db, principal, await findVisibleProcess(db, principal, request.params.processId));
      return { ok: true as const };
    },
  );

  for (const [action, retired] of [['retire', true], ['unretire', false]] as const) {
    app.post(
      `/api/processes/:processId/${action}`,
      {
        schema: {
          tags: ['processes'],
          summary: retired ? 'Retire a process: no new runs start on it, runs going on carry on, and lists leave it out unless asked' : 'Put a retired process back in use',
          params: ProcessParams,
          response: { 200: ProcessDetail },
        },
        config: { access: EDITORS },
      },
      async (request) => {
        const principal = request.principal!;
        const process = await findVisibleProcess(db, principal, request.params.processId);
        await retireProcess(db, principal, process, retired);
        return detailOf(principal, process.id);
      },
    );
  }

  app.post(
    '/api/conditions/check',
    { schema: { tags: ['processes'], summary: "Check a sequence flow's FEEL condition with the rule publishing uses (parsed, never evaluated)", body: CheckConditionBody, response: { 200: ConditionCheck } }, config: { access: EDITORS } },
    async (request) => {
      const message = findConditionProblem(request.body.expression) ?? null;
      return { valid: message === null, message };
    },
  );

  app.get(
    '/api/processes/:processId/versions/:version',
    { schema: { tags: ['processes'], summary: 'One version: its diagram and documentation', params: ProcessVersionParams, response: { 200: ProcessVersion } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      const version = await findVisibleVersion(db, principal, process, request.params.version);
      return { ...versionToSummary(version), processId: process.id, xml: version.xml, documentation: version.documentation };
    },
  );

  app.put(
    '/api/processes/:processId/draft',
    {
      schema: { tags: ['processes'], summary: 'Save the draft (409 DRAFT_CONFLICT when someone saved since baseRevision)', params: ProcessParams, body: SaveDraftBody, response: { 200: VersionSummary } },
      config: { access: EDITORS },
      bodyLimit: DRAFT_BODY_LIMIT,
    },
    async (request) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      const { xml, documentation, baseRevision, svg } = request.body;
      // PostgreSQL stores no NUL in text; no picture holds one.
      if (svg?.includes('\u0000')) throw appError('VALIDATION_FAILED', { field: 'svg', message: 'svg must not contain NUL characters' });
      return versionToSummary(await saveProcessDraft(db, principal, process, { xml, documentation, baseRevision, svg: svg ?? null }));
    },
  );

  app.delete(
    '/api/processes/:processId/draft',
    { schema: { tags: ['processes'], summary: 'Discard the draft', params: ProcessParams, response: { 200: Ok } }, config: { access: EDITORS } },
    async (request) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      const now = new Date().toISOString();
      const deleted = await db.transaction().execute(async (trx) => {
        const removed = await deleteDraft(trx, process.id);
        if (removed) {
          await updateProcess(trx, principal.organizationId, process.id, {}, now);
          await recordAudit(trx, principal, 'process.draft_discarded', { type: 'process', id: process.id });
        }
        return removed;
      });
      if (!deleted) throw appError('NOT_FOUND', { message: 'This process has no draft.' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/processes/:processId/versions/:version/problems',
    { schema: { tags: ['processes'], summary: 'Validation problems of a version (errors block publishing)', params: ProcessVersionParams, response: { 200: ProblemList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      const version = await findVisibleVersion(db, principal, process, request.params.version);
      const { problems } = await app.versionAnalysis.analyze(version);
      return { problems: [...problems], publishable: !problems.some((problem) => problem.severity === 'error') };
    },
  );

  app.post(
    '/api/processes/:processId/publish',
    { schema: { tags: ['processes'], summary: 'Publish the draft at this revision as the next version (422 PROCESS_INVALID with the problems)', params: ProcessParams, body: PublishBody, response: { 200: VersionSummary } }, config: { access: EDITORS } },
    async (request) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      return versionToSummary(await publishProcess(db, app.versionAnalysis, principal, process, request.body.revision));
    },
  );

  app.get(
    '/api/processes/:processId/diff',
    { schema: { tags: ['processes'], summary: 'What changed between two versions: elements and documentation', params: ProcessParams, querystring: DiffQuery, response: { 200: ProcessDiff } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const process = await findVisibleProcess(db, principal, request.params.processId);
      const from = await findVisibleVersion(db, principal, process, request.query.from, 'from');
      const to = await findVisibleVersion(db, principal, process, request.query.to, 'to');
      return compareVersions(app.versionAnalysis, from, to);
    },
  );

  app.get(
    '/api/processes/:processId/template-update',
    {
      schema: {
        tags: ['processes'],
        summary: "Preview a template update for a copy: the copy's current published version against the template's version",
        params: ProcessParams,
        querystring: TemplateUpdateQuery,
        response: { 200: TemplateUpdatePreview },
      },
      config: { access: EDITORS },
    },
    async (request) => {
      const principal = request.principal!;
      const copy = await findVisibleProcess(db, principal, request.params.processId);
      return previewTemplateUpdate(db, app.versionAnalysis, principal, copy, request.query.version);
    },
  );

  app.post(
    '/api/processes/:processId/use-template',
    { schema: { tags: ['processes'], summary: "Copy a template's latest published version into a team (published as version 1 of the copy)", params: ProcessParams, body: UseTemplateBody, response: { 201: ProcessSummary } }, config: { access: EDITORS } },
    async (request, reply) => {
      const principal = request.principal!;
      const template = await findVisibleProcess(db, principal, request.params.processId);
      const processId = await useTemplate(db, principal, template, request.body);
      return reply.code(201).send(processToSummary((await findProcess(db, principal.organizationId, processId))!, principal.role));
    },
  );

  app.post(
    '/api/processes/:processId/take-update',
    { schema: { tags: ['processes'], summary: "Replace a template copy's draft with a published version of its template", params: ProcessParams, body: TakeUpdateBody, response: { 200: VersionSummary } }, config: { access: EDITORS } },
    async (request) => {
      const principal = request.principal!;
      const copy = await findVisibleProcess(db, principal, request.params.processId);
      return versionToSummary(await takeTemplateUpdate(db, principal, copy, request.body.version));
    },
  );
}
