/** One card per KPI: its value, the target for the period and the pace sentence, with the status as a word and a symbol (never colour alone). */
import type { KpiCard } from '../../../api/schemas/dashboards.ts';
import { formatKpi, STATUS_LABELS, STATUS_SYMBOLS } from './format-figures.ts';

export function KpiCards({ kpis }: { kpis: readonly KpiCard[] }) {
  return (
    <ul className="kpi-cards" aria-label="KPIs against target">
      {kpis.map((kpi) => {
        const status = kpi.pace?.status ?? 'unknown';
        return (
          <li key={kpi.key} className={`kpi-card kpi-${status}`}>
            <h3>{kpi.label}</h3>
            <p className="kpi-value">{formatKpi(kpi, kpi.value)}</p>
            <p className="kpi-target">{kpi.target === null ? 'No target set' : `Target ${formatKpi(kpi, kpi.target)}`}</p>
            {kpi.pace && (
              <>
                <p className="kpi-status">
                  <span aria-hidden="true">{STATUS_SYMBOLS[status]} </span>
                  {STATUS_LABELS[status]}
                </p>
                <p className="kpi-pace">{kpi.pace.text}</p>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
