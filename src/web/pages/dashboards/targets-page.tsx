/**
 * Targets per person: a team lead sets each VA's own day and week targets on the team's counter KPIs, over the
 * process documentation's per-VA targets (shown as placeholders); each change saves when the field is left.
 */
import { useState } from 'react';
import type { ApiError } from '../../../api/client.ts';
import { seesAllTeams } from '../../../api/roles.ts';
import type { TargetKpi, TeamTargets } from '../../../api/schemas/targets.ts';
import { api } from '../../api.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { toApiError } from '../../hooks/to-api-error.ts';
import { useSession } from '../../session/use-session.ts';
import { TeamField } from './team-field.tsx';
import { useDashboardFilters } from './use-dashboard-filters.ts';

const PERIODS = [
  { period: 'day', label: 'a day' },
  { period: 'week', label: 'a week' },
] as const;
type Period = (typeof PERIODS)[number]['period'];

/** The documented per-VA target of a period, or one derived from the other over a Monday-to-Friday week, as the dashboards do. */
function documentedTarget(kpi: TargetKpi, period: Period): number | null {
  const of = (kind: string) => kpi.targets.find((target) => target.period === kind)?.value;
  const exact = of(period);
  if (exact !== undefined) return exact;
  const day = of('day');
  const week = of('week');
  const month = of('month');
  if (period === 'week') return day !== undefined ? day * 5 : month !== undefined ? Math.round((month / 21.7) * 5) : null;
  return week !== undefined ? week / 5 : month !== undefined ? Math.round(month / 21.7) : null;
}

export function TargetsPage() {
  useDocumentTitle('Targets');
  const { session } = useSession();
  const { filters, update } = useDashboardFilters();
  const teams = useLoad(() => api.listTeams(), []);
  const teamId = filters.teamId;
  const loaded = useLoad(() => (teamId === undefined ? Promise.resolve(undefined) : api.getTeamTargets(teamId)), [teamId]);
  const [saved, setSaved] = useState<TeamTargets | undefined>(undefined);
  const [status, setStatus] = useState<string>('');
  const [error, setError] = useState<ApiError | null>(null);
  const data = saved?.team.id === teamId ? saved : loaded.data;
  if (!session) return null;
  if (!seesAllTeams(session.role)) return <p>Only owners, admins and managers set targets.</p>;

  const counters = data?.kpis.filter((kpi) => !kpi.isRatio) ?? [];
  const ownValue = (userId: number, kpiKey: string, period: Period) => data?.targets.find((target) => target.userId === userId && target.kpiKey === kpiKey && target.period === period)?.value;

  async function save(person: { userId: number; name: string }, kpi: TargetKpi, period: Period, text: string) {
    if (teamId === undefined) return;
    const value = text.trim() === '' ? null : Number(text);
    if ((ownValue(person.userId, kpi.key, period) ?? null) === value) return;
    setError(null);
    setStatus('Saving…');
    try {
      setSaved(await api.setPersonTarget(teamId, { userId: person.userId, kpiKey: kpi.key, period, value }));
      setStatus(value === null ? `${person.name} is back on the documented ${kpi.label} target for ${period === 'day' ? 'a day' : 'a week'}.` : `Saved ${person.name}'s ${kpi.label} target for ${period === 'day' ? 'a day' : 'a week'}: ${value}.`);
    } catch (caught) {
      setStatus('');
      setError(toApiError(caught));
    }
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Targets</h1>
      <p className="muted">Each VA's own target replaces the process documentation's per-VA target on the dashboards, "My numbers" and the behind-pace alert. Leave a field empty for the documented target, shown greyed.</p>
      <form className="filter-bar dashboard-filters" aria-label="Team" onSubmit={(event) => event.preventDefault()}>
        {teams.data && <TeamField teams={teams.data.teams} teamId={teamId} update={update} />}
      </form>
      <p role="status" className="save-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="alert alert-error">
          {error.message}
        </p>
      )}
      {loaded.error ? (
        <LoadError error={loaded.error} />
      ) : !data ? (
        teamId !== undefined && <Loading what="Loading the targets" />
      ) : !data.process ? (
        <p className="empty-state">This team has no published process, so no KPIs to set targets on.</p>
      ) : data.people.length === 0 ? (
        <p className="empty-state">This team has no VAs yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="targets-table">
            <caption>
              Counter targets per VA from {data.process.name}
              {data.process.version !== null ? ` v${data.process.version}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">VA</th>
                {counters.flatMap((kpi) =>
                  PERIODS.map(({ period, label }) => (
                    <th key={`${kpi.key}-${period}`} scope="col" className="number">
                      {kpi.label}, {label}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {data.people.map((person) => (
                <tr key={person.userId}>
                  <th scope="row">{person.name}</th>
                  {counters.flatMap((kpi) =>
                    PERIODS.map(({ period, label }) => {
                      const own = ownValue(person.userId, kpi.key, period);
                      const documented = documentedTarget(kpi, period);
                      return (
                        <td key={`${kpi.key}-${period}-${own ?? ''}`} className="number">
                          <input
                            type="number"
                            min={0}
                            step="any"
                            inputMode="decimal"
                            aria-label={`${person.name}: ${kpi.label} target for ${label}`}
                            defaultValue={own ?? ''}
                            placeholder={documented === null ? 'none' : String(documented)}
                            onBlur={(event) => void save(person, kpi, period, event.target.value)}
                            onKeyDown={(event) => {
                              if (event.key === 'Enter') event.currentTarget.blur();
                            }}
                          />
                        </td>
                      );
                    }),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
