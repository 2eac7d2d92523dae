/** The signed-in member's unread notification count, shared by the navigation's badge and the notifications page, refreshed every minute and on each page change. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { api } from '../api.ts';

const REFRESH_MS = 60_000;

interface NotificationCount {
  unread: number | null;
  /** Asks the server again (after a change elsewhere). */
  refresh: () => void;
  /** Takes a count the server just answered with. */
  setUnread: (unread: number) => void;
}

const NotificationCountContext = createContext<NotificationCount>({ unread: null, refresh: () => {}, setUnread: () => {} });

export function NotificationCountProvider({ children }: { children: ReactNode }) {
  const [unread, setUnread] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const { pathname } = useLocation();
  const refresh = useCallback(() => setVersion((count) => count + 1), []);

  useEffect(() => {
    let cancelled = false;
    // A failed count (offline, a restart) keeps the last one; the next refresh tries again.
    api.listNotifications({ limit: '0' }).then(
      (answer) => !cancelled && setUnread(answer.unread),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [pathname, version]);

  useEffect(() => {
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return <NotificationCountContext.Provider value={{ unread, refresh, setUnread }}>{children}</NotificationCountContext.Provider>;
}

export function useNotificationCount(): NotificationCount {
  return useContext(NotificationCountContext);
}

/** "Notifications" with the unread count as a badge; a screen reader hears "Notifications, 3 unread". */
export function NotificationsNavLink() {
  const { unread } = useNotificationCount();
  const shown = unread !== null && unread > 0;
  return (
    <NavLink to="/notifications" aria-label={shown ? `Notifications, ${unread} unread` : undefined}>
      Notifications
      {shown && (
        <span className="count-badge count-badge-error" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
