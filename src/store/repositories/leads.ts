/** Leads handed off to agents: inserted once per client id, listed per team, with the follow-up run they started. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface LeadRecord {
  id: number;
  organizationId: number;
  teamId: number;
  processId: number;
  clientId: string;
  foundBy: { id: number; name: string } | null;
  sourceTaskId: number | null;
  name: string;
  phoneNumber: string;
  address: string;
  leadSource: string;
  motivation: string;
  timeline: string;
  notes: string;
  runId: number | null;
  createdAt: string;
}

export interface NewLead {
  organizationId: number;
  teamId: number;
  processId: number;
  clientId: string;
  foundByUserId: number;
  sourceTaskId: number | null;
  name: string;
  phoneNumber: string;
  address: string;
  leadSource: string;
  motivation: string;
  timeline: string;
  notes: string;
}

function selectLeads(db: Kysely<Database>, organizationId: number) {
  return db
    .selectFrom('leads')
    .leftJoin('users', 'users.id', 'leads.found_by_user_id')
    .selectAll('leads')
    .select('users.name as found_by_name')
    .where('leads.organization_id', '=', organizationId);
}

type LeadRow = Awaited<ReturnType<ReturnType<typeof selectLeads>['executeTakeFirstOrThrow']>>;

function rowToLead(row: LeadRow): LeadRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    teamId: row.team_id,
    processId: row.process_id,
    clientId: row.client_id,
    foundBy: row.found_by_user_id !== null && row.found_by_name !== null ? { id: row.found_by_user_id, name: row.found_by_name } : null,
    sourceTaskId: row.source_task_id,
    name: row.name,
    phoneNumber: row.phone_number,
    address: row.address,
    leadSource: row.lead_source,
    motivation: row.motivation,
    timeline: row.timeline,
    notes: row.notes,
    runId: row.run_id,
    createdAt: row.created_at,
  };
}

/** Inserts the lead unless its client id is already there (a retry): the new id, or null when it existed. */
export async function insertLead(db: Kysely<Database>, lead: NewLead, now: string): Promise<number | null> {
  const row = await db
    .insertInto('leads')
    .values({
      organization_id: lead.organizationId,
      team_id: lead.teamId,
      process_id: lead.processId,
      client_id: lead.clientId,
      found_by_user_id: lead.foundByUserId,
      source_task_id: lead.sourceTaskId,
      name: lead.name,
      phone_number: lead.phoneNumber,
      address: lead.address,
      lead_source: lead.leadSource,
      motivation: lead.motivation,
      timeline: lead.timeline,
      notes: lead.notes,
      created_at: now,
    })
    .onConflict((conflict) => conflict.columns(['organization_id', 'client_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function setLeadRun(db: Kysely<Database>, leadId: number, runId: number): Promise<void> {
  await db.updateTable('leads').set({ run_id: runId }).where('id', '=', leadId).execute();
}

export async function findLead(db: Kysely<Database>, organizationId: number, leadId: number): Promise<LeadRecord | undefined> {
  const row = await selectLeads(db, organizationId).where('leads.id', '=', leadId).executeTakeFirst();
  return row && rowToLead(row);
}

export async function findLeadByClientId(db: Kysely<Database>, organizationId: number, clientId: string): Promise<LeadRecord | undefined> {
  const row = await selectLeads(db, organizationId).where('leads.client_id', '=', clientId).executeTakeFirst();
  return row && rowToLead(row);
}

/** Newest first, of the given teams (undefined: every team). */
export async function listLeads(db: Kysely<Database>, organizationId: number, filter: { teamIds?: number[] | undefined; limit: number }): Promise<LeadRecord[]> {
  if (filter.teamIds && filter.teamIds.length === 0) return [];
  let query = selectLeads(db, organizationId);
  if (filter.teamIds) query = query.where('leads.team_id', 'in', filter.teamIds);
  return (await query.orderBy('leads.id', 'desc').limit(filter.limit).execute()).map(rowToLead);
}
