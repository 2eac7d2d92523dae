/** The per-VA table: each VA's counts, rates and KPI status over the period, with sparklines of daily dials and leads. */
import type { KpiCard, VaRow } from '../../../api/schemas/dashboards.ts';
import { formatCount, formatKpi, formatPercent, STATUS_LABELS, STATUS_SYMBOLS } from './format-figures.ts';
import { Sparkline } from './sparkline.tsx';

export function VaTable({ rows, kpis }: { rows: readonly VaRow[]; kpis: readonly KpiCard[] }) {
  if (rows.length === 0) return <p className="empty-state">No VA in this team has numbers in this period.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Each VA's numbers over the period</caption>
        <thead>
          <tr>
            <th scope="col">VA</th>
            <th scope="col" className="number">Dials</th>
            <th scope="col" className="number">Talk-to's</th>
            <th scope="col" className="number">Leads</th>
            <th scope="col" className="number">Talk-to rate</th>
            <th scope="col" className="number">Lead rate</th>
            {kpis.filter((kpi) => kpi.target !== null).map((kpi) => (
              <th key={kpi.key} scope="col">
                {kpi.label} vs target
              </th>
            ))}
            <th scope="col">Dials by day</th>
            <th scope="col">Leads by day</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId}>
              <th scope="row">{row.name}</th>
              <td className="number">{formatCount(row.totals.dials ?? 0)}</td>
              <td className="number">{formatCount(row.totals.talkTo ?? 0)}</td>
              <td className="number">{formatCount(row.totals.lead ?? 0)}</td>
              <td className="number">{formatPercent(row.rates.talkToRate)}</td>
              <td className="number">{formatPercent(row.rates.leadRate)}</td>
              {kpis.filter((kpi) => kpi.target !== null).map((kpi) => {
                const own = row.kpis.find((candidate) => candidate.key === kpi.key);
                const status = own?.status ?? 'unknown';
                return (
                  <td key={kpi.key} className={`kpi-${status}`}>
                    <span aria-hidden="true">{STATUS_SYMBOLS[status]} </span>
                    {formatKpi(kpi, own?.value)} of {formatKpi(kpi, own?.target)} <span className="muted">({STATUS_LABELS[status].toLowerCase()})</span>
                  </td>
                );
              })}
              <td>
                <Sparkline values={row.daily.dials} label={`${row.name}'s dials`} />
              </td>
              <td>
                <Sparkline values={row.daily.lead} label={`${row.name}'s leads`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
