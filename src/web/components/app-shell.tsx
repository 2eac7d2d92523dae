/** The frame around every page of a logged-in member: the organization, who is logged in, and the main navigation with the unread notifications' badge. */
import { NavLink, Outlet, useLocation } from 'react-router';
import { isAdminRole } from '../../api/roles.ts';
import { roleLabel } from '../format/role-label.ts';
import { useSession } from '../session/use-session.ts';
import { NotificationCountProvider, NotificationsNavLink } from './notification-count.tsx';

const SECTIONS = [
  { to: '/library', label: 'Library' },
  { to: '/processes', label: 'Processes' },
  { to: '/runs', label: 'Runs' },
  { to: '/work', label: 'Work' },
  // The day report and the call log import sit under the dashboards' sub-navigation.
  { to: '/dashboards', label: 'Dashboards', also: ['/reports/', '/imports/'] },
];

export function AppShell() {
  const { session, signOut } = useSession();
  const { pathname } = useLocation();
  if (!session) return null;

  return (
    <NotificationCountProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-brand">
          <span className="app-name">Swimlane</span>
          <span className="app-organization">{session.organization.name}</span>
        </div>
        <div className="app-user">
          <span>
            {session.user.name} <span className="role-badge">{roleLabel(session.role)}</span>
          </span>
          <button type="button" onClick={() => void signOut()}>
            Log out
          </button>
        </div>
      </header>
      <nav aria-label="Main" className="app-nav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} className={({ isActive }) => (isActive || section.also?.some((prefix) => pathname.startsWith(prefix)) ? 'active' : undefined)}>
                {section.label}
              </NavLink>
            </li>
          ))}
          <li>
            <NotificationsNavLink />
          </li>
          {isAdminRole(session.role) && (
            <li>
              <NavLink to="/admin">Admin</NavLink>
            </li>
          )}
          <li>
            <NavLink to="/account">Account</NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </NotificationCountProvider>
  );
}
