/**
 * The periodic task.overdue check: every open or claimed task past its due time is marked reported and, in the same
 * transaction, written to the outbox for its organization's subscribed endpoints, so each task fires once.
 */
import type { Kysely } from 'kysely';
import { markOverdueTasksReported } from '../../store/repositories/webhook-reports.ts';
import type { Database } from '../../store/tables.ts';
import { enqueueWebhookEvent } from './enqueue-webhook-event.ts';

export async function reportOverdueTasks(db: Kysely<Database>, options: { now: string; limit?: number }): Promise<number> {
  const { now } = options;
  return db.transaction().execute(async (trx) => {
    const tasks = await markOverdueTasksReported(trx, now, options.limit ?? 200);
    for (const task of tasks) {
      const { organizationId, ...data } = task;
      await enqueueWebhookEvent(trx, { organizationId, eventType: 'task.overdue', payload: { task: data } }, now);
    }
    return tasks.length;
  });
}
