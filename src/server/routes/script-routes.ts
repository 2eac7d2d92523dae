/** Call scripts: versioned markdown documents with drafts and publishing, like processes. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { canEditProcesses } from '../../api/roles.ts';
import {
  CreateScriptBody,
  PublishScriptBody,
  SaveScriptDraftBody,
  ScriptDetail,
  ScriptList,
  ScriptParams,
  ScriptQuery,
  ScriptVersion,
  ScriptVersionParams,
  UpdateScriptBody,
} from '../../api/schemas/scripts.ts';
import { listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import {
  findScript,
  findScriptDraft,
  insertScript,
  insertScriptVersion,
  listScriptVersions,
  listScripts,
  nextScriptVersionNumber,
  publishScriptDraft,
  renameScript,
  touchScript,
  updateScriptDraft,
  type ScriptRecord,
  type ScriptVersionRecord,
} from '../../store/repositories/scripts.ts';
import { isUniqueViolation } from '../../store/unique-violation.ts';
import { ANY_MEMBER, EDITORS, type Principal } from '../auth/access.ts';
import { findVisibleScript, findVisibleScriptVersion } from '../use-cases/find-visible-script.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { recordAudit } from '../use-cases/record-audit.ts';
import { recordCoalescedAudit } from '../use-cases/record-coalesced-audit.ts';

function scriptToSummary(script: ScriptRecord, principal: Principal) {
  return {
    id: script.id,
    name: script.name,
    teamId: script.teamId,
    latestPublishedVersion: script.latestPublishedVersion,
    hasDraft: canEditProcesses(principal.role) && script.hasDraft,
    updatedAt: script.updatedAt,
  };
}

function versionToResponse(version: ScriptVersionRecord): ScriptVersion {
  return {
    id: version.id,
    scriptId: version.scriptId,
    number: version.number,
    status: version.status,
    revision: version.revision,
    body: version.body,
    createdAt: version.createdAt,
    publishedAt: version.publishedAt,
  };
}

/** PostgreSQL stores no NUL in text, and no script needs one. */
function refuseNul(body: string): void {
  if (body.includes('\u0000')) throw appError('VALIDATION_FAILED', { field: 'body', message: 'body must not contain NUL characters' });
}

function draftConflict(current: ScriptVersionRecord | undefined): Error {
  return appError('DRAFT_CONFLICT', { field: 'baseRevision', details: { currentRevision: current?.revision ?? null } });
}

export async function registerScriptRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  async function detailOf(principal: Principal, scriptId: number): Promise<ScriptDetail> {
    const script = (await findScript(db, principal.organizationId, scriptId))!;
    const versions = await listScriptVersions(db, principal.organizationId, scriptId, { includeDraft: canEditProcesses(principal.role) });
    return {
      ...scriptToSummary(script, principal),
      versions: versions.map((version) => {
        const { body: _body, ...summary } = versionToResponse(version);
        return summary;
      }),
    };
  }

  app.get(
    '/api/scripts',
    { schema: { tags: ['scripts'], summary: "Scripts I may see: the library's and my teams'", querystring: ScriptQuery, response: { 200: ScriptList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const { teamId } = request.query;
      if (teamId !== undefined) await findVisibleTeam(db, principal, teamId);
      const scripts = canEditProcesses(principal.role)
        ? await listScripts(db, principal.organizationId, { teamId })
        : await listScripts(db, principal.organizationId, {
            ...(teamId === undefined ? { teamIds: await listTeamIdsOfUser(db, principal.organizationId, principal.userId) } : { teamId }),
            publishedOnly: true,
          });
      return { scripts: scripts.map((script) => scriptToSummary(script, principal)) };
    },
  );

  app.post(
    '/api/scripts',
    { schema: { tags: ['scripts'], summary: 'Create a script (its text becomes draft version 1)', body: CreateScriptBody, response: { 201: ScriptDetail } }, config: { access: EDITORS } },
    async (request, reply) => {
      const principal = request.principal!;
      const { name, teamId, body } = request.body;
      refuseNul(body);
      if (teamId !== null) await findVisibleTeam(db, principal, teamId);
      const now = new Date().toISOString();
      const scriptId = await db.transaction().execute(async (trx) => {
        const id = await insertScript(trx, { organizationId: principal.organizationId, teamId, name }, now);
        await insertScriptVersion(trx, { organizationId: principal.organizationId, scriptId: id, number: 1, status: 'draft', body, userId: principal.userId }, now);
        await recordAudit(trx, principal, 'script.created', { type: 'script', id }, { name, teamId });
        return id;
      });
      return reply.code(201).send(await detailOf(principal, scriptId));
    },
  );

  app.get(
    '/api/scripts/:scriptId',
    { schema: { tags: ['scripts'], summary: 'One script with its versions', params: ScriptParams, response: { 200: ScriptDetail } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const script = await findVisibleScript(db, principal, request.params.scriptId);
      return detailOf(principal, script.id);
    },
  );

  app.patch(
    '/api/scripts/:scriptId',
    { schema: { tags: ['scripts'], summary: 'Rename a script (its versions keep their text)', params: ScriptParams, body: UpdateScriptBody, response: { 200: ScriptDetail } }, config: { access: EDITORS } },
    async (request) => {
      const principal = request.principal!;
      const script = await findVisibleScript(db, principal, request.params.scriptId);
      const { name } = request.body;
      await db.transaction().execute(async (trx) => {
        await renameScript(trx, principal.organizationId, script.id, name, new Date().toISOString());
        await recordAudit(trx, principal, 'script.renamed', { type: 'script', id: script.id }, { from: script.name, to: name });
      });
      return detailOf(principal, script.id);
    },
  );

  app.get(
    '/api/scripts/:scriptId/versions/:version',
    { schema: { tags: ['scripts'], summary: 'One version of a script, with its text', params: ScriptVersionParams, response: { 200: ScriptVersion } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const script = await findVisibleScript(db, principal, request.params.scriptId);
      return versionToResponse(await findVisibleScriptVersion(db, principal, script, request.params.version));
    },
  );

  app.put(
    '/api/scripts/:scriptId/draft',
    { schema: { tags: ['scripts'], summary: 'Save the draft (409 DRAFT_CONFLICT when someone saved since baseRevision)', params: ScriptParams, body: SaveScriptDraftBody, response: { 200: ScriptVersion } }, config: { access: EDITORS } },
    async (request) => {
      const principal = request.principal!;
      const script = await findVisibleScript(db, principal, request.params.scriptId);
      const { body, baseRevision } = request.body;
      refuseNul(body);
      const now = new Date().toISOString();
      try {
        return versionToResponse(
          await db.transaction().execute(async (trx) => {
            if (baseRevision === null) {
              const existing = await findScriptDraft(trx, principal.organizationId, script.id);
              if (existing) throw draftConflict(existing);
              const number = await nextScriptVersionNumber(trx, script.id);
              await insertScriptVersion(trx, { organizationId: principal.organizationId, scriptId: script.id, number, status: 'draft', body, userId: principal.userId }, now);
            } else if (!(await updateScriptDraft(trx, { scriptId: script.id, baseRevision, body }, now))) {
              throw draftConflict(await findScriptDraft(trx, principal.organizationId, script.id));
            }
            await touchScript(trx, script.id, now);
            const draft = (await findScriptDraft(trx, principal.organizationId, script.id))!;
            // Autosaves: one entry per person per draft version per window.
            await recordCoalescedAudit(trx, principal, 'script.draft_saved', { type: 'script', id: script.id }, { version: draft.number, revision: draft.revision }, { sameAs: ['version'] });
            return draft;
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw draftConflict(await findScriptDraft(db, principal.organizationId, script.id));
        throw error;
      }
    },
  );

  app.post(
    '/api/scripts/:scriptId/publish',
    { schema: { tags: ['scripts'], summary: 'Publish the draft at this revision as the next version', params: ScriptParams, body: PublishScriptBody, response: { 200: ScriptVersion } }, config: { access: EDITORS } },
    async (request) => {
      const principal = request.principal!;
      const script = await findVisibleScript(db, principal, request.params.scriptId);
      const draft = await findScriptDraft(db, principal.organizationId, script.id);
      if (!draft) throw appError('NOTHING_TO_PUBLISH');
      const now = new Date().toISOString();
      return versionToResponse(
        await db.transaction().execute(async (trx) => {
          if (!(await publishScriptDraft(trx, script.id, request.body.revision, now))) throw draftConflict(await findScriptDraft(trx, principal.organizationId, script.id));
          await touchScript(trx, script.id, now);
          await recordAudit(trx, principal, 'script.published', { type: 'script', id: script.id }, { version: draft.number });
          return { ...draft, status: 'published' as const, publishedAt: now, updatedAt: now };
        }),
      );
    },
  );
}
