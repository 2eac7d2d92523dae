/**
 * The dashboards' frame: the sections a role may open (team, my numbers, agency, "VA, script or list?", alerts, targets), the
 * day report and the call log import beside them, and the page below.
 */
import { NavLink, Outlet } from 'react-router';
import { canManageRuns, seesAllTeams, WORKER_ROLES } from '../../../api/roles.ts';
import { useSession } from '../../session/use-session.ts';
import './dashboards.css';

export function DashboardsLayout() {
  const { session } = useSession();
  if (!session) return null;
  const sections = [
    { to: '/dashboards/team', label: 'Team' },
    ...(session.role === 'viewer' ? [] : [{ to: '/dashboards/me', label: 'My numbers' }]),
    ...(seesAllTeams(session.role) ? [{ to: '/dashboards/agency', label: 'Agency' }] : []),
    { to: '/dashboards/compare', label: 'VA, script or list?' },
    { to: '/dashboards/alerts', label: 'Alerts' },
    ...(seesAllTeams(session.role) ? [{ to: '/dashboards/targets', label: 'Targets' }] : []),
    ...(canManageRuns(session.role) ? [{ to: '/reports/day', label: 'Day report' }] : []),
    ...(WORKER_ROLES.includes(session.role) ? [{ to: '/imports/call-log', label: 'Import a call log' }] : []),
  ];
  return (
    <>
      <nav aria-label="Dashboards" className="sub-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to}>{section.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

/** Where /dashboards lands: a VA on their own numbers, everyone else on the team dashboard. */
export function dashboardsHomeFor(role: string): string {
  return role === 'va' ? '/dashboards/me' : '/dashboards/team';
}
