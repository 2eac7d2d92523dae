/** The agency across its client teams: each team's dials, rates and KPIs behind target over the period, each in its own time zone. */
import { Link } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { DashboardResults } from './dashboard-results.tsx';
import { formatCount, formatKpi, formatPercent, STATUS_SYMBOLS } from './format-figures.ts';
import { PeriodFields } from './period-fields.tsx';
import { useDashboardFilters } from './use-dashboard-filters.ts';

export function AgencyPage() {
  useDocumentTitle('Agency dashboard');
  const { filters, update, periodQuery } = useDashboardFilters();
  const agency = useLoad(() => api.getAgencyDashboard(periodQuery), [JSON.stringify(periodQuery)]);
  const data = agency.data;
  const periodParams = new URLSearchParams(Object.entries(periodQuery).filter((entry): entry is [string, string] => typeof entry[1] === 'string')).toString();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Agency</h1>
      <form className="filter-bar dashboard-filters" aria-label="Period" onSubmit={(event) => event.preventDefault()}>
        <PeriodFields filters={filters} update={update} />
      </form>
      {agency.error ? (
        <LoadError error={agency.error} />
      ) : !data ? (
        <Loading what="Loading every team" />
      ) : (
        <DashboardResults stale={agency.stale}>
          <p className="lead">
            All client teams: {formatCount(data.totals.dials ?? 0)} dials, talk-to rate {formatPercent(data.rates.talkToRate)}, lead rate {formatPercent(data.rates.leadRate)}.
          </p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Each client team over the period</caption>
              <thead>
                <tr>
                  <th scope="col">Team</th>
                  <th scope="col">Period</th>
                  <th scope="col" className="number">VAs</th>
                  <th scope="col" className="number">Dials</th>
                  <th scope="col" className="number">Leads</th>
                  <th scope="col" className="number">Talk-to rate</th>
                  <th scope="col" className="number">Lead rate</th>
                  <th scope="col">KPIs</th>
                </tr>
              </thead>
              <tbody>
                {data.teams.map((row) => (
                  <tr key={row.team.id}>
                    <th scope="row">
                      <Link to={`/dashboards/team?teamId=${row.team.id}&${periodParams}`}>{row.team.name}</Link>
                    </th>
                    <td>
                      {row.period.from} to {row.period.to}
                    </td>
                    <td className="number">{row.vaCount}</td>
                    <td className="number">{formatCount(row.totals.dials ?? 0)}</td>
                    <td className="number">{formatCount(row.totals.lead ?? 0)}</td>
                    <td className="number">{formatPercent(row.rates.talkToRate)}</td>
                    <td className="number">{formatPercent(row.rates.leadRate)}</td>
                    <td>
                      {row.behind > 0 ? <strong>{row.behind} behind target</strong> : 'None behind'}
                      <ul className="plain-list">
                        {row.kpis
                          .filter((kpi) => kpi.target !== null)
                          .map((kpi) => (
                            <li key={kpi.key} className={`kpi-${kpi.pace?.status ?? 'unknown'}`}>
                              <span aria-hidden="true">{STATUS_SYMBOLS[kpi.pace?.status ?? 'unknown']} </span>
                              {kpi.label}: {formatKpi(kpi, kpi.value)} of {formatKpi(kpi, kpi.target)}
                            </li>
                          ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </DashboardResults>
      )}
    </section>
  );
}
