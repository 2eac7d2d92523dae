/** A team's dashboard: period and filters in the address (shareable), the funnel, KPI cards with target and pace, trend charts, leaderboard, per-VA table with sparklines, and CSV downloads. */
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { DashboardResults } from './dashboard-results.tsx';
import { FunnelView } from './funnel-view.tsx';
import { KpiCards } from './kpi-cards.tsx';
import { LeaderboardList } from './leaderboard-list.tsx';
import { PeriodFields } from './period-fields.tsx';
import { TeamField } from './team-field.tsx';
import { useDashboardFilters } from './use-dashboard-filters.ts';
import { VaTable } from './va-table.tsx';

// The charting library is its own chunk: the figures in words show first.
const TrendChart = lazy(() => import('./trend-chart.tsx').then((module) => ({ default: module.TrendChart })));

export function TeamDashboardPage() {
  useDocumentTitle('Team dashboard');
  const { filters, update, periodQuery } = useDashboardFilters();
  const teams = useLoad(() => api.listTeams(), []);
  const { teamId, processId, userId, scriptVersionId, list } = filters;
  const query = teamId === undefined ? undefined : { teamId, ...periodQuery, processId, userId, scriptVersionId, list };
  const board = useLoad(() => (query ? api.getTeamDashboard(query) : Promise.resolve(undefined)), [JSON.stringify(query ?? null)]);
  const data = board.data;

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Team dashboard</h1>
      <form className="filter-bar dashboard-filters" aria-label="Period and filters" onSubmit={(event) => event.preventDefault()}>
        {teams.data && <TeamField teams={teams.data.teams} teamId={teamId} update={update} />}
        <PeriodFields filters={filters} update={update} />
        {data && (
          <>
            <SelectField label="Process" name="processId" value={data.filters.processId ?? ''} onChange={(event) => update({ processId: event.target.value })}>
              {data.options.processes.map((process) => (
                <option key={process.id} value={process.id}>
                  {process.name}
                </option>
              ))}
            </SelectField>
            <SelectField label="VA" name="userId" value={userId ?? ''} onChange={(event) => update({ userId: event.target.value })}>
              <option value="">{data.ownRowsOnly ? 'The whole team' : 'All VAs'}</option>
              {data.options.vas.map((va) => (
                <option key={va.id} value={va.id}>
                  {va.name}
                </option>
              ))}
            </SelectField>
            <SelectField label="Script version" name="scriptVersionId" value={scriptVersionId ?? ''} onChange={(event) => update({ scriptVersionId: event.target.value })}>
              <option value="">Any script</option>
              {data.options.scriptVersions.map((version) => (
                <option key={version.id} value={version.id}>
                  {version.name}
                </option>
              ))}
            </SelectField>
            <SelectField label="List" name="list" value={list ?? ''} onChange={(event) => update({ list: event.target.value })}>
              <option value="">Any list</option>
              {data.options.lists.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </SelectField>
          </>
        )}
      </form>
      {teams.data?.teams.length === 0 && <p className="empty-state">You are not in any team yet.</p>}
      {teams.error && <LoadError error={teams.error} />}
      {board.error ? (
        <LoadError error={board.error} />
      ) : !data ? (
        teamId !== undefined && <Loading what="Loading the dashboard" />
      ) : (
        <DashboardResults stale={board.stale}>
          <p className="lead">
            {data.team.name}, {data.period.from === data.period.to ? data.period.from : `${data.period.from} to ${data.period.to}`} ({data.team.timeZone})
            {data.process && ` · KPIs of ${data.process.name}${data.process.version ? ` v${data.process.version}` : ''}`}
            {!data.ownRowsOnly && data.filters.userId === null && ` · counter targets are per VA, times ${data.targetHeadcount}`}
            {!data.ownRowsOnly &&
              data.filters.userId === null &&
              data.personTargetKpis.length > 0 &&
              `, except ${data.kpis
                .filter((kpi) => data.personTargetKpis.includes(kpi.key))
                .map((kpi) => kpi.label)
                .join(', ')}: the sum of each VA's own target`}
          </p>
          <p className="dashboard-links">
            <a href={api.teamDashboardCsvUrl({ ...query!, table: 'vas' })} download>
              Download the per-VA table (CSV)
            </a>
            <a href={api.teamDashboardCsvUrl({ ...query!, table: 'trend' })} download>
              Download the trend (CSV)
            </a>
            <Link to={`/dashboards/compare?teamId=${data.team.id}`}>VA, script or list?</Link>
            <Link to={`/dashboards/alerts?teamId=${data.team.id}`}>Alerts</Link>
          </p>
          <div className="dashboard-grid">
            <section aria-labelledby="funnel-title" className="panel">
              <h2 id="funnel-title">Funnel</h2>
              <FunnelView steps={data.funnel} />
            </section>
            <section aria-labelledby="leaders-title" className="panel">
              <h2 id="leaders-title">{data.ownRowsOnly ? 'Your place' : 'Leaderboard'}</h2>
              <LeaderboardList entries={data.leaderboard} />
            </section>
          </div>
          <section aria-labelledby="kpi-title">
            <h2 id="kpi-title">KPIs against target</h2>
            <KpiCards kpis={data.kpis} />
          </section>
          <section aria-labelledby="trend-title">
            <h2 id="trend-title">Trends</h2>
            <Suspense fallback={<Loading what="Loading the charts" />}>
              <div className="trends">
                {data.trends.map((trend) => (
                  <TrendChart key={trend.key} trend={trend} />
                ))}
              </div>
            </Suspense>
          </section>
          <section aria-labelledby="vas-title">
            <h2 id="vas-title">{data.ownRowsOnly ? 'Your numbers' : 'Per VA'}</h2>
            <VaTable rows={data.vas} kpis={data.kpis} />
          </section>
        </DashboardResults>
      )}
    </section>
  );
}
