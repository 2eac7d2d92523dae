/** A KPI's value from summed counts: a counter, or a ratio of two metrics that is null (never NaN or Infinity) when its denominator is zero. */
import { METRICS, type Counts } from './metrics.ts';

/** The shape of a process documentation's KPI: a counter when `denominator` is null, else a ratio; "phoneHours" is phoneSeconds / 3600. */
export interface KpiDefinition {
  key: string;
  label: string;
  numerator: string;
  denominator: string | null;
}

export const PHONE_HOURS = 'phoneHours';

/** DOMAIN.md's KPIs of the prospecting example. */
export const STANDARD_KPIS = {
  dials: { key: 'dials', label: 'Dials', numerator: METRICS.dials, denominator: null },
  talkTo: { key: 'talkTo', label: "Talk-to's", numerator: METRICS.talkTo, denominator: null },
  leads: { key: 'leads', label: 'Leads', numerator: METRICS.lead, denominator: null },
  talkToRate: { key: 'talkToRate', label: 'Talk-to rate', numerator: METRICS.talkTo, denominator: METRICS.dials },
  leadRate: { key: 'leadRate', label: 'Lead rate', numerator: METRICS.lead, denominator: METRICS.talkTo },
  appointmentRate: { key: 'appointmentRate', label: 'Appointment rate', numerator: METRICS.appointmentSet, denominator: METRICS.lead },
  heldRate: { key: 'heldRate', label: 'Held rate', numerator: METRICS.appointmentHeld, denominator: METRICS.appointmentSet },
  dialsPerPhoneHour: { key: 'dialsPerPhoneHour', label: 'Dials per phone-hour', numerator: METRICS.dials, denominator: PHONE_HOURS },
} as const satisfies Record<string, KpiDefinition>;

/** numerator / denominator, or null when that is not a finite number (a zero denominator, a missing count). */
export function divideOrNull(numerator: number, denominator: number): number | null {
  const quotient = numerator / denominator;
  return denominator !== 0 && Number.isFinite(quotient) ? quotient : null;
}

export function isRatioKpi(kpi: KpiDefinition): boolean {
  return kpi.denominator !== null;
}

/** A metric's total; "phoneHours" is derived from phoneSeconds. */
export function readMetric(totals: Counts, metric: string): number {
  if (metric === PHONE_HOURS) return (totals[METRICS.phoneSeconds] ?? 0) / 3600;
  return totals[metric] ?? 0;
}

export function computeKpi(kpi: KpiDefinition, totals: Counts): number | null {
  const numerator = readMetric(totals, kpi.numerator);
  return kpi.denominator === null ? numerator : divideOrNull(numerator, readMetric(totals, kpi.denominator));
}
