/** The signed-in member's notifications: each alert that fired for them, with why and a link to the task or the team's alerts, newest first, marked read one by one or all at once. */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Notification } from '../../api/schemas/notifications.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useNotificationCount } from '../components/notification-count.tsx';
import { api } from '../api.ts';
import { alertRuleLabel } from '../format/alert-rule-label.ts';
import { formatDateTime } from '../format/format-date-time.ts';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLoad } from '../hooks/use-load.ts';
import { useSession } from '../session/use-session.ts';

const PAGE_SIZE = 50;

/** 'day:2025-06-11' -> "11 Jun 2025"; 'week:2025-06-09' -> "the week of 9 Jun 2025". */
function describePeriod(period: string): string {
  const [kind, date] = period.split(':');
  const shown = date ? new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' }) : period;
  return kind === 'week' ? `the week of ${shown}` : shown;
}

export function NotificationsPage() {
  useDocumentTitle('Notifications');
  const { session } = useSession();
  const count = useNotificationCount();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const first = useLoad(() => api.listNotifications({ limit: String(PAGE_SIZE), ...(unreadOnly && { unread: 'true' }) }), [unreadOnly]);
  // The first page and the older pages asked for since, with what was marked read on this page.
  const [notifications, setNotifications] = useState<Notification[]>([]);
  const [hasOlder, setHasOlder] = useState(false);
  const action = useAction();

  useEffect(() => {
    if (!first.data) return;
    setNotifications(first.data.notifications);
    setHasOlder(first.data.notifications.length === PAGE_SIZE);
    count.setUnread(first.data.unread);
  }, [first.data, count.setUnread]);

  const unread = count.unread ?? first.data?.unread ?? 0;

  async function markRead(notification: Notification) {
    await action.run(async () => {
      const answer = await api.markNotificationRead(notification.id);
      setNotifications((shown) => shown.map((candidate) => (candidate.id === notification.id ? answer.notification : candidate)));
      count.setUnread(answer.unread);
    });
  }

  async function markAllRead() {
    await action.run(async () => {
      const answer = await api.markAllNotificationsRead();
      const now = new Date().toISOString();
      setNotifications((shown) => shown.map((candidate) => (candidate.readAt ? candidate : { ...candidate, readAt: now })));
      count.setUnread(answer.unread);
    });
  }

  async function showOlder() {
    const oldest = notifications.at(-1);
    if (!oldest) return;
    await action.run(async () => {
      const answer = await api.listNotifications({ limit: String(PAGE_SIZE), before: String(oldest.id), ...(unreadOnly && { unread: 'true' }) });
      setNotifications((shown) => [...shown, ...answer.notifications]);
      setHasOlder(answer.notifications.length === PAGE_SIZE);
    });
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Notifications</h1>
      <p className="muted">
        {session?.role === 'va' ? 'The alerts about you' : 'The alerts that fired for your teams'} (behind pace, voicemails logged as talk-to's, a list burning out,
        silent during the shift, lead follow-ups overdue), each once a day or, for voicemails and lists, once a week. The rules are checked every few minutes.
      </p>
      <div className="notification-actions">
        <p role="status">{unread === 0 ? 'Nothing unread.' : `${unread} unread.`}</p>
        <button type="button" onClick={() => void markAllRead()} disabled={action.pending || unread === 0}>
          Mark all read
        </button>
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} /> Unread only
        </label>
      </div>
      <FormAlert error={action.error} />
      {first.error ? (
        <LoadError error={first.error} />
      ) : !first.data ? (
        <Loading what="Loading your notifications" />
      ) : notifications.length === 0 ? (
        <p>{unreadOnly ? 'No unread notifications.' : 'No alert has fired for you yet.'}</p>
      ) : (
        <>
          <ul className="notification-list" aria-label="Notifications">
            {notifications.map((notification) => (
              <li key={notification.id} className={notification.readAt ? undefined : 'unread'}>
                <strong>
                  {!notification.readAt && <span className="role-badge">New</span>} {alertRuleLabel(notification.rule)}: {notification.subject}
                </strong>
                <p className="muted">
                  {notification.team.name} · fired {formatDateTime(notification.firedAt)} for {describePeriod(notification.period)}
                </p>
                <p>{notification.why}</p>
                <div className="notification-actions">
                  {notification.taskId !== null && <Link to={`/work/tasks/${notification.taskId}`}>Open the task</Link>}
                  <Link to={`/dashboards/alerts?teamId=${notification.team.id}`}>See {notification.team.name}'s alerts now</Link>
                  {!notification.readAt && (
                    <button type="button" onClick={() => void markRead(notification)} disabled={action.pending}>
                      Mark read<span className="visually-hidden">: {alertRuleLabel(notification.rule)}, {notification.subject}</span>
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
          {hasOlder && (
            <button type="button" onClick={() => void showOlder()} disabled={action.pending}>
              Show older
            </button>
          )}
        </>
      )}
    </section>
  );
}
