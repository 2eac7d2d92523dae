/** The calling funnel dials -> talk-to's -> leads -> appointments set -> held, with each step's ratio to the one before and to dials. */
import { divideOrNull } from './compute-kpi.ts';
import { METRICS, type Counts } from './metrics.ts';

export interface FunnelStep {
  metric: string;
  label: string;
  count: number;
  /** count / the previous step's count (null for the first step or a zero previous count). */
  rateFromPrevious: number | null;
  /** count / dials. */
  rateFromFirst: number | null;
}

export const FUNNEL_STEPS = [
  { metric: METRICS.dials, label: 'Dials' },
  { metric: METRICS.talkTo, label: "Talk-to's" },
  { metric: METRICS.lead, label: 'Leads' },
  { metric: METRICS.appointmentSet, label: 'Appointments set' },
  { metric: METRICS.appointmentHeld, label: 'Appointments held' },
] as const;

export function computeFunnel(totals: Counts): FunnelStep[] {
  const first = totals[FUNNEL_STEPS[0].metric] ?? 0;
  return FUNNEL_STEPS.map(({ metric, label }, index) => {
    const count = totals[metric] ?? 0;
    const previous = index === 0 ? null : (totals[FUNNEL_STEPS[index - 1]!.metric] ?? 0);
    return { metric, label, count, rateFromPrevious: previous === null ? null : divideOrNull(count, previous), rateFromFirst: divideOrNull(count, first) };
  });
}
