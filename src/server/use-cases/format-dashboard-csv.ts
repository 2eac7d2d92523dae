/** The team dashboard's per-VA table and trend as CSV (RFC 4180), with cells that a spreadsheet would read as a formula neutralized. */
import type { TeamDashboard } from '../../api/schemas/dashboards.ts';

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // =, +, -, @ at the start of a text cell would run as a formula in a spreadsheet (CSV injection).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function round(value: number | null, digits = 4): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}

export function formatVaTableCsv(dashboard: TeamDashboard): string {
  const kpis = dashboard.kpis;
  const header = ['va', 'dials', 'talk_tos', 'leads', 'appointments_set', 'appointments_held', 'phone_hours', 'talk_to_rate', 'lead_rate', 'dials_per_phone_hour', ...kpis.flatMap((kpi) => [kpi.key, `${kpi.key}_target`, `${kpi.key}_status`])];
  const rows = dashboard.vas.map((va) => [
    va.name,
    va.totals.dials ?? 0,
    va.totals.talkTo ?? 0,
    va.totals.lead ?? 0,
    va.totals.appointmentSet ?? 0,
    va.totals.appointmentHeld ?? 0,
    round((va.totals.phoneSeconds ?? 0) / 3600, 2),
    round(va.rates.talkToRate),
    round(va.rates.leadRate),
    round(va.rates.dialsPerPhoneHour, 2),
    ...va.kpis.flatMap((kpi) => [round(kpi.value), round(kpi.target), kpi.status]),
  ]);
  return toCsv([header, ...rows]);
}

export function formatTrendCsv(dashboard: TeamDashboard): string {
  const header = ['date', ...dashboard.trends.flatMap((trend) => [trend.key, `${trend.key}_target`, ...(trend.isRatio ? [] : [`${trend.key}_cumulative`, `${trend.key}_forecast`, `${trend.key}_forecast_low`, `${trend.key}_forecast_high`])])];
  const rows = dashboard.period.dates.map((date, index) => [
    date,
    ...dashboard.trends.flatMap((trend) => {
      const point = trend.points[index]!;
      return [round(point.value), round(point.target), ...(trend.isRatio ? [] : [point.cumulative, round(point.forecast, 1), round(point.forecastLow, 1), round(point.forecastHigh, 1)])];
    }),
  ]);
  return toCsv([header, ...rows]);
}
