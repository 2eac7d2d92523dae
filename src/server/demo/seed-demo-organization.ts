/**
 * Plans the demo, creates (or finds) its organization, writes its history (the ingest's rules, in bulk for a new
 * organization) and hands off its recent leads; answers the manifest of planted anomalies with the store's ids.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/tables.ts';
import { createDemoOrganization, type DemoIds } from './create-demo-organization.ts';
import { planDemo, type DemoOptions, type DemoPlan } from './plan-demo.ts';
import { bulkWriteDemoHistory } from './bulk-write-demo-history.ts';
import { writeDemoHistory, type DemoProgress, type DemoWriteResult } from './write-demo-history.ts';
import { writeDemoLeads, type DemoLeadsResult } from './write-demo-leads.ts';

export interface DemoSeedResult {
  plan: DemoPlan;
  ids: DemoIds;
  /** False when the organization was there already (a second run: its events come back as duplicates). */
  created: boolean;
  written: DemoWriteResult;
  /** The recent leads handed off and followed up (the planted ones left open). */
  leads: DemoLeadsResult;
  manifest: DemoManifest;
}

/** What was planted where, in names and ids, for the command's output and for tests. */
export interface DemoManifest {
  organization: { id: number; name: string };
  seed: number;
  from: string;
  to: string;
  dialsPerVaDay: number;
  anomalies: Array<{ rule: string; what: string; teamId: number; userId?: number; list?: string; checkAt?: string }>;
}

export function describeDemoManifest(plan: DemoPlan, ids: DemoIds): DemoManifest {
  const { anomalies } = plan;
  const team = (index: number) => plan.teams[index]!;
  const teamId = (index: number) => ids.teams[index]!.teamId;
  const va = (index: number) => plan.vas[index]!;
  const cheat = anomalies.voicemailsAsTalkTos;
  const burning = anomalies.listBurningOut;
  const silent = anomalies.silentDuringShift;
  const behind = anomalies.behindPace;
  const unfollowed = anomalies.leadFollowUpsOverdue;
  return {
    organization: { id: ids.organizationId, name: plan.options.organization },
    seed: plan.options.seed,
    from: plan.teams.map((candidate) => candidate.firstDate).sort()[0]!,
    to: plan.teams.map((candidate) => candidate.lastDate).sort().at(-1)!,
    dialsPerVaDay: plan.dialsPerVaDay,
    anomalies: [
      { rule: 'voicemailsAsTalkTos', what: `${va(cheat.vaIndex).name} (${team(cheat.teamIndex).name}) logs most voicemails as "not interested" talk-to's of about 15 s`, teamId: teamId(cheat.teamIndex), userId: ids.vaUserIds[cheat.vaIndex]! },
      { rule: 'listBurningOut', what: `${burning.list} (${team(burning.teamIndex).name}) loses talk-to's day after day since ${burning.burningFrom}`, teamId: teamId(burning.teamIndex), list: burning.list },
      { rule: 'silentDuringShift', what: `${va(silent.vaIndex).name} (${team(silent.teamIndex).name}) logs nothing after ${silent.silentFrom} on ${silent.date}`, teamId: teamId(silent.teamIndex), userId: ids.vaUserIds[silent.vaIndex]!, checkAt: silent.checkAt },
      { rule: 'behindPace', what: `${team(behind.teamIndex).name} dials at ${Math.round(behind.effort * 100)}% effort from ${behind.from} to ${behind.to}, behind its target of ${plan.dialsPerVaDay} dials per VA a day`, teamId: teamId(behind.teamIndex), checkAt: behind.checkAt },
      { rule: 'scriptComparison', what: `${anomalies.scriptComparison.note}`, teamId: teamId(0) },
      {
        rule: 'leadFollowUpsOverdue',
        what: `${team(unfollowed.teamIndex).lead.name} leaves the follow-ups of ${team(unfollowed.teamIndex).name}'s last ${unfollowed.count} leads undone, past their 1-hour service level`,
        teamId: teamId(unfollowed.teamIndex),
        checkAt: new Date(plan.options.endAtMs).toISOString(),
      },
    ],
  };
}

export async function seedDemoOrganization(
  db: Kysely<Database>,
  options: DemoOptions,
  passwordHash: string,
  settings: { onlyIfFirst?: boolean; leadDays?: number; throughIngest?: boolean; onProgress?: (progress: DemoProgress) => void } = {},
): Promise<DemoSeedResult> {
  const plan = planDemo(options);
  const { ids, created } = await createDemoOrganization(db, plan, passwordHash, { onlyIfFirst: settings.onlyIfFirst ?? false });
  // A new organization takes the fast path (proven equal to the ingest); an existing one goes through the ingest, which skips what is stored.
  const write = created && !settings.throughIngest ? bulkWriteDemoHistory : writeDemoHistory;
  const written = await write(db, plan, ids, { leadDays: settings.leadDays, onProgress: settings.onProgress });
  const leads = await writeDemoLeads(db, plan, ids, written.leads);
  return { plan, ids, created, written, leads, manifest: describeDemoManifest(plan, ids) };
}
