/** The admin area's frame and navigation, shown only to owners and admins; everyone else gets a plain refusal. */
import { Link, NavLink, Outlet } from 'react-router';
import { isAdminRole } from '../../../api/roles.ts';
import { roleLabel } from '../../format/role-label.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { homePathFor } from '../../session/home-path-for.ts';
import { useSession } from '../../session/use-session.ts';

export function AdminLayout() {
  const { session } = useSession();
  const allowed = session ? isAdminRole(session.role) : false;
  useDocumentTitle(allowed ? 'Admin' : 'No access');
  if (!session) return null;

  // The API refuses these pages' calls with 403 anyway; checking here keeps the admin UI from ever appearing.
  if (!allowed) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Admin</h1>
        <div role="alert" className="alert alert-error">
          <p>
            <strong>You do not have access to the admin pages.</strong>
          </p>
          <p>
            Only an owner or an admin of {session.organization.name} can manage teams, members, invitations and the
            audit log. Your role is {roleLabel(session.role)}.
          </p>
        </div>
        <p>
          <Link to={homePathFor(session.role)}>Back to your start page</Link>
        </p>
      </section>
    );
  }

  return (
    <>
      <h1>Admin</h1>
      <nav aria-label="Admin" className="sub-nav">
        <ul>
          <li>
            <NavLink to="/admin/teams">Teams</NavLink>
          </li>
          <li>
            <NavLink to="/admin/members">Members</NavLink>
          </li>
          <li>
            <NavLink to="/admin/invitations">Invitations</NavLink>
          </li>
          <li>
            <NavLink to="/admin/audit">Audit log</NavLink>
          </li>
          <li>
            <NavLink to="/admin/webhooks">Webhooks</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
