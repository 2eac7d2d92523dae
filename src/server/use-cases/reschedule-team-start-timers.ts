/** When a team's time zone changes, its cron timer start events move to the next occurrence in the new zone, in the same transaction. */
import type { Kysely } from 'kysely';
import { parseCronCycle } from '../../bpmn/parse-cron-cycle.ts';
import { listScheduledCronStartTimers, moveStartTimer } from '../../store/repositories/start-timers.ts';
import type { Database } from '../../store/tables.ts';
import { computeFirstStart } from '../runner/compute-next-start.ts';

export async function rescheduleTeamStartTimers(trx: Kysely<Database>, organizationId: number, teamId: number, timeZone: string, now: string): Promise<void> {
  for (const timer of await listScheduledCronStartTimers(trx, organizationId, teamId)) {
    const expression = parseCronCycle(timer.schedule);
    if (!expression) continue;
    const { dueAt } = computeFirstStart({ type: 'cron', value: expression }, Date.parse(now), timeZone);
    await moveStartTimer(trx, timer.id, dueAt, now);
  }
}
