/** A team's do-not-call list: read and search it, add a number (a VA at once, during the call), import many, and take one off (team leads, audited). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { Ok } from '../../api/schemas/common.ts';
import {
  AddDncNumberBody,
  AddedDncNumber,
  BulkAddDncNumbersBody,
  BulkAddDncNumbersResult,
  DncList,
  DncListQuery,
  DncNumber,
  DncNumberParams,
  RemoveDncNumberQuery,
} from '../../api/schemas/compliance.ts';
import { TeamParams } from '../../api/schemas/teams.ts';
import { addDncNumber, addDncNumbers, countDncNumbers, deleteDncNumber, findDncNumber, listDncNumbers, type DncNumber as DncNumberRecord } from '../../store/repositories/dnc-numbers.ts';
import { ANY_MEMBER, TEAM_LEADS, WORKERS } from '../auth/access.ts';
import { normalizePhoneNumber } from '../compliance/normalize-phone-number.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { readComplianceSettings } from '../use-cases/read-compliance-settings.ts';
import { readTeamPhoneNumber } from '../use-cases/read-team-phone-number.ts';
import { recordAudit } from '../use-cases/record-audit.ts';

/** 10,000 numbers of up to 40 characters, quoted, with room to spare. */
const BULK_BODY_LIMIT = 1024 * 1024;

function dncNumberToResponse(entry: DncNumberRecord): DncNumber {
  return { id: entry.id, number: entry.number, source: entry.source, note: entry.note, addedBy: entry.addedBy, addedAt: entry.addedAt };
}

export async function registerDncRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/teams/:teamId/dnc-numbers',
    {
      schema: { tags: ['compliance'], summary: "A team's do-not-call list, newest first; `search` finds numbers containing the digits", params: TeamParams, querystring: DncListQuery, response: { 200: DncList } },
      config: { access: ANY_MEMBER },
    },
    async (request) => {
      const team = await findVisibleTeam(db, request.principal!, request.params.teamId);
      const { search, before, limit } = request.query;
      const digits = search ? search.replace(/\D/g, '') : undefined;
      if (search && !digits) throw appError('VALIDATION_FAILED', { field: 'search', message: 'search must hold digits of a phone number' });
      const [entries, total] = await Promise.all([
        listDncNumbers(db, team.organizationId, team.id, { digits, before, limit: limit + 1 }),
        countDncNumbers(db, team.organizationId, team.id, digits),
      ]);
      const page = entries.slice(0, limit);
      return { numbers: page.map(dncNumberToResponse), total, nextBefore: entries.length > limit ? page[page.length - 1]!.id : null };
    },
  );

  app.get(
    '/api/teams/:teamId/dnc-numbers/:phoneNumber',
    { schema: { tags: ['compliance'], summary: "Whether a number is on the team's list, and since when", params: DncNumberParams, response: { 200: DncNumber } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const team = await findVisibleTeam(db, request.principal!, request.params.teamId);
      const settings = await readComplianceSettings(db, team.organizationId, team.id);
      const number = readTeamPhoneNumber(request.params.phoneNumber, settings, 'phoneNumber');
      const entry = await findDncNumber(db, team.organizationId, team.id, number);
      if (!entry) throw appError('NOT_FOUND', { field: 'phoneNumber', message: "This number is not on the team's do-not-call list." });
      return dncNumberToResponse(entry);
    },
  );

  app.post(
    '/api/teams/:teamId/dnc-numbers',
    {
      schema: {
        tags: ['compliance'],
        summary: "Put a number on the team's list (201); a number already there answers 200 with its entry, unchanged",
        params: TeamParams,
        body: AddDncNumberBody,
        response: { 200: AddedDncNumber, 201: AddedDncNumber },
      },
      config: { access: WORKERS },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const team = await findVisibleTeam(db, principal, request.params.teamId);
      const settings = await readComplianceSettings(db, team.organizationId, team.id);
      const number = readTeamPhoneNumber(request.body.number, settings, 'number');
      const { dncNumber, added } = await addDncNumber(
        db,
        { organizationId: team.organizationId, teamId: team.id, number, source: request.body.source, note: request.body.note || null, addedByUserId: principal.userId },
        new Date().toISOString(),
      );
      return reply.code(added ? 201 : 200).send({ dncNumber: dncNumberToResponse(dncNumber), added });
    },
  );

  app.post(
    '/api/teams/:teamId/dnc-numbers/bulk',
    {
      schema: {
        tags: ['compliance'],
        summary: 'Import up to 10,000 numbers at once: every valid one is added, the others are reported by row',
        params: TeamParams,
        body: BulkAddDncNumbersBody,
        response: { 200: BulkAddDncNumbersResult },
      },
      bodyLimit: BULK_BODY_LIMIT,
      config: { access: WORKERS },
    },
    async (request) => {
      const principal = request.principal!;
      const team = await findVisibleTeam(db, principal, request.params.teamId);
      const settings = await readComplianceSettings(db, team.organizationId, team.id);
      const invalid: BulkAddDncNumbersResult['invalid'] = [];
      const numbers = new Set<string>();
      request.body.numbers.forEach((text, index) => {
        const normalized = normalizePhoneNumber(text, settings.defaultCountry);
        if (normalized.ok) numbers.add(normalized.number);
        else invalid.push({ row: index + 1, value: text, message: `${text.trim() || '(empty)'} ${normalized.message}` });
      });
      const valid = request.body.numbers.length - invalid.length;
      const added = await db.transaction().execute(async (trx) => {
        const count = await addDncNumbers(
          trx,
          { organizationId: team.organizationId, teamId: team.id, numbers: [...numbers], source: 'import', note: request.body.note || null, addedByUserId: principal.userId },
          new Date().toISOString(),
        );
        await recordAudit(trx, principal, 'dnc.imported', { type: 'team', id: team.id }, { received: request.body.numbers.length, added: count, invalid: invalid.length });
        return count;
      });
      return { received: request.body.numbers.length, added, alreadyListed: valid - added, invalid };
    },
  );

  app.delete(
    '/api/teams/:teamId/dnc-numbers/:phoneNumber',
    {
      schema: { tags: ['compliance'], summary: "Take a number off the team's list (recorded in the audit log with the reason)", params: DncNumberParams, querystring: RemoveDncNumberQuery, response: { 200: Ok } },
      config: { access: TEAM_LEADS },
    },
    async (request) => {
      const principal = request.principal!;
      const team = await findVisibleTeam(db, principal, request.params.teamId);
      const settings = await readComplianceSettings(db, team.organizationId, team.id);
      const number = readTeamPhoneNumber(request.params.phoneNumber, settings, 'phoneNumber');
      const removed = await db.transaction().execute(async (trx) => {
        const entry = await deleteDncNumber(trx, team.organizationId, team.id, number);
        if (entry) {
          await recordAudit(trx, principal, 'dnc.removed', { type: 'team', id: team.id }, {
            number: entry.number,
            reason: request.query.reason || null,
            source: entry.source,
            addedBy: entry.addedBy?.id ?? null,
            addedAt: entry.addedAt,
          });
        }
        return entry;
      });
      if (!removed) throw appError('NOT_FOUND', { field: 'phoneNumber', message: "This number is not on the team's do-not-call list." });
      return { ok: true as const };
    },
  );
}
