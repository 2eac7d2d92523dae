/** In-app notifications: the alerts that fired for the caller's teams (a va: about themselves), with why, and whether the caller has read each. */
import { z } from 'zod';
import { IdParam, Timestamp } from './common.ts';
import { ALERT_RULES } from './dashboards.ts';

export const Notification = z.object({
  id: z.number(),
  team: z.object({ id: z.number(), name: z.string() }),
  rule: z.enum(ALERT_RULES),
  /** Who or what the alert is about: a VA's name, a list, or the team. */
  subject: z.string(),
  /** The VA it is about, or null for a list or the team. */
  userId: z.number().nullable(),
  list: z.string().nullable(),
  /** The task behind it (the oldest overdue lead follow-up), when there is one. */
  taskId: z.number().nullable(),
  why: z.string(),
  /** The team-local day (day:YYYY-MM-DD) or ISO week (week:YYYY-MM-DD, its Monday) it fired for: it fires once per period. */
  period: z.string(),
  firedAt: Timestamp,
  /** When the caller read it, else null. */
  readAt: Timestamp.nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({
  notifications: z.array(Notification),
  /** The caller's unread notifications in all, for the badge. */
  unread: z.number(),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationQuery = z.strictObject({
  /** Newest first; 0 answers the unread count only. */
  limit: z
    .string()
    .regex(/^(0|[1-9][0-9]{0,2})$/, 'must be a whole number from 0 to 200')
    .transform(Number)
    .pipe(z.number().max(200, 'must be a whole number from 0 to 200'))
    .optional(),
  /** Only notifications older than this id: the next page. */
  before: IdParam.optional(),
  unread: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
export type NotificationQuery = z.input<typeof NotificationQuery>;

export const NotificationParams = z.strictObject({ notificationId: IdParam });

export const MarkedRead = z.object({
  /** How many notifications this call marked read. */
  marked: z.number(),
  unread: z.number(),
});
export type MarkedRead = z.infer<typeof MarkedRead>;

export const ReadNotification = z.object({ notification: Notification, unread: z.number() });
export type ReadNotification = z.infer<typeof ReadNotification>;
