/**
 * Stores a team's fired alerts as notifications, each once per team, rule, subject and period (a unique key: a second
 * server checking at the same moment stores nothing), and writes an alert.fired webhook event for each newly stored
 * one in the same transaction, so the notification and its webhook exist together or not at all.
 */
import type { Kysely } from 'kysely';
import type { Alert } from '../../api/schemas/dashboards.ts';
import { insertNotification } from '../../store/repositories/notifications.ts';
import type { Team } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event.ts';
import { alertPeriod, alertSubjectKey } from './alert-period.ts';

export interface StoredAlert extends Alert {
  notificationId: number;
  period: string;
}

export async function recordFiredAlerts(db: Kysely<Database>, team: Pick<Team, 'id' | 'organizationId' | 'name' | 'timeZone'>, alerts: readonly Alert[], now: Date): Promise<StoredAlert[]> {
  const firedAt = now.toISOString();
  const fired = alerts
    .filter((alert) => alert.fired)
    .map((alert) => ({ alert, subjectKey: alertSubjectKey(alert), period: alertPeriod(alert.rule, now.getTime(), team.timeZone) }))
    // In key order, so concurrent PostgreSQL transactions wait on each other's rows in one order and never deadlock.
    .sort((a, b) => a.alert.rule.localeCompare(b.alert.rule) || a.subjectKey.localeCompare(b.subjectKey));
  if (fired.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const stored: StoredAlert[] = [];
    for (const { alert, subjectKey, period } of fired) {
      const notificationId = await insertNotification(
        trx,
        { organizationId: team.organizationId, teamId: team.id, rule: alert.rule, subjectKey, subject: alert.subject, userId: alert.userId, list: alert.list, taskId: alert.taskId, period, why: alert.why },
        firedAt,
      );
      if (notificationId === null) continue;
      const payload = {
        alert: { id: notificationId, rule: alert.rule, subject: alert.subject, userId: alert.userId, list: alert.list, taskId: alert.taskId, why: alert.why, period, firedAt },
        team: { id: team.id, name: team.name, timeZone: team.timeZone },
      };
      await enqueueWebhookEvent(trx, { organizationId: team.organizationId, eventType: 'alert.fired', payload }, firedAt);
      stored.push({ ...alert, notificationId, period });
    }
    return stored;
  });
}
