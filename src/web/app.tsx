/** The routes of the web app, and what to show before any route: loading, setup, or an unreachable server. */
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppShell } from './components/app-shell.tsx';
import { Loading } from './components/loading.tsx';
import { RequireSession } from './components/require-session.tsx';
import { AccountPage } from './pages/account-page.tsx';
import { CallLogImportPage } from './pages/call-log-import-page.tsx';
import { AdminLayout } from './pages/admin/admin-layout.tsx';
import { AuditPage } from './pages/admin/audit-page.tsx';
import { InvitationsPage } from './pages/admin/invitations-page.tsx';
import { MembersPage } from './pages/admin/members-page.tsx';
import { TeamPage } from './pages/admin/team-page.tsx';
import { TeamsPage } from './pages/admin/teams-page.tsx';
import { WebhooksPage } from './pages/admin/webhooks-page.tsx';
import { BootScreen } from './pages/boot-screen.tsx';
import { InvitePage } from './pages/invite-page.tsx';
import { LibraryPage } from './pages/library/library-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { NotificationsPage } from './pages/notifications-page.tsx';
import { ProcessPage } from './pages/processes/process-page.tsx';
import { ProcessesPage } from './pages/processes/processes-page.tsx';
import { RunPage } from './pages/runs/run-page.tsx';
import { RunsPage } from './pages/runs/runs-page.tsx';
import { SetupPage } from './pages/setup-page.tsx';
import { WorkPage } from './pages/work/work-page.tsx';
import { homePathFor } from './session/home-path-for.ts';
import { useSession } from './session/use-session.ts';

// Pages with bpmn-js or the markdown renderer are their own chunks, so the main bundle stays small.
const ProcessVersionPage = lazy(() => import('./pages/processes/process-version-page.tsx').then((module) => ({ default: module.ProcessVersionPage })));
const ProcessDiffPage = lazy(() => import('./pages/processes/process-diff-page.tsx').then((module) => ({ default: module.ProcessDiffPage })));
const TemplateUpdatePage = lazy(() => import('./pages/processes/template-update-page.tsx').then((module) => ({ default: module.TemplateUpdatePage })));
const ProcessHandbookPage = lazy(() => import('./pages/processes/process-handbook-page.tsx').then((module) => ({ default: module.ProcessHandbookPage })));
const ScriptPage = lazy(() => import('./pages/scripts/script-page.tsx').then((module) => ({ default: module.ScriptPage })));
// The dashboards (and the charting library they load) are their own chunks.
const DashboardsLayout = lazy(() => import('./pages/dashboards/dashboards-layout.tsx').then((module) => ({ default: module.DashboardsLayout })));
const TeamDashboardPage = lazy(() => import('./pages/dashboards/team-dashboard-page.tsx').then((module) => ({ default: module.TeamDashboardPage })));
const MyNumbersPage = lazy(() => import('./pages/dashboards/my-numbers-page.tsx').then((module) => ({ default: module.MyNumbersPage })));
const AgencyPage = lazy(() => import('./pages/dashboards/agency-page.tsx').then((module) => ({ default: module.AgencyPage })));
const ComparePage = lazy(() => import('./pages/dashboards/compare-page.tsx').then((module) => ({ default: module.ComparePage })));
const AlertsPage = lazy(() => import('./pages/dashboards/alerts-page.tsx').then((module) => ({ default: module.AlertsPage })));
const TargetsPage = lazy(() => import('./pages/dashboards/targets-page.tsx').then((module) => ({ default: module.TargetsPage })));
const TaskPage = lazy(() => import('./pages/work/task-page.tsx').then((module) => ({ default: module.TaskPage })));
const DayReportPage = lazy(() => import('./pages/reports/day-report-page.tsx').then((module) => ({ default: module.DayReportPage })));

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
        <Route path="processes/:processId/update" element={<Lazy><TemplateUpdatePage /></Lazy>} />
        <Route path="scripts/:scriptId" element={<Lazy><ScriptPage /></Lazy>} />
        <Route path="runs" element={<RunsPage />} />
        <Route path="runs/:runId" element={<RunPage />} />
        <Route path="work" element={<WorkPage />} />
        <Route path="work/tasks/:taskId" element={<Lazy><TaskPage /></Lazy>} />
        <Route path="dashboards" element={<Lazy><DashboardsLayout /></Lazy>}>
          <Route index element={<Navigate to={session?.role === 'va' ? 'me' : 'team'} replace />} />
          <Route path="team" element={<Lazy><TeamDashboardPage /></Lazy>} />
          <Route path="me" element={<Lazy><MyNumbersPage /></Lazy>} />
          <Route path="agency" element={<Lazy><AgencyPage /></Lazy>} />
          <Route path="compare" element={<Lazy><ComparePage /></Lazy>} />
          <Route path="alerts" element={<Lazy><AlertsPage /></Lazy>} />
          <Route path="targets" element={<Lazy><TargetsPage /></Lazy>} />
        </Route>
        {/* The day report and the call log import sit beside the dashboards, under the same sub-navigation. */}
        <Route element={<Lazy><DashboardsLayout /></Lazy>}>
          <Route path="reports/day" element={<Lazy><DayReportPage /></Lazy>} />
          <Route path="imports/call-log" element={<CallLogImportPage />} />
        </Route>
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<Navigate to="teams" replace />} />
          <Route path="teams" element={<TeamsPage />} />
          <Route path="teams/:teamId" element={<TeamPage />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="invitations" element={<InvitationsPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
