/** The periodic checks in one call: overdue tasks, finished days, then the teams' alert rules (notifications and alert.fired); each failure is logged and the others still run. */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/tables.ts';
import { runAlertChecks } from '../alerts/run-alert-checks.ts';
import { reportFinishedDays } from './report-finished-days.ts';
import { reportOverdueTasks } from './report-overdue-tasks.ts';

/** How often the server runs the checks: an overdue task or a day's end is reported within this long. */
export const WEBHOOK_CHECK_INTERVAL_MS = 30_000;

export async function runWebhookChecks(db: Kysely<Database>, now: string, log: { error(object: Record<string, unknown>, message: string): void }): Promise<void> {
  try {
    while ((await reportOverdueTasks(db, { now, limit: 200 })) === 200);
  } catch (error) {
    log.error({ err: error }, 'reporting overdue tasks to webhooks failed');
  }
  try {
    await reportFinishedDays(db, { now });
  } catch (error) {
    log.error({ err: error }, 'reporting finished days to webhooks failed');
  }
  try {
    // Each team at most once per ALERT_CHECK_INTERVAL_MS, whichever server gets there first.
    await runAlertChecks(db, { now: new Date(now), log });
  } catch (error) {
    log.error({ err: error }, 'checking the alert rules failed');
  }
}
