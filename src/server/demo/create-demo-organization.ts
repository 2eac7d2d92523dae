/**
 * Creates the demo agency in the store, or finds it again when the demo ran before with the same organization name
 * (so a second run adds nothing): the owner, one team per client with its team lead and VAs, each team's copy of the
 * Prospecting dialing template (version 2 adds the appointmentHeld counter and the dials target) and its own call
 * script with two published versions.
 */
import type { Kysely } from 'kysely';
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import type { Role } from '../../api/roles.ts';
import { insertAuditEntry } from '../../store/repositories/audit-log.ts';
import { findMembership, insertMembership } from '../../store/repositories/memberships.ts';
import { findOrganizationByName } from '../../store/repositories/organizations.ts';
import { findLatestPublishedVersion, insertVersion } from '../../store/repositories/process-versions.ts';
import { listProcesses } from '../../store/repositories/processes.ts';
import { insertScript, insertScriptVersion, listScripts, listScriptVersions } from '../../store/repositories/scripts.ts';
import { insertTeam, insertTeamMember, listTeams } from '../../store/repositories/teams.ts';
import { findUserByEmail, insertUser } from '../../store/repositories/users.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { prospectingDialingTemplate } from '../templates/prospecting-dialing/prospecting-dialing.ts';
import { createOrganizationWithOwner } from '../use-cases/create-organization-with-owner.ts';
import { useTemplate } from '../use-cases/use-template.ts';
import type { DemoPlan } from './plan-demo.ts';

export interface DemoTeamIds {
  teamId: number;
  processId: number;
  scriptId: number;
  /** Script version id by number (1 and 2). */
  scriptVersionIds: Record<1 | 2, number>;
  leadUserId: number;
}

export interface DemoIds {
  organizationId: number;
  ownerUserId: number;
  teams: DemoTeamIds[];
  vaUserIds: number[];
}

const PROCESS_NAME = 'Prospecting dialing';

/** The script's second version: the same call with a sharper opener and a timeline question first. */
function scriptVersion2(body: string): string {
  return `${body.trimEnd()}\n\n## v2: what changed\n\n- Open with the reason for the call in one sentence, then ask about their timeline before price.\n- Offer two appointment times instead of asking whether they want one.\n`;
}

async function ensureUser(db: Kysely<Database>, person: { email: string; name: string }, passwordHash: string, now: string): Promise<number> {
  const existing = await findUserByEmail(db, person.email);
  return existing ? existing.id : (await insertUser(db, { email: person.email, name: person.name, passwordHash }, now)).id;
}

async function ensureMember(db: Kysely<Database>, organizationId: number, userId: number, role: Role, teamId: number, now: string): Promise<void> {
  const membership = await findMembership(db, organizationId, userId);
  if (!membership) await insertMembership(db, { organizationId, userId, role }, now);
  else if (membership.role !== role) throw new Error(`user ${userId} is already a member of the demo organization as ${membership.role}`);
  await insertTeamMember(db, teamId, userId, now);
}

/** `passwordHash` is the owner's: every demo person signs in with the same password (nobody else knows it). */
export async function createDemoOrganization(db: Kysely<Database>, plan: DemoPlan, passwordHash: string, options: { onlyIfFirst: boolean }): Promise<{ ids: DemoIds; created: boolean }> {
  const { options: demo } = plan;
  const createdAt = new Date(Date.parse(`${plan.teams[0]!.firstDate}T00:00:00Z`) - 7 * 86_400_000);
  const now = createdAt.toISOString();
  let organization = await findOrganizationByName(db, demo.organization);
  let ownerUserId: number;
  let created = false;
  if (organization) {
    const owner = await findUserByEmail(db, demo.ownerEmail);
    const membership = owner && (await findMembership(db, organization.id, owner.id));
    if (!owner || membership?.role !== 'owner') throw new Error(`"${demo.organization}" exists and ${demo.ownerEmail} is not its owner`);
    ownerUserId = owner.id;
  } else {
    const result = await createOrganizationWithOwner(db, { organizationName: demo.organization, name: 'Demo Owner', email: demo.ownerEmail, passwordHash }, { onlyIfFirst: options.onlyIfFirst, now: createdAt });
    organization = result.organization;
    ownerUserId = result.user.id;
    created = true;
  }
  const organizationId = organization.id;
  const owner: Principal = { userId: ownerUserId, organizationId, role: 'owner', via: 'session' };
  const template = (await listProcesses(db, organizationId, { teamId: null, templates: true })).find((process) => process.name === PROCESS_NAME);
  if (!template) throw new Error('the organization has no Prospecting dialing template');
  const templateVersion = (await findLatestPublishedVersion(db, organizationId, template.id))!;
  const existingTeams = await listTeams(db, organizationId);

  const teams: DemoTeamIds[] = [];
  for (const team of plan.teams) {
    const teamId = existingTeams.find((candidate) => candidate.name === team.name)?.id ?? (await insertTeam(db, { organizationId, name: team.name, timeZone: team.timeZone }, now));
    const leadUserId = await ensureUser(db, team.lead, passwordHash, now);
    await ensureMember(db, organizationId, leadUserId, 'manager', teamId, now);

    const scriptName = `Call script - ${team.name}`;
    let scriptId = (await listScripts(db, organizationId, { teamId })).find((candidate) => candidate.name === scriptName)?.id;
    if (scriptId === undefined) {
      const body = prospectingDialingTemplate().script.body;
      scriptId = await insertScript(db, { organizationId, teamId, name: scriptName }, now);
      await insertScriptVersion(db, { organizationId, scriptId, number: 1, status: 'published', body, userId: ownerUserId }, now);
      await insertScriptVersion(db, { organizationId, scriptId, number: 2, status: 'published', body: scriptVersion2(body), userId: ownerUserId }, now);
    }
    const versions = await listScriptVersions(db, organizationId, scriptId, { includeDraft: false });
    const versionId = (number: number) => versions.find((version) => version.number === number)!.id;

    let processId = (await listProcesses(db, organizationId, { teamId })).find((process) => process.name === PROCESS_NAME)?.id;
    if (processId === undefined) {
      processId = await useTemplate(db, owner, template, { teamId });
      // The team's adaptation, published as version 2: its own script, held appointments logged as a counter, a dials target.
      const documentation = ProcessDocumentation.parse({
        ...templateVersion.documentation,
        scriptIds: [scriptId],
        counters: [...templateVersion.documentation.counters, { key: 'appointmentHeld', label: 'Appointments held' }],
        kpis: [
          ...templateVersion.documentation.kpis,
          { key: 'dialsPerDay', label: 'Dials', numerator: 'dials', denominator: null, targets: [{ period: 'day', value: plan.dialsPerVaDay }, { period: 'week', value: plan.dialsPerVaDay * 5 }] },
        ],
      });
      await insertVersion(db, { organizationId, processId, number: 2, status: 'published', xml: templateVersion.xml, documentation, svg: templateVersion.svg, userId: ownerUserId, templateVersion: templateVersion.number }, now);
    }
    teams.push({ teamId, processId, scriptId, scriptVersionIds: { 1: versionId(1), 2: versionId(2) }, leadUserId });
  }

  const vaUserIds: number[] = [];
  for (const va of plan.vas) {
    const userId = await ensureUser(db, va, passwordHash, now);
    await ensureMember(db, organizationId, userId, 'va', teams[va.teamIndex]!.teamId, now);
    vaUserIds.push(userId);
  }
  if (created) {
    await insertAuditEntry(
      db,
      { organizationId, actorUserId: ownerUserId, action: 'organization.demo_seeded', subjectType: 'organization', subjectId: organizationId, details: { seed: demo.seed, vas: demo.vas, days: demo.days } },
      now,
    );
  }
  return { ids: { organizationId, ownerUserId, teams, vaUserIds }, created };
}
