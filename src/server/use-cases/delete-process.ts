/**
 * Deletes a process that has never been run nor had work tracked on it, with its versions, and audits it; a process with
 * runs is refused (409 PROCESS_HAS_RUNS), since runs keep the version they ran, and so is one with tracked events (409
 * PROCESS_HAS_TRACKED_EVENTS), since they would be deleted with it and the figures built from them would change.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { countRunsOfProcess, deleteProcessWithoutRuns, type ProcessRecord } from '../../store/repositories/processes.ts';
import { countTrackedEventsOfProcess } from '../../store/repositories/tracked-events.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { recordAudit } from './record-audit.ts';

export async function deleteProcess(db: Kysely<Database>, principal: Principal, process: ProcessRecord): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const trackedEvents = await countTrackedEventsOfProcess(trx, principal.organizationId, process.id);
    if (trackedEvents > 0 && (await countRunsOfProcess(trx, principal.organizationId, process.id)) === 0) {
      throw appError('PROCESS_HAS_TRACKED_EVENTS', {
        message: `“${process.name}” has ${trackedEvents} tracked ${trackedEvents === 1 ? 'event' : 'events'} (dials, counters, calling sessions), so it cannot be deleted: they and the figures built from them would go with it. Retire it instead.`,
        details: { trackedEvents },
      });
    }
    // The delete itself re-checks for runs, so a run started meanwhile still stops it.
    if (!(await deleteProcessWithoutRuns(trx, principal.organizationId, process.id))) {
      const runs = await countRunsOfProcess(trx, principal.organizationId, process.id);
      throw appError('PROCESS_HAS_RUNS', {
        message: `“${process.name}” has been run ${runs} ${runs === 1 ? 'time' : 'times'}, so it cannot be deleted: its runs keep the version they ran. Retire it instead.`,
        details: { runs },
      });
    }
    await recordAudit(trx, principal, 'process.deleted', { type: 'process', id: process.id }, { name: process.name, teamId: process.teamId, isTemplate: process.isTemplate });
  });
}
