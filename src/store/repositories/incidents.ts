/** Incidents of runs: a step that could not go on (a failing handler, a bad condition, a timer that kept failing), visible until retried. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface IncidentRecord {
  id: number;
  organizationId: number;
  runId: number;
  teamId: number;
  /** The engine's incident id; null for a timer that kept failing to fire. */
  engineIncidentId: string | null;
  timerId: number | null;
  elementId: string;
  error: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: { id: number; name: string } | null;
}

export interface NewIncident {
  organizationId: number;
  runId: number;
  engineIncidentId: string | null;
  timerId: number | null;
  elementId: string;
  error: string;
}

export interface IncidentFilter {
  teamIds?: number[] | undefined;
  teamId?: number | undefined;
  runId?: number | undefined;
  /** undefined: both. */
  resolved?: boolean | undefined;
  limit?: number | undefined;
}

export async function insertIncident(db: Kysely<Database>, incident: NewIncident, now: string): Promise<void> {
  await db
    .insertInto('incidents')
    .values({
      organization_id: incident.organizationId,
      run_id: incident.runId,
      engine_incident_id: incident.engineIncidentId,
      timer_id: incident.timerId,
      element_id: incident.elementId,
      error: incident.error.slice(0, 4000),
      created_at: now,
    })
    .execute();
}

function selectIncidents(db: Kysely<Database>, organizationId: number) {
  return db
    .selectFrom('incidents')
    .innerJoin('runs', 'runs.id', 'incidents.run_id')
    .leftJoin('users as resolver', 'resolver.id', 'incidents.resolved_by_user_id')
    .select([
      'incidents.id',
      'incidents.organization_id',
      'incidents.run_id',
      'runs.team_id',
      'incidents.engine_incident_id',
      'incidents.timer_id',
      'incidents.element_id',
      'incidents.error',
      'incidents.created_at',
      'incidents.resolved_at',
      'incidents.resolved_by_user_id',
      'resolver.name as resolver_name',
    ])
    .where('incidents.organization_id', '=', organizationId);
}

type IncidentRow = Awaited<ReturnType<ReturnType<typeof selectIncidents>['executeTakeFirstOrThrow']>>;

function incidentRowToIncident(row: IncidentRow): IncidentRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    runId: row.run_id,
    teamId: row.team_id,
    engineIncidentId: row.engine_incident_id,
    timerId: row.timer_id,
    elementId: row.element_id,
    error: row.error,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by_user_id !== null && row.resolver_name !== null ? { id: row.resolved_by_user_id, name: row.resolver_name } : null,
  };
}

export async function findIncident(db: Kysely<Database>, organizationId: number, incidentId: number): Promise<IncidentRecord | undefined> {
  const row = await selectIncidents(db, organizationId).where('incidents.id', '=', incidentId).executeTakeFirst();
  return row && incidentRowToIncident(row);
}

/** Newest first. */
export async function listIncidents(db: Kysely<Database>, organizationId: number, filter: IncidentFilter = {}): Promise<IncidentRecord[]> {
  if (filter.teamIds && filter.teamIds.length === 0) return [];
  let query = selectIncidents(db, organizationId);
  if (filter.teamIds) query = query.where('runs.team_id', 'in', filter.teamIds);
  if (filter.teamId !== undefined) query = query.where('runs.team_id', '=', filter.teamId);
  if (filter.runId !== undefined) query = query.where('incidents.run_id', '=', filter.runId);
  if (filter.resolved === true) query = query.where('incidents.resolved_at', 'is not', null);
  if (filter.resolved === false) query = query.where('incidents.resolved_at', 'is', null);
  return (await query.orderBy('incidents.id', 'desc').limit(filter.limit ?? 200).execute()).map(incidentRowToIncident);
}

/** Resolves an open incident; false when someone resolved it first. */
export async function markIncidentResolved(db: Kysely<Database>, incidentId: number, userId: number | null, now: string): Promise<boolean> {
  const result = await db
    .updateTable('incidents')
    .set({ resolved_at: now, resolved_by_user_id: userId })
    .where('id', '=', incidentId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A run that ended (cancelled around an incident, or terminated) leaves nothing to retry: its open incidents close with it. */
export async function resolveOpenIncidentsOfRun(db: Kysely<Database>, runId: number, now: string): Promise<void> {
  await db.updateTable('incidents').set({ resolved_at: now }).where('run_id', '=', runId).where('resolved_at', 'is', null).execute();
}
