/** Number formatting for the plain-language sentences (verdicts, alerts, pace): counts with thousands separators, ratios to two significant digits, rates as percentages. */

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** A ratio as people say it: one decimal from 1 up (1.4, 2.0, 12.5), two significant digits below (0.85, 0.5). */
export function formatRatio(value: number): string {
  return value >= 1 ? value.toFixed(1) : String(Number(value.toPrecision(2)));
}

/** 0.123 -> "12.3%". */
export function formatPercent(value: number): string {
  return `${Number((value * 100).toPrecision(3))}%`;
}
