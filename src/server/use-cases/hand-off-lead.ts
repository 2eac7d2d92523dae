/**
 * Saves a lead a VA found and starts its follow-up, in one transaction: the lead row and a run of the team's process
 * at its `LeadHandedOff` message start event, whose task waits in the agent's lane with the service-level timer that
 * escalates it. The browser's client id makes a retry find the same lead; a process without that start event still
 * keeps the lead (listed for the team), without a follow-up run.
 */
import type { Kysely } from 'kysely';
import { appError, isAppError } from '../../api/app-error.ts';
import { LEAD_HAND_OFF_MESSAGE, type CreateLeadBody } from '../../api/schemas/leads.ts';
import { findLeadByClientId, insertLead, setLeadRun, type LeadRecord } from '../../store/repositories/leads.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { beginRun, type RunToBegin } from '../runner/begin-run.ts';
import type { Runner } from '../runner/runner.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event.ts';
import { findVisibleTask } from './find-visible-task.ts';
import { readComplianceSettings } from './read-compliance-settings.ts';
import { readTeamPhoneNumber } from './read-team-phone-number.ts';
import { resolveRunStart } from './start-run.ts';

export type LeadInput = Required<Omit<CreateLeadBody, 'taskId'>> & { taskId?: number | undefined };

/** The lead, and whether this call created it (false: a retry found it). */
export async function handOffLead(runner: Runner, principal: Principal, input: LeadInput, now = new Date().toISOString()): Promise<{ lead: LeadRecord; created: boolean }> {
  const { db } = runner;
  const existing = await findLeadByClientId(db, principal.organizationId, input.clientId);
  if (existing) return { lead: existing, created: false };

  let start: RunToBegin | null;
  try {
    start = await resolveRunStart(runner, principal, { processId: input.processId, variables: {}, messageName: LEAD_HAND_OFF_MESSAGE });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'MESSAGE_NOT_EXPECTED') throw error;
    start = null;
  }
  const teamId = start?.teamId ?? (await teamOfProcessOrThrow(runner, principal, input.processId));
  if (input.taskId !== undefined) {
    const task = await findVisibleTask(db, principal, input.taskId);
    if (task.processId !== input.processId) throw appError('VALIDATION_FAILED', { field: 'taskId', message: 'taskId is not a task of this process' });
  }
  const phoneNumber = readTeamPhoneNumber(input.phone, await readComplianceSettings(db, principal.organizationId, teamId), 'phone');
  const lead = {
    organizationId: principal.organizationId,
    teamId,
    processId: input.processId,
    clientId: input.clientId,
    foundByUserId: principal.userId,
    sourceTaskId: input.taskId ?? null,
    name: input.name,
    phoneNumber,
    address: input.address,
    leadSource: input.leadSource,
    motivation: input.motivation,
    timeline: input.timeline,
    notes: input.notes,
  };
  const leadId = await db.transaction().execute(async (trx) => {
    const id = await insertLead(trx, lead, now);
    if (id === null) return id;
    const runId = start ? await beginFollowUp(trx, id) : null;
    const { organizationId, phoneNumber, ...fields } = lead;
    await enqueueWebhookEvent(trx, { organizationId, eventType: 'lead.created', payload: { lead: { id, ...fields, phone: phoneNumber, runId, createdAt: now } } }, now);
    return id;
  });
  // null: the same client id was saved by a concurrent request a moment ago.
  const saved = await findLeadByClientId(db, principal.organizationId, input.clientId);
  return { lead: saved!, created: leadId !== null };

  /** Starts the agent's follow-up run at the process's lead hand-off start event, remembering it on the lead. */
  async function beginFollowUp(trx: Kysely<Database>, id: number): Promise<number> {
    const variables = {
      leadId: id,
      leadName: lead.name,
      leadPhone: lead.phoneNumber,
      leadAddress: lead.address,
      leadSource: lead.leadSource,
      leadMotivation: lead.motivation,
      leadTimeline: lead.timeline,
      leadNotes: lead.notes,
    };
    const { runId } = await beginRun(trx, runner, { ...start!, businessKey: lead.phoneNumber, variables }, now);
    await setLeadRun(trx, id, runId);
    return runId;
  }
}

/** The team of a process the caller may run (the checks of starting a run, without a message start). */
async function teamOfProcessOrThrow(runner: Runner, principal: Principal, processId: number): Promise<number> {
  return (await resolveRunStart(runner, principal, { processId, variables: {} })).teamId;
}
