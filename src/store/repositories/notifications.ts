/** Fired alerts kept as notifications: stored once per team, rule, subject and period, listed per reader with whether they have read each. */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../tables.ts';

export interface NotificationRecord {
  id: number;
  organizationId: number;
  team: { id: number; name: string };
  rule: string;
  subjectKey: string;
  subject: string;
  userId: number | null;
  list: string | null;
  taskId: number | null;
  period: string;
  why: string;
  firedAt: string;
  /** When the reader marked it read, else null. */
  readAt: string | null;
}

export interface NewNotification {
  organizationId: number;
  teamId: number;
  rule: string;
  subjectKey: string;
  subject: string;
  userId: number | null;
  list: string | null;
  taskId: number | null;
  period: string;
  why: string;
}

/** Whose notifications a reader sees: the organization's, narrowed to some teams and/or to those about one person. */
export interface NotificationScope {
  organizationId: number;
  readerUserId: number;
  /** Only these teams' (undefined: every team of the organization). */
  teamIds?: readonly number[] | undefined;
  /** Only the alerts about this person. */
  aboutUserId?: number | undefined;
}

/** Stores the notification unless the same alert (team, rule, subject, period) is stored already; its id, or null. */
export async function insertNotification(db: Kysely<Database>, notification: NewNotification, now: string): Promise<number | null> {
  const inserted = await db
    .insertInto('notifications')
    .values({
      organization_id: notification.organizationId,
      team_id: notification.teamId,
      rule: notification.rule,
      subject_key: notification.subjectKey,
      subject: notification.subject,
      user_id: notification.userId,
      list: notification.list,
      task_id: notification.taskId,
      period: notification.period,
      why: notification.why,
      fired_at: now,
    })
    .onConflict((conflict) => conflict.columns(['team_id', 'rule', 'subject_key', 'period']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

function inScope(scope: NotificationScope) {
  return (eb: ExpressionBuilder<Database, 'notifications'>) => {
    const conditions: Expression<SqlBool>[] = [eb('notifications.organization_id', '=', scope.organizationId)];
    // A reader without teams sees none: `in ()` is no valid SQL.
    if (scope.teamIds !== undefined) conditions.push(scope.teamIds.length === 0 ? sql<SqlBool>`1 = 0` : eb('notifications.team_id', 'in', scope.teamIds));
    if (scope.aboutUserId !== undefined) conditions.push(eb('notifications.user_id', '=', scope.aboutUserId));
    return eb.and(conditions);
  };
}

function selectNotifications(db: Kysely<Database>, scope: NotificationScope) {
  return db
    .selectFrom('notifications')
    .innerJoin('teams', 'teams.id', 'notifications.team_id')
    .leftJoin('notification_reads', (join) => join.onRef('notification_reads.notification_id', '=', 'notifications.id').on('notification_reads.user_id', '=', scope.readerUserId))
    .selectAll('notifications')
    .select(['teams.name as team_name', 'notification_reads.read_at'])
    .where(inScope(scope));
}

type NotificationRow = Awaited<ReturnType<ReturnType<typeof selectNotifications>['executeTakeFirstOrThrow']>>;

function rowToNotification(row: NotificationRow): NotificationRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    team: { id: row.team_id, name: row.team_name },
    rule: row.rule,
    subjectKey: row.subject_key,
    subject: row.subject,
    userId: row.user_id,
    list: row.list,
    taskId: row.task_id,
    period: row.period,
    why: row.why,
    firedAt: row.fired_at,
    readAt: row.read_at,
  };
}

/** Newest first; `beforeId` pages back, `unreadOnly` leaves out what the reader has read. */
export async function listNotifications(
  db: Kysely<Database>,
  scope: NotificationScope,
  options: { limit: number; beforeId?: number | undefined; unreadOnly?: boolean | undefined },
): Promise<NotificationRecord[]> {
  if (options.limit === 0) return [];
  let query = selectNotifications(db, scope);
  if (options.beforeId !== undefined) query = query.where('notifications.id', '<', options.beforeId);
  if (options.unreadOnly) query = query.where('notification_reads.read_at', 'is', null);
  const rows = await query.orderBy('notifications.id', 'desc').limit(options.limit).execute();
  return rows.map(rowToNotification);
}

export async function findNotification(db: Kysely<Database>, scope: NotificationScope, id: number): Promise<NotificationRecord | undefined> {
  const row = await selectNotifications(db, scope).where('notifications.id', '=', id).executeTakeFirst();
  return row && rowToNotification(row);
}

export async function countUnreadNotifications(db: Kysely<Database>, scope: NotificationScope): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .leftJoin('notification_reads', (join) => join.onRef('notification_reads.notification_id', '=', 'notifications.id').on('notification_reads.user_id', '=', scope.readerUserId))
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where(inScope(scope))
    .where('notification_reads.read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one notification read by the reader; reading it again keeps the first time. */
export async function markNotificationRead(db: Kysely<Database>, scope: NotificationScope, id: number, now: string): Promise<void> {
  await db
    .insertInto('notification_reads')
    .values({ organization_id: scope.organizationId, notification_id: id, user_id: scope.readerUserId, read_at: now })
    .onConflict((conflict) => conflict.columns(['notification_id', 'user_id']).doNothing())
    .execute();
}

/** Marks every notification in the reader's scope read; how many were unread. */
export async function markAllNotificationsRead(db: Kysely<Database>, scope: NotificationScope, now: string): Promise<number> {
  const unread = db
    .selectFrom('notifications')
    // Typed casts: PostgreSQL cannot tell a bare parameter's type in a select list.
    .select([
      sql<number>`cast(${scope.organizationId} as integer)`.as('organization_id'),
      'notifications.id as notification_id',
      sql<number>`cast(${scope.readerUserId} as integer)`.as('user_id'),
      sql<string>`cast(${now} as text)`.as('read_at'),
    ])
    .where(inScope(scope))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('notification_reads')
            .select('notification_reads.notification_id')
            .whereRef('notification_reads.notification_id', '=', 'notifications.id')
            .where('notification_reads.user_id', '=', scope.readerUserId),
        ),
      ),
    );
  const inserted = await db
    .insertInto('notification_reads')
    .columns(['organization_id', 'notification_id', 'user_id', 'read_at'])
    .expression(unread)
    .onConflict((conflict) => conflict.columns(['notification_id', 'user_id']).doNothing())
    .returning('notification_id')
    .execute();
  return inserted.length;
}
