/** The process's counters, disposition set and KPIs with their targets, read-only. */
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { OUTCOME_LABELS } from './outcome-labels.ts';

export interface MetricsSummaryProps {
  documentation: ProcessDocumentation;
  headingLevel?: 3 | 4;
}

export function MetricsSummary({ documentation, headingLevel = 3 }: MetricsSummaryProps) {
  const Heading = `h${headingLevel}` as const;
  const { counters, dispositions, kpis } = documentation;
  const labelOf = (key: string | null) =>
    key === null
      ? ''
      : key === 'phoneHours'
        ? 'phone hours'
        : (counters.find((counter) => counter.key === key)?.label ?? OUTCOME_LABELS[key as keyof typeof OUTCOME_LABELS] ?? key);
  if (!counters.length && !dispositions.length && !kpis.length) return <p className="muted">No metrics defined.</p>;
  return (
    <div className="metrics-summary">
      {counters.length > 0 && (
        <>
          <Heading>Counters</Heading>
          <ul>
            {counters.map((counter) => (
              <li key={counter.key}>{counter.label}</li>
            ))}
          </ul>
        </>
      )}
      {dispositions.length > 0 && (
        <>
          <Heading>Dispositions</Heading>
          <table className="compact-table">
            <thead>
              <tr>
                <th scope="col">Disposition</th>
                <th scope="col">Counts as</th>
              </tr>
            </thead>
            <tbody>
              {dispositions.map((disposition) => (
                <tr key={disposition.key}>
                  <td>{disposition.label}</td>
                  <td>{disposition.countsAs.length ? disposition.countsAs.map((outcome) => OUTCOME_LABELS[outcome]).join(', ') : 'Nothing'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {kpis.length > 0 && (
        <>
          <Heading>KPIs</Heading>
          <table className="compact-table">
            <thead>
              <tr>
                <th scope="col">KPI</th>
                <th scope="col">How it is computed</th>
                <th scope="col">Targets</th>
              </tr>
            </thead>
            <tbody>
              {kpis.map((kpi) => (
                <tr key={kpi.key}>
                  <td>{kpi.label}</td>
                  <td>{kpi.denominator ? `${labelOf(kpi.numerator)} ÷ ${labelOf(kpi.denominator)}` : labelOf(kpi.numerator)}</td>
                  <td>
                    {kpi.targets.length
                      ? kpi.targets
                          .map((target) => `${formatTarget(kpi.denominator, target.value)} per ${target.period}`)
                          .join(', ')
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

/** A ratio's target is a fraction, said as a percentage; counts and per-hour rates are said as they are. */
function formatTarget(denominator: string | null, value: number): string {
  return denominator && denominator !== 'phoneHours' ? `${Math.round(value * 1000) / 10}%` : String(value);
}
