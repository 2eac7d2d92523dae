/** How the dashboards write numbers: counts with separators, rates as percentages, per-hour rates with one decimal, and what a pace status is called. */
import type { KpiCard } from '../../../api/schemas/dashboards.ts';

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : COUNT.format(value);
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Number((value * 100).toPrecision(3))}%`;
}

/** A KPI's value as its kind says: a count, a percentage, or a per-hour number. */
export function formatKpi(kpi: Pick<KpiCard, 'key' | 'isRatio'>, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (!kpi.isRatio) return formatCount(value);
  return /PerPhoneHour|PerHour/i.test(kpi.key) ? value.toFixed(1) : formatPercent(value);
}

export const STATUS_LABELS = { ahead: 'Ahead', onTrack: 'On track', behind: 'Behind', unknown: 'No pace yet' } as const;
/** A symbol beside each status, so it reads without colour. */
export const STATUS_SYMBOLS = { ahead: '▲', onTrack: '●', behind: '▼', unknown: '○' } as const;
