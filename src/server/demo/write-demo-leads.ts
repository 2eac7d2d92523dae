/**
 * The demo's recent leads as the product keeps them: each lead a VA found in the last days is handed off through the
 * same use case as the tracker's lead form (the lead row, its follow-up run at the LeadHandedOff start, its task in
 * the agent's pool), and the team lead follows it up a little later, mostly within the hour, sometimes late. The
 * planted case: one team's last leads are left without a follow-up, so they are overdue when the demo ends.
 */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../store/dialect-of.ts';
import { listTasks } from '../../store/repositories/tasks.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { createRunner, type RunnerLogger } from '../runner/runner.ts';
import { claimTask } from '../use-cases/claim-task.ts';
import { completeTask } from '../use-cases/complete-task.ts';
import { handOffLead } from '../use-cases/hand-off-lead.ts';
import type { DemoIds } from './create-demo-organization.ts';
import { demoClientId } from './demo-client-id.ts';
import { createDemoRandom } from './create-demo-random.ts';
import type { DemoPlan } from './plan-demo.ts';
import type { DemoFoundLead } from './write-demo-history.ts';

export interface DemoLeadsResult {
  /** Leads stored by this call (a second run finds them and stores none). */
  handedOff: number;
  followedUp: number;
  /** Follow-ups done more than an hour after the hand-off. */
  followedUpLate: number;
  /** Leads whose follow-up task is still open at the end: the planted ones. */
  open: number;
}

const FOLLOW_UP_STEP = 'FollowUpLead';
const MINUTE = 60_000;
/** The planted leads are found at least this long before the end, so they are well past the hour's service level. */
const PLANTED_MIN_AGE_MS = 2 * 60 * MINUTE;

const quiet: RunnerLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** Which leads the planted anomaly leaves open: the team's last `count` leads found early enough to be overdue. */
export function plantedOpenLeads(plan: DemoPlan, leads: readonly DemoFoundLead[]): Set<string> {
  const { teamIndex, count } = plan.anomalies.leadFollowUpsOverdue;
  const candidates = leads.filter((lead) => lead.teamIndex === teamIndex && lead.atMs <= plan.options.endAtMs - PLANTED_MIN_AGE_MS).sort((a, b) => a.atMs - b.atMs);
  return new Set(candidates.slice(-count).map((lead) => lead.clientId));
}

export async function writeDemoLeads(db: Kysely<Database>, plan: DemoPlan, ids: DemoIds, leads: readonly DemoFoundLead[]): Promise<DemoLeadsResult> {
  const runner = createRunner({ db, dialect: dialectOf(db) }, quiet);
  const result: DemoLeadsResult = { handedOff: 0, followedUp: 0, followedUpLate: 0, open: 0 };
  const planted = plantedOpenLeads(plan, leads);
  const iso = (ms: number) => new Date(ms).toISOString();

  let written = 0;
  for (const found of [...leads].sort((a, b) => a.atMs - b.atMs)) {
    if (++written % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
    const team = ids.teams[found.teamIndex]!;
    const va: Principal = { userId: ids.vaUserIds[found.vaIndex]!, organizationId: ids.organizationId, role: 'va', via: 'session' };
    const { lead, created } = await handOffLead(
      runner,
      va,
      {
        clientId: demoClientId(`${plan.options.seed}/lead/${found.clientId}`),
        processId: team.processId,
        name: found.lead.name,
        phone: found.lead.phoneNumber,
        address: '',
        leadSource: found.list,
        motivation: found.lead.motivation,
        timeline: found.lead.timeline,
        notes: '',
      },
      iso(found.atMs),
    );
    if (!created || lead.runId === null) continue;
    result.handedOff++;

    const random = createDemoRandom(plan.options.seed, 'follow-up', found.clientId);
    const late = random.chance(0.12);
    if (planted.has(found.clientId)) {
      result.open++;
      continue;
    }
    // Every other lead is followed up by the end, a lead found in its last minutes at the end itself.
    const followAtMs = Math.max(found.atMs, Math.min(plan.options.endAtMs, found.atMs + (late ? random.between(65, 180) : random.between(5, 55)) * MINUTE));
    const [task] = await listTasks(db, ids.organizationId, { runId: lead.runId, status: 'active' });
    if (!task || task.elementId !== FOLLOW_UP_STEP) continue;
    const teamLead: Principal = { userId: team.leadUserId, organizationId: ids.organizationId, role: 'manager', via: 'session' };
    await claimTask(runner, teamLead, task.id, iso(Math.max(found.atMs, followAtMs - random.between(1, 4) * MINUTE)));
    await completeTask(runner, teamLead, task.id, {}, iso(followAtMs));
    result.followedUp++;
    if (followAtMs - found.atMs > 60 * MINUTE) result.followedUpLate++;
  }
  return result;
}
