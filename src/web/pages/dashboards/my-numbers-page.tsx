/** The VA's own numbers: today and this week against their targets, their pace in a sentence, and the week day by day. */
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { DashboardResults } from './dashboard-results.tsx';
import { formatCount } from './format-figures.ts';
import { FunnelView } from './funnel-view.tsx';
import { KpiCards } from './kpi-cards.tsx';
import { TeamField } from './team-field.tsx';
import { useDashboardFilters } from './use-dashboard-filters.ts';

export function MyNumbersPage() {
  useDocumentTitle('My numbers');
  const { filters, update } = useDashboardFilters();
  const teams = useLoad(() => api.listTeams(), []);
  const teamId = filters.teamId;
  const me = useLoad(() => (teamId === undefined ? Promise.resolve(undefined) : api.getMyDashboard({ teamId })), [teamId]);
  const data = me.data;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">My numbers</h1>
      <form className="filter-bar dashboard-filters" aria-label="Team" onSubmit={(event) => event.preventDefault()}>
        {teams.data && <TeamField teams={teams.data.teams} teamId={teamId} update={update} />}
      </form>
      {teams.error && <LoadError error={teams.error} />}
      {me.error ? (
        <LoadError error={me.error} />
      ) : !data ? (
        teamId !== undefined && <Loading what="Loading your numbers" />
      ) : (
        <DashboardResults stale={me.stale}>
          <p className="lead">
            {data.user.name} in {data.team.name} ({data.team.timeZone}){data.process && `, measured on ${data.process.name}`}.
          </p>
          <section aria-labelledby="today-title">
            <h2 id="today-title">Today, {data.today.period.from}</h2>
            <KpiCards kpis={data.today.kpis} />
            <FunnelView steps={data.today.funnel} />
          </section>
          <section aria-labelledby="week-title">
            <h2 id="week-title">
              This week, {data.week.period.from} to {data.week.period.to}
            </h2>
            <KpiCards kpis={data.week.kpis} />
            <table>
              <caption>Your week by day</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col" className="number">Dials</th>
                  <th scope="col" className="number">Talk-to's</th>
                  <th scope="col" className="number">Leads</th>
                </tr>
              </thead>
              <tbody>
                {data.week.daily.map((day) => (
                  <tr key={day.date} aria-current={day.date === data.today.period.from ? 'date' : undefined}>
                    <th scope="row">{day.date}</th>
                    <td className="number">{formatCount(day.dials)}</td>
                    <td className="number">{formatCount(day.talkTo)}</td>
                    <td className="number">{formatCount(day.lead)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </DashboardResults>
      )}
    </section>
  );
}
