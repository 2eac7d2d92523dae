/** The day report for managers: per VA of a team, that team-local day's dials, talk-to's, leads, appointments, rates and phone time. */
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { dayIn } from '../work/group-tasks-by-due.ts';
import { formatClock } from '../work/tracker/format-clock.ts';
import { pacePerHour } from '../work/tracker/session-clock.ts';
import { dayReportRows } from './day-report-rows.ts';
import '../work/workspace.css';

function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)} %`;
}

/** Dials per phone-hour, left out under a minute of phone time, where it would say nothing true. */
function pace(dials: number, phoneSeconds: number): string {
  const perHour = pacePerHour(dials, phoneSeconds);
  return perHour === null ? '—' : String(Math.round(perHour));
}

export function DayReportPage() {
  useDocumentTitle('Day report');
  const [params, setParams] = useSearchParams();
  const teams = useLoad(() => api.listTeams(), []);
  const teamList = teams.data?.teams ?? [];
  const team = teamList.find((entry) => entry.id === Number(params.get('teamId'))) ?? teamList[0];
  const date = params.get('date') || (team ? dayIn(new Date(), team.timeZone) : '');
  const summary = useLoad(() => (team && date ? api.getTrackingSummary({ teamId: team.id, from: date, to: date, groupBy: 'user' }) : Promise.resolve(null)), [team?.id, date]);
  const members = useLoad(() => (team ? api.listTeamMembers(team.id) : Promise.resolve({ members: [] })), [team?.id]);
  const choose = (change: Record<string, string>) => setParams({ ...(team ? { teamId: String(team.id) } : {}), date, ...change });

  if (teams.error) return <LoadError error={teams.error} />;
  if (!teams.data) return <Loading what="Loading teams" />;
  if (!team) return <p className="empty-state">No team yet: a day report needs a team with VAs.</p>;
  const rows = summary.data && members.data ? dayReportRows(summary.data.groups, members.data.members) : null;
  const totals = summary.data?.totals ?? {};

  return (
    <section aria-labelledby="page-title" className="day-report">
      <h1 id="page-title">Day report</h1>
      <p className="lead">What each VA of the team logged on one day, counted in the team's time zone ({team.timeZone}).</p>
      <div className="inline-form report-filters">
        <div className="field">
          <label htmlFor="report-team">Team</label>
          <select id="report-team" value={team.id} onChange={(event) => choose({ teamId: event.target.value })}>
            {teamList.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-date">Day</label>
          <input id="report-date" type="date" value={date} onChange={(event) => event.target.value && choose({ date: event.target.value })} />
        </div>
      </div>
      {summary.error ? (
        <LoadError error={summary.error} />
      ) : members.error ? (
        <LoadError error={members.error} />
      ) : !rows ? (
        <Loading what="Loading the day's figures" />
      ) : rows.length === 0 ? (
        <p className="empty-state">Nobody logged anything on {date}, and the team has no VA.</p>
      ) : (
        <table className="compact-table report-table">
          <caption className="visually-hidden">Figures per VA on {date}</caption>
          <thead>
            <tr>
              <th scope="col">VA</th>
              <th scope="col" className="number">Dials</th>
              <th scope="col" className="number">Talk-to’s</th>
              <th scope="col" className="number">Leads</th>
              <th scope="col" className="number">Appointments</th>
              <th scope="col" className="number">Talk-to rate</th>
              <th scope="col" className="number">Lead rate</th>
              <th scope="col" className="number">Dials / phone-hour</th>
              <th scope="col" className="number">Phone time</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.userId}>
                <th scope="row">{row.name}</th>
                <td className="number">{row.dials}</td>
                <td className="number">{row.talkTo}</td>
                <td className="number">{row.leads}</td>
                <td className="number">{row.appointments}</td>
                <td className="number">{percent(row.rates.talkToRate)}</td>
                <td className="number">{percent(row.rates.leadRate)}</td>
                <td className="number">{pace(row.dials, row.phoneSeconds)}</td>
                <td className="number">{formatClock(row.phoneSeconds)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Team</th>
              <td className="number">{totals.dials ?? 0}</td>
              <td className="number">{totals.talkTo ?? 0}</td>
              <td className="number">{totals.lead ?? 0}</td>
              <td className="number">{totals.appointmentSet ?? 0}</td>
              <td className="number">{percent(summary.data!.rates.talkToRate)}</td>
              <td className="number">{percent(summary.data!.rates.leadRate)}</td>
              <td className="number">{pace(totals.dials ?? 0, totals.phoneSeconds ?? 0)}</td>
              <td className="number">{formatClock(totals.phoneSeconds ?? 0)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
