/** Retires a process (no new runs start on it; runs already going carry on, its timer start events stop) or puts it back in use, with an audit entry; doing what is already so changes nothing. */
import type { Kysely } from 'kysely';
import { findLatestPublishedVersion } from '../../store/repositories/process-versions.ts';
import { setProcessRetired, type ProcessRecord } from '../../store/repositories/processes.ts';
import { cancelStartTimers } from '../../store/repositories/start-timers.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { recordAudit } from './record-audit.ts';
import { scheduleStartTimers } from './schedule-start-timers.ts';

export async function retireProcess(db: Kysely<Database>, principal: Principal, process: ProcessRecord, retired: boolean): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    if (!(await setProcessRetired(trx, principal.organizationId, process.id, retired ? now : null, now))) return;
    await recordAudit(trx, principal, retired ? 'process.retired' : 'process.unretired', { type: 'process', id: process.id }, { name: process.name });
    // Its timer start events stop with it, and start again from the latest published version when it is back in use.
    if (retired) await cancelStartTimers(trx, principal.organizationId, process.id);
    else {
      const latest = await findLatestPublishedVersion(trx, principal.organizationId, process.id);
      if (latest) await scheduleStartTimers(trx, { organizationId: principal.organizationId, teamId: process.teamId, processId: process.id, processVersionId: latest.id, xml: latest.xml }, now);
    }
  });
}
