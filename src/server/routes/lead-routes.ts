/** Leads handed off from dialing to agents: hand one off (starting its follow-up), list a team's, read one. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appError } from '../../api/app-error.ts';
import { IdParam } from '../../api/schemas/common.ts';
import { CreateLeadBody, Lead, LeadList, LeadQuery } from '../../api/schemas/leads.ts';
import { findLead, listLeads, type LeadRecord } from '../../store/repositories/leads.ts';
import { ANY_MEMBER, WORKERS } from '../auth/access.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { handOffLead } from '../use-cases/hand-off-lead.ts';
import { canSeeTeam, listVisibleTeamIds } from '../use-cases/list-visible-team-ids.ts';

const LeadParams = z.strictObject({ leadId: IdParam });

function leadToResponse(lead: LeadRecord): Lead {
  return {
    id: lead.id,
    clientId: lead.clientId,
    teamId: lead.teamId,
    processId: lead.processId,
    foundBy: lead.foundBy,
    sourceTaskId: lead.sourceTaskId,
    name: lead.name,
    phone: lead.phoneNumber,
    address: lead.address,
    leadSource: lead.leadSource,
    motivation: lead.motivation,
    timeline: lead.timeline,
    notes: lead.notes,
    runId: lead.runId,
    createdAt: lead.createdAt,
  };
}

export async function registerLeadRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.post(
    '/api/leads',
    {
      schema: {
        tags: ['leads'],
        summary: "Hand off a lead: saved once per clientId (200 with the saved lead on a retry), starting its follow-up run at the process's LeadHandedOff message start",
        body: CreateLeadBody,
        response: { 200: Lead, 201: Lead },
      },
      config: { access: WORKERS },
    },
    async (request, reply) => {
      const { lead, created } = await handOffLead(app.runner, request.principal!, request.body);
      return reply.code(created ? 201 : 200).send(leadToResponse(lead));
    },
  );

  app.get(
    '/api/leads',
    { schema: { tags: ['leads'], summary: 'Leads of the teams I may see, newest first', querystring: LeadQuery, response: { 200: LeadList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const { teamId, limit } = request.query;
      if (teamId !== undefined) await findVisibleTeam(db, principal, teamId);
      const visible = await listVisibleTeamIds(db, principal);
      const teamIds = teamId !== undefined ? [teamId] : visible;
      return { leads: (await listLeads(db, principal.organizationId, { teamIds, limit: limit ?? 50 })).map(leadToResponse) };
    },
  );

  app.get(
    '/api/leads/:leadId',
    { schema: { tags: ['leads'], summary: 'One lead, with its follow-up run', params: LeadParams, response: { 200: Lead } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      const lead = await findLead(db, principal.organizationId, request.params.leadId);
      if (!lead || !(await canSeeTeam(db, principal, lead.teamId))) throw appError('NOT_FOUND', { field: 'leadId', message: 'There is no such lead.' });
      return leadToResponse(lead);
    },
  );
}
