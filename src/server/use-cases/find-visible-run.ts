/** A run the caller may see: any of the organization's for owners, admins and managers, their teams' for others; anything else does not exist for them. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { findRunSummary, type RunSummaryRecord } from '../../store/repositories/runs.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { canSeeTeam } from './list-visible-team-ids.ts';

export async function findVisibleRun(db: Kysely<Database>, principal: Principal, runId: number, field = 'runId'): Promise<RunSummaryRecord> {
  const run = await findRunSummary(db, principal.organizationId, runId);
  if (!run || !(await canSeeTeam(db, principal, run.teamId))) throw appError('NOT_FOUND', { field, message: 'There is no such run.' });
  return run;
}
