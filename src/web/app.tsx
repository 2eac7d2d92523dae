/** The routes of the web app, and what to show before any route: loading, setup, or an unreachable server. */
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppShell } from './components/app-shell.tsx';
import { Loading } from './components/loading.tsx';
import { RequireSession } from './components/require-session.tsx';
import { AccountPage } from './pages/account-page.tsx';
import { AdminLayout } from './pages/admin/admin-layout.tsx';
import { AuditPage } from './pages/admin/audit-page.tsx';
import { InvitationsPage } from './pages/admin/invitations-page.tsx';
import { MembersPage } from './pages/admin/members-page.tsx';
import { TeamPage } from './pages/admin/team-page.tsx';
import { TeamsPage } from './pages/admin/teams-page.tsx';
import { BootScreen } from './pages/boot-screen.tsx';
import { DashboardsPage } from './pages/dashboards-page.tsx';
import { InvitePage } from './pages/invite-page.tsx';
import { LibraryPage } from './pages/library/library-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { ProcessPage } from './pages/processes/process-page.tsx';
import { ProcessesPage } from './pages/processes/processes-page.tsx';
import { SetupPage } from './pages/setup-page.tsx';
import { WorkPage } from './pages/work-page.tsx';
import { homePathFor } from './session/home-path-for.ts';
import { useSession } from './session/use-session.ts';

// Pages with bpmn-js or the markdown renderer are their own chunks, so the main bundle stays small.
const ProcessVersionPage = lazy(() => import('./pages/processes/process-version-page.tsx').then((module) => ({ default: module.ProcessVersionPage })));
const ProcessDiffPage = lazy(() => import('./pages/processes/process-diff-page.tsx').then((module) => ({ default: module.ProcessDiffPage })));
const ProcessHandbookPage = lazy(() => import('./pages/processes/process-handbook-page.tsx').then((module) => ({ default: module.ProcessHandbookPage })));
const ScriptPage = lazy(() => import('./pages/scripts/script-page.tsx').then((module) => ({ default: module.ScriptPage })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading what="Loading the page" />}>{children}</Suspense>;
}

export function App() {
  const { status, session } = useSession();
  if (status === 'loading' || status === 'unavailable') return <BootScreen />;
  // Until the organization exists nothing else makes sense, whatever the URL.
  if (status === 'setup') return <SetupPage />;

  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invite/:token" element={<InvitePage />} />
      <Route
        element={
          <RequireSession>
            <AppShell />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to={session ? homePathFor(session.role) : '/login'} replace />} />
        <Route path="library" element={<LibraryPage />} />
        <Route path="processes" element={<ProcessesPage />} />
        <Route path="processes/:processId" element={<ProcessPage />} />
        <Route path="processes/:processId/versions/:version" element={<Lazy><ProcessVersionPage /></Lazy>} />
        <Route path="processes/:processId/diff" element={<Lazy><ProcessDiffPage /></Lazy>} />
        <Route path="processes/:processId/handbook" element={<Lazy><ProcessHandbookPage /></Lazy>} />
        <Route path="scripts/:scriptId" element={<Lazy><ScriptPage /></Lazy>} />
        <Route path="work" element={<WorkPage />} />
        <Route path="dashboards" element={<DashboardsPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<Navigate to="teams" replace />} />
          <Route path="teams" element={<TeamsPage />} />
          <Route path="teams/:teamId" element={<TeamPage />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="invitations" element={<InvitationsPage />} />
          <Route path="audit" element={<AuditPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
