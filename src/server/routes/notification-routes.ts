/** In-app notifications, each reader their own: the alerts that fired for them (newest first, with the unread count), mark one read, mark all read. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import type { AlertRule } from '../../api/schemas/dashboards.ts';
import { MarkedRead, Notification, NotificationList, NotificationParams, NotificationQuery, ReadNotification } from '../../api/schemas/notifications.ts';
import {
  countUnreadNotifications,
  findNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRecord,
} from '../../store/repositories/notifications.ts';
import { ANY_MEMBER } from '../auth/access.ts';
import { notificationScope } from '../use-cases/notification-scope.ts';

function notificationToResponse(notification: NotificationRecord): Notification {
  return {
    id: notification.id,
    team: notification.team,
    rule: notification.rule as AlertRule,
    subject: notification.subject,
    userId: notification.userId,
    list: notification.list,
    taskId: notification.taskId,
    why: notification.why,
    period: notification.period,
    firedAt: notification.firedAt,
    readAt: notification.readAt,
  };
}

export async function registerNotificationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: "My notifications, newest first, with my unread count: the alerts fired for my teams (a va: those about me); limit=0 answers the count only",
        querystring: NotificationQuery,
        response: { 200: NotificationList },
      },
      config: { access: ANY_MEMBER },
    },
    async (request) => {
      const scope = await notificationScope(db, request.principal!);
      const { limit = 50, before, unread } = request.query;
      const notifications = await listNotifications(db, scope, { limit, beforeId: before, unreadOnly: unread === 'true' });
      return { notifications: notifications.map(notificationToResponse), unread: await countUnreadNotifications(db, scope) };
    },
  );

  app.post(
    '/api/notifications/:notificationId/read',
    {
      schema: { tags: ['notifications'], summary: 'Mark one of my notifications read (again: no change)', params: NotificationParams, response: { 200: ReadNotification } },
      config: { access: ANY_MEMBER },
    },
    async (request) => {
      const scope = await notificationScope(db, request.principal!);
      const { notificationId } = request.params;
      // Another organization's notification, or one about someone else, does not exist for the caller.
      if (!(await findNotification(db, scope, notificationId))) throw appError('NOT_FOUND', { field: 'notificationId', message: 'There is no such notification.' });
      await markNotificationRead(db, scope, notificationId, new Date().toISOString());
      const notification = (await findNotification(db, scope, notificationId))!;
      return { notification: notificationToResponse(notification), unread: await countUnreadNotifications(db, scope) };
    },
  );

  app.post(
    '/api/notifications/read-all',
    { schema: { tags: ['notifications'], summary: 'Mark all my notifications read', response: { 200: MarkedRead } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const scope = await notificationScope(db, request.principal!);
      const marked = await markAllNotificationsRead(db, scope, new Date().toISOString());
      return { marked, unread: await countUnreadNotifications(db, scope) };
    },
  );
}
