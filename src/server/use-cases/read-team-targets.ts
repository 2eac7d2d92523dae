/** A team's targets: the KPIs of its dashboard process with their documented per-VA targets, its VAs, and each VA's own targets (a va: only their own). */
import type { Kysely } from 'kysely';
import type { TeamTargets } from '../../api/schemas/targets.ts';
import { listMembers } from '../../store/repositories/memberships.ts';
import { findLatestPublishedVersion } from '../../store/repositories/process-versions.ts';
import { listPersonTargets } from '../../store/repositories/person-targets.ts';
import { listProcesses } from '../../store/repositories/processes.ts';
import type { Team } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { isPercentKpi } from './build-kpi-cards.ts';
import { chooseDashboardProcess, kpisOf, type DashboardKpi } from './choose-dashboard-process.ts';

export async function readTeamTargets(db: Kysely<Database>, principal: Principal, team: Pick<Team, 'id' | 'organizationId' | 'name'>): Promise<TeamTargets> {
  const ownOnly = principal.role === 'va';
  const process = await chooseDashboardProcess(db, team.organizationId, team.id, undefined, undefined);
  const members = await listMembers(db, team.organizationId, { teamId: team.id });
  const people = members.filter((member) => member.role === 'va' && (!ownOnly || member.userId === principal.userId)).map((member) => ({ userId: member.userId, name: member.name }));
  const targets = await listPersonTargets(db, team.organizationId, team.id, ownOnly ? principal.userId : undefined);
  return {
    team: { id: team.id, name: team.name },
    process: process ? { id: process.id, name: process.name, version: process.version } : null,
    kpis: (process?.kpis ?? []).map((kpi) => ({
      key: kpi.key,
      label: kpi.label,
      numerator: kpi.numerator,
      denominator: kpi.denominator,
      isRatio: kpi.denominator !== null,
      isPercent: isPercentKpi(kpi),
      targets: kpi.targets,
    })),
    people,
    targets,
  };
}

/** Every KPI a dashboard of the team may show: those of each of its published processes' latest version, first seen first. */
export async function listTeamKpis(db: Kysely<Database>, organizationId: number, teamId: number): Promise<DashboardKpi[]> {
  const processes = await listProcesses(db, organizationId, { teamId, publishedOnly: true, includeRetired: true });
  const byKey = new Map<string, DashboardKpi>();
  for (const process of processes) {
    const version = await findLatestPublishedVersion(db, organizationId, process.id);
    for (const kpi of kpisOf(version?.documentation.kpis ?? [])) if (!byKey.has(kpi.key)) byKey.set(kpi.key, kpi);
  }
  return [...byKey.values()];
}
