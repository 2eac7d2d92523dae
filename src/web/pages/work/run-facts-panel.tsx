/** What the run knows that this step is about (the lead, the callback), at the top of the task page. */
import { Fragment } from 'react';
import { formatDateTime } from '../../format/format-date-time.ts';
import { listRunFacts } from './run-facts.ts';

export function RunFactsPanel({ variables }: { variables: Readonly<Record<string, unknown>> }) {
  const facts = listRunFacts(variables);
  if (facts.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="run-facts-title">
      <h2 id="run-facts-title">About this run</h2>
      <dl className="details">
        {facts.map((fact) => (
          <Fragment key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.kind === 'instant' ? formatDateTime(fact.value) : fact.value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
