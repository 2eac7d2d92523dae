/** Sets or removes one VA's own target on a KPI and period kind, audited; the KPI must be one of the team's, a percentage's target a fraction of 1, the person a member of the team. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { SetPersonTargetBody } from '../../api/schemas/targets.ts';
import { listMembers } from '../../store/repositories/memberships.ts';
import { deletePersonTarget, savePersonTarget } from '../../store/repositories/person-targets.ts';
import type { Team } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { isPercentKpi } from './build-kpi-cards.ts';
import { listTeamKpis } from './read-team-targets.ts';
import { recordAudit } from './record-audit.ts';

export async function setPersonTarget(db: Kysely<Database>, principal: Principal, team: Pick<Team, 'id' | 'organizationId'>, body: SetPersonTargetBody, now = new Date()): Promise<void> {
  const kpi = (await listTeamKpis(db, team.organizationId, team.id)).find((candidate) => candidate.key === body.kpiKey);
  if (!kpi) throw appError('VALIDATION_FAILED', { field: 'kpiKey', message: `kpiKey "${body.kpiKey}" is not a KPI of this team's processes` });
  // Documented percentage targets are fractions (0.12 for 12%); a per-hour rate is a plain number.
  if (body.value !== null && isPercentKpi(kpi) && body.value > 1) {
    throw appError('VALIDATION_FAILED', { field: 'value', message: `value of ${kpi.label} is a fraction between 0 and 1 (0.12 for 12%)` });
  }
  const members = await listMembers(db, team.organizationId, { teamId: team.id });
  // The dashboards read their VAs' targets; a member of another role may hold one too, for when their role changes.
  if (!members.some((member) => member.userId === body.userId)) {
    throw appError('VALIDATION_FAILED', { field: 'userId', message: 'userId is not a member of this team' });
  }
  await db.transaction().execute(async (trx) => {
    const key = { organizationId: team.organizationId, teamId: team.id, userId: body.userId, kpiKey: body.kpiKey, period: body.period };
    const before = body.value === null ? await deletePersonTarget(trx, key) : await savePersonTarget(trx, key, body.value, principal.userId, now.toISOString());
    if (before === body.value) return;
    await recordAudit(trx, principal, body.value === null ? 'team.target_removed' : 'team.target_set', { type: 'team', id: team.id }, {
      userId: body.userId,
      kpiKey: body.kpiKey,
      period: body.period,
      from: before,
      to: body.value,
    });
  });
}
