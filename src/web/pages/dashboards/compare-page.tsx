/** "VA, script or list?": lead rate and talk-to rate by script version, list or VA, each compared with the busiest while the other two are held constant, with the verdict in words and the sample behind it. */
import { useSearchParams } from 'react-router';
import { COMPARISON_DIMENSIONS, type ComparisonDimension, type ComparisonVerdict } from '../../../api/schemas/dashboards.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { useSession } from '../../session/use-session.ts';
import { formatCount, formatPercent } from './format-figures.ts';
import { PeriodFields } from './period-fields.tsx';
import { TeamField } from './team-field.tsx';
import { useDashboardFilters } from './use-dashboard-filters.ts';

const BY_LABELS: Record<ComparisonDimension, string> = { scriptVersion: 'Script version', list: 'List', user: 'VA' };
const KIND_SYMBOLS = { higher: '▲', lower: '▼', noClearDifference: '●', notEnoughData: '○' } as const;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Verdicts({ title, verdicts }: { title: string; verdicts: readonly ComparisonVerdict[] }) {
  return (
    <section aria-label={title} className="panel">
      <h2>{title}</h2>
      {verdicts.length === 0 ? (
        <p className="muted">Nothing to compare yet: only one group has data.</p>
      ) : (
        <ul className="verdicts">
          {verdicts.map((verdict) => (
            <li key={verdict.groupKey} className={`verdict-${verdict.kind}`}>
              <span aria-hidden="true">{KIND_SYMBOLS[verdict.kind]} </span>
              <strong>{capitalize(verdict.verdict)}.</strong>
              <span className="muted">
                {' '}
                {verdict.stratified ? `Compared within ${verdict.strataUsed} matching group${verdict.strataUsed === 1 ? '' : 's'} of the other factors.` : 'Not controlled for the other factors: no group of them holds both sides.'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ComparePage() {
  useDocumentTitle('VA, script or list?');
  const { session } = useSession();
  const { filters, update, periodQuery } = useDashboardFilters('month');
  const teams = useLoad(() => api.listTeams(), []);
  const [params] = useSearchParams();
  const requested = params.get('by') as ComparisonDimension | null;
  const choices = COMPARISON_DIMENSIONS.filter((dimension) => dimension !== 'user' || session?.role !== 'va');
  const by: ComparisonDimension = requested && choices.includes(requested) ? requested : 'scriptVersion';
  const teamId = filters.teamId;
  const comparison = useLoad(() => (teamId === undefined ? Promise.resolve(undefined) : api.compare({ teamId, by, ...periodQuery, processId: filters.processId })), [teamId, by, JSON.stringify(periodQuery), filters.processId]);
  // While another comparison loads, the last answer is not shown as if it were the new one.
  const data = comparison.data && comparison.data.by === by && comparison.data.team.id === teamId ? comparison.data : undefined;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">VA, script or list?</h1>
      <p className="lead">Which explains the numbers: each group's lead rate and talk-to rate against the busiest, holding the other factors constant where the data allows.</p>
      <form className="filter-bar dashboard-filters" aria-label="What to compare" onSubmit={(event) => event.preventDefault()}>
        {teams.data && <TeamField teams={teams.data.teams} teamId={teamId} update={update} />}
        <SelectField label="Compare" name="by" value={by} onChange={(event) => update({ by: event.target.value })}>
          {choices.map((dimension) => (
            <option key={dimension} value={dimension}>
              {BY_LABELS[dimension]}
            </option>
          ))}
        </SelectField>
        <PeriodFields filters={filters} update={update} />
      </form>
      {comparison.error ? (
        <LoadError error={comparison.error} />
      ) : !data ? (
        teamId !== undefined && <Loading what="Comparing" />
      ) : (
        <>
          <p>
            {data.period.from} to {data.period.to}, {data.team.name}. Held constant: {data.controlledFor.map((dimension) => BY_LABELS[dimension].toLowerCase()).join(' and ')}.
            {data.baseline && ` Each group is compared with ${data.baseline}, the one with the most dials.`}
          </p>
          <table>
            <caption>{BY_LABELS[data.by]}s in the period</caption>
            <thead>
              <tr>
                <th scope="col">{BY_LABELS[data.by]}</th>
                <th scope="col" className="number">Dials</th>
                <th scope="col" className="number">Talk-to's</th>
                <th scope="col" className="number">Leads</th>
                <th scope="col" className="number">Talk-to rate</th>
                <th scope="col" className="number">Lead rate</th>
              </tr>
            </thead>
            <tbody>
              {data.groups.map((group) => (
                <tr key={group.key}>
                  <th scope="row">
                    {group.label}
                    {group.label === data.baseline && <span className="muted"> (baseline)</span>}
                  </th>
                  <td className="number">{formatCount(group.dials)}</td>
                  <td className="number">{formatCount(group.talkTo)}</td>
                  <td className="number">{formatCount(group.lead)}</td>
                  <td className="number">{formatPercent(group.talkToRate)}</td>
                  <td className="number">{formatPercent(group.leadRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Verdicts title="Lead rate (leads per talk-to)" verdicts={data.leadRate} />
          <Verdicts title="Talk-to rate (talk-to's per dial)" verdicts={data.talkToRate} />
        </>
      )}
    </section>
  );
}
