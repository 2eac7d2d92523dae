/** Turns a dashboard's period query (day, week or month holding a date, or a custom range) into the team-zone period, with where "now" sits in it. */
import { appError } from '../../api/app-error.ts';
import { MAX_DASHBOARD_DAYS, type DashboardPeriod, type DashboardPeriodKind } from '../../api/schemas/dashboards.ts';
import { currentLocalDate, measureWorkingTime, resolvePeriod, type Period } from '../../kpi/index.ts';

export interface PeriodQuery {
  period: DashboardPeriodKind;
  date?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface ResolvedPeriod {
  period: Period;
  view: DashboardPeriod;
  /** The word for the period in sentences: "day", "week", "month", "period". */
  noun: string;
}

export function resolveDashboardPeriod(query: PeriodQuery, timeZone: string, nowMs: number): ResolvedPeriod {
  const today = currentLocalDate(nowMs, timeZone);
  let period: Period;
  if (query.period === 'range') {
    if (!query.from) throw appError('VALIDATION_FAILED', { field: 'from', message: 'from is required for a custom range' });
    if (!query.to) throw appError('VALIDATION_FAILED', { field: 'to', message: 'to is required for a custom range' });
    if (query.to < query.from) throw appError('VALIDATION_FAILED', { field: 'to', message: 'to must not be before from' });
    period = resolvePeriod({ kind: 'range', from: query.from, to: query.to }, timeZone);
    if (period.dates.length > MAX_DASHBOARD_DAYS) throw appError('VALIDATION_FAILED', { field: 'to', message: `a range is at most ${MAX_DASHBOARD_DAYS} days` });
  } else {
    period = resolvePeriod({ kind: query.period, date: query.date ?? today }, timeZone);
  }
  const elapsed = measureWorkingTime(period, nowMs).fraction;
  const view: DashboardPeriod = {
    kind: period.kind,
    from: period.from,
    to: period.to,
    dates: period.dates,
    timeZone,
    today: today >= period.from && today <= period.to ? today : null,
    elapsed,
  };
  return { period, view, noun: period.kind === 'range' ? 'period' : period.kind };
}
