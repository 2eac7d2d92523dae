/** A run as its page shows it: summary, variables, where its tokens are, its tasks and incidents. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { RunDetail } from '../../api/schemas/runs.ts';
import { listIncidents } from '../../store/repositories/incidents.ts';
import { findRun, findRunSummary } from '../../store/repositories/runs.ts';
import { listTasks } from '../../store/repositories/tasks.ts';
import type { Database } from '../../store/tables.ts';
import { incidentToResponse, runSummaryToResponse, taskToResponse } from '../routes/run-responses.ts';

export async function readRunDetail(db: Kysely<Database>, organizationId: number, runId: number): Promise<RunDetail> {
  const [summary, run] = await Promise.all([findRunSummary(db, organizationId, runId), findRun(db, organizationId, runId)]);
  if (!summary || !run) throw appError('NOT_FOUND', { field: 'runId', message: 'There is no such run.' });
  const [tasks, incidents] = await Promise.all([listTasks(db, organizationId, { runId, limit: 500 }), listIncidents(db, organizationId, { runId, limit: 500 })]);
  return {
    ...runSummaryToResponse(summary),
    revision: run.version,
    variables: run.state.variables ?? {},
    positions: Object.values(run.state.tokens ?? {}).map((token) => ({ elementId: token.elementId, waiting: token.waiting ?? null })),
    tasks: tasks.map(taskToResponse),
    incidents: incidents.map(incidentToResponse),
  };
}
