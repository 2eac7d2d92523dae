/** What a calling session came to, shown when it stops: counts, rates and phone time. */
import { useEffect, useRef } from 'react';
import { formatClock } from './format-clock.ts';
import { pacePerHour } from './session-clock.ts';
import type { SessionReport } from './use-dialing-tracker.ts';

function percent(numerator: number, denominator: number): string {
  return denominator ? `${((numerator / denominator) * 100).toFixed(1)} %` : '—';
}

export function SessionSummary({ report, onClose }: { report: SessionReport; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const dials = report.counts.dials ?? 0;
  const talkTo = report.counts.talkTo ?? 0;
  const leads = report.counts.lead ?? 0;
  const pace = pacePerHour(dials, report.phoneSeconds);
  const rows: Array<[string, string]> = [
    ['Dials', String(dials)],
    ['Talk-to’s', String(talkTo)],
    ['Leads', String(leads)],
    ['Appointments', String(report.counts.appointmentSet ?? 0)],
    ['Talk-to rate', percent(talkTo, dials)],
    ['Lead rate', percent(leads, talkTo)],
    ['Phone time', formatClock(report.phoneSeconds)],
    ['Pace', pace === null ? '—' : `${Math.round(pace)} dials / phone-hour`],
  ];
  return (
    <section className="panel session-summary" aria-labelledby="session-summary-title">
      <h3 id="session-summary-title" ref={heading} tabIndex={-1}>
        Session summary
      </h3>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-summary={label}>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close summary
      </button>
    </section>
  );
}
