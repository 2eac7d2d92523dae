/** The dashboards' period and filters, kept in the address so a view can be shared as a link. */
import { useSearchParams } from 'react-router';
import { DASHBOARD_PERIODS, type DashboardPeriodKind } from '../../../api/schemas/dashboards.ts';

export interface DashboardFilters {
  teamId: number | undefined;
  period: DashboardPeriodKind;
  date: string | undefined;
  from: string | undefined;
  to: string | undefined;
  processId: number | undefined;
  userId: number | undefined;
  scriptVersionId: number | undefined;
  list: string | undefined;
}

function idOf(value: string | null): number | undefined {
  return value && /^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : undefined;
}

function dateOf(value: string | null): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

export function useDashboardFilters(defaultPeriod: DashboardPeriodKind = 'week') {
  const [params, setParams] = useSearchParams();
  const period = params.get('period');
  const filters: DashboardFilters = {
    teamId: idOf(params.get('teamId')),
    period: DASHBOARD_PERIODS.includes(period as DashboardPeriodKind) ? (period as DashboardPeriodKind) : defaultPeriod,
    date: dateOf(params.get('date')),
    from: dateOf(params.get('from')),
    to: dateOf(params.get('to')),
    processId: idOf(params.get('processId')),
    userId: idOf(params.get('userId')),
    scriptVersionId: idOf(params.get('scriptVersionId')),
    list: params.get('list') || undefined,
  };

  /** Sets (or, with '', removes) some parameters; a new team clears what belongs to the old one. */
  function update(values: Record<string, string>) {
    // From the address as it is now, not as this render saw it: two changes in a row (the default team chosen when
    // the teams arrive, then the person's choice) must both stay.
    const next = new URLSearchParams(window.location.search);
    for (const [name, value] of Object.entries(values)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if ('teamId' in values) for (const name of ['processId', 'userId', 'scriptVersionId', 'list']) next.delete(name);
    setParams(next, { replace: true });
  }

  /** The API query of the period (a custom range only once both ends are set). */
  const periodQuery =
    filters.period === 'range'
      ? filters.from && filters.to
        ? { period: 'range' as const, from: filters.from, to: filters.to }
        : { period: 'week' as const }
      : { period: filters.period, date: filters.date };

  return { filters, update, periodQuery, search: params.toString() };
}
