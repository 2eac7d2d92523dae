/** An incident the caller may see (its run's team is visible to them); anything else does not exist for them. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { findIncident, type IncidentRecord } from '../../store/repositories/incidents.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { canSeeTeam } from './list-visible-team-ids.ts';

export async function findVisibleIncident(db: Kysely<Database>, principal: Principal, incidentId: number): Promise<IncidentRecord> {
  const incident = await findIncident(db, principal.organizationId, incidentId);
  if (!incident || !(await canSeeTeam(db, principal, incident.teamId))) throw appError('NOT_FOUND', { field: 'incidentId', message: 'There is no such incident.' });
  return incident;
}
