/** Today's counters (server summary plus what is not synced yet), the session's phone time and pace, and the time since the last dial. */
import { DIALS_METRIC } from '../../../../api/schemas/tracking.ts';
import { formatClock } from './format-clock.ts';
import { pacePerHour } from './session-clock.ts';
import type { Counts } from './tracker-entry.ts';

export interface TrackerCountersProps {
  today: Counts;
  sessionDials: number;
  sessionSeconds: number;
  sinceLastDialSeconds: number | null;
}

export function TrackerCounters({ today, sessionDials, sessionSeconds, sinceLastDialSeconds }: TrackerCountersProps) {
  const pace = pacePerHour(sessionDials, sessionSeconds);
  const counters = [
    { key: 'dials', label: 'Dials', value: today[DIALS_METRIC] ?? 0 },
    { key: 'talkTo', label: 'Talk-to’s', value: today.talkTo ?? 0 },
    { key: 'lead', label: 'Leads', value: today.lead ?? 0 },
    { key: 'appointmentSet', label: 'Appointments', value: today.appointmentSet ?? 0 },
  ];
  return (
    <div className="tracker-counters">
      <dl className="counter-row" aria-label="Today">
        {counters.map((counter) => (
          <div key={counter.key} className="counter" data-counter={counter.key}>
            <dt>{counter.label}</dt>
            <dd>{counter.value}</dd>
          </div>
        ))}
      </dl>
      <dl className="pace-row" aria-label="This session">
        <div>
          <dt>Phone time</dt>
          <dd>{formatClock(sessionSeconds)}</dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>{pace === null ? '—' : `${Math.round(pace)} dials / phone-hour`}</dd>
        </div>
        <div>
          <dt>Since last dial</dt>
          <dd>{sinceLastDialSeconds === null ? '—' : formatClock(sinceLastDialSeconds)}</dd>
        </div>
      </dl>
    </div>
  );
}
