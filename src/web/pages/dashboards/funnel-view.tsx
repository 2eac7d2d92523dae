/** The funnel dials -> talk-to's -> leads -> appointments set -> held as labelled bars, each with its count and its rate from the step before, in words as well as lengths. */
import type { FunnelStep } from '../../../api/schemas/dashboards.ts';
import { formatCount, formatPercent } from './format-figures.ts';

export function FunnelView({ steps }: { steps: readonly FunnelStep[] }) {
  const first = steps[0]?.count ?? 0;
  return (
    <figure className="funnel">
      <figcaption className="visually-hidden">Funnel: each step's count and its share of the step before</figcaption>
      <ol>
        {steps.map((step, index) => (
          <li key={step.metric}>
            <span className="funnel-label">{step.label}</span>
            <span className="funnel-bar" aria-hidden="true">
              <span style={{ width: `${first && step.count ? Math.max(1, (step.count / first) * 100) : 0}%` }} />
            </span>
            <span className="funnel-count">{formatCount(step.count)}</span>
            <span className="funnel-rate">{index === 0 ? '' : `${formatPercent(step.rateFromPrevious)} of ${steps[index - 1]!.label.toLowerCase()}`}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
