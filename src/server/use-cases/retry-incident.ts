/**
 * Retries the step an incident stopped, optionally with corrected variables: a failed service handler runs again,
 * a condition is evaluated again. A retry that fails again raises a new incident. A timer that kept failing to fire
 * gets its attempts back, and the worker's next pass fires it.
 */
import { appError } from '../../api/app-error.ts';
import type { Variables } from '../../api/schemas/runs.ts';
import { markIncidentResolved } from '../../store/repositories/incidents.ts';
import { resetTimerAttempts } from '../../store/repositories/timers.ts';
import type { Principal } from '../auth/access.ts';
import { executeRunCommand } from '../runner/execute-run-command.ts';
import type { Runner } from '../runner/runner.ts';
import { findVisibleIncident } from './find-visible-incident.ts';
import { recordAudit } from './record-audit.ts';

/** Returns the run's id. */
export async function retryIncident(runner: Runner, principal: Principal, incidentId: number, variables: Variables, now = new Date().toISOString()): Promise<number> {
  const incident = await findVisibleIncident(runner.db, principal, incidentId);
  if (incident.resolvedAt !== null) throw appError('INCIDENT_RESOLVED');
  const resolve = async (trx: typeof runner.db) => {
    if (!(await markIncidentResolved(trx, incident.id, principal.userId, now))) throw appError('INCIDENT_RESOLVED');
    await recordAudit(trx, principal, 'incident.retried', { type: 'run', id: incident.runId }, { incidentId: incident.id, elementId: incident.elementId });
  };
  if (incident.engineIncidentId === null) {
    // A timer's incident: the run's state is fine, the timer only needs to be tried again.
    await runner.db.transaction().execute(async (trx) => {
      await resolve(trx);
      if (incident.timerId !== null) await resetTimerAttempts(trx, incident.timerId);
    });
    return incident.runId;
  }
  const engineIncidentId = incident.engineIncidentId;
  await executeRunCommand(runner, { organizationId: principal.organizationId, runId: incident.runId, actorUserId: principal.userId, now }, () => ({
    command: { type: 'retryIncident', incidentId: engineIncidentId, variables },
    onWritten: resolve,
  }));
  return incident.runId;
}
