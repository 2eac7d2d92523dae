/** The alerts of a team right now: each rule's finding with why it fired (or not), fired ones first. */
import { Link } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { alertRuleLabel } from '../../format/alert-rule-label.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { TeamField } from './team-field.tsx';
import { useDashboardFilters } from './use-dashboard-filters.ts';

export function AlertsPage() {
  useDocumentTitle('Alerts');
  const { filters, update } = useDashboardFilters();
  const teams = useLoad(() => api.listTeams(), []);
  const teamId = filters.teamId;
  const alerts = useLoad(() => (teamId === undefined ? Promise.resolve(undefined) : api.listAlerts(teamId)), [teamId]);
  const data = alerts.data;
  const fired = data?.alerts.filter((alert) => alert.fired) ?? [];
  const quiet = data?.alerts.filter((alert) => !alert.fired) ?? [];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Alerts</h1>
      <form className="filter-bar dashboard-filters" aria-label="Team" onSubmit={(event) => event.preventDefault()}>
        {teams.data && <TeamField teams={teams.data.teams} teamId={teamId} update={update} />}
        <button type="button" onClick={alerts.reload}>
          Check again
        </button>
      </form>
      {alerts.error ? (
        <LoadError error={alerts.error} />
      ) : !data ? (
        teamId !== undefined && <Loading what="Checking the alert rules" />
      ) : (
        <>
          <p className="muted">
            Checked {new Date(data.checkedAt).toLocaleString()} in {data.team.name}, assuming shifts of {data.schedule.hours.start}–{data.schedule.hours.end} Monday to Friday ({data.team.timeZone}).
          </p>
          <h2>{fired.length === 0 ? 'Nothing needs attention' : `${fired.length} need${fired.length === 1 ? 's' : ''} attention`}</h2>
          <ul className="alert-list">
            {fired.map((alert, index) => (
              <li key={index} className="alert alert-error">
                <strong>
                  <span aria-hidden="true">⚠ </span>
                  {alertRuleLabel(alert.rule)}: {alert.subject}
                </strong>
                <p>{alert.why}</p>
                {alert.taskId !== null && (
                  <p>
                    <Link to={`/work/tasks/${alert.taskId}`}>Open the oldest overdue follow-up</Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
          {quiet.length > 0 && (
            <details>
              <summary>{quiet.length} checks that did not fire, and why</summary>
              <ul className="plain-list">
                {quiet.map((alert, index) => (
                  <li key={index}>
                    {alertRuleLabel(alert.rule)}, {alert.subject}: {alert.why}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
