/** A team's compliance guard: its settings (team leads change them, audited) and the check the tracker asks before each dial. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { CheckDialBody, ComplianceSettings, DialCheck, UpdateComplianceSettingsBody } from '../../api/schemas/compliance.ts';
import { TeamParams } from '../../api/schemas/teams.ts';
import { saveComplianceSettings } from '../../store/repositories/compliance-settings.ts';
import { ANY_MEMBER, TEAM_LEADS, WORKERS } from '../auth/access.ts';
import { isPhoneCountry } from '../compliance/normalize-phone-number.ts';
import { checkTeamDial } from '../use-cases/check-team-dial.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { readComplianceSettings } from '../use-cases/read-compliance-settings.ts';
import { recordAudit } from '../use-cases/record-audit.ts';

export async function registerComplianceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/teams/:teamId/compliance',
    { schema: { tags: ['compliance'], summary: "The team's guard mode, calling window and default country", params: TeamParams, response: { 200: ComplianceSettings } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const team = await findVisibleTeam(db, request.principal!, request.params.teamId);
      return readComplianceSettings(db, team.organizationId, team.id);
    },
  );

  app.put(
    '/api/teams/:teamId/compliance',
    {
      schema: { tags: ['compliance'], summary: "Change the team's guard mode, calling window (within 08:00-21:00) and default country", params: TeamParams, body: UpdateComplianceSettingsBody, response: { 200: ComplianceSettings } },
      config: { access: TEAM_LEADS },
    },
    async (request) => {
      const principal = request.principal!;
      const team = await findVisibleTeam(db, principal, request.params.teamId);
      const { guardMode, callingWindow, defaultCountry } = request.body;
      if (!isPhoneCountry(defaultCountry)) throw appError('VALIDATION_FAILED', { field: 'defaultCountry', message: 'defaultCountry is not a country phone numbering knows' });
      return db.transaction().execute(async (trx) => {
        const before = await readComplianceSettings(trx, team.organizationId, team.id);
        await saveComplianceSettings(trx, { organizationId: team.organizationId, teamId: team.id, guardMode, callingWindow, defaultCountry, updatedByUserId: principal.userId }, new Date().toISOString());
        await recordAudit(trx, principal, 'team.compliance_updated', { type: 'team', id: team.id }, {
          from: { guardMode: before.guardMode, callingWindow: before.callingWindow, defaultCountry: before.defaultCountry },
          to: request.body,
        });
        return readComplianceSettings(trx, team.organizationId, team.id);
      });
    },
  );

  app.post(
    '/api/teams/:teamId/compliance/check',
    {
      schema: { tags: ['compliance'], summary: 'May this number be dialled now (or at `at`)? The do-not-call list and the calling window, under the team\'s guard mode', params: TeamParams, body: CheckDialBody, response: { 200: DialCheck } },
      config: { access: WORKERS },
    },
    async (request) => {
      const team = await findVisibleTeam(db, request.principal!, request.params.teamId);
      return checkTeamDial(db, team, request.body, new Date());
    },
  );
}
