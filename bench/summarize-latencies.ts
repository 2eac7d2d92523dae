/** Percentiles of measured durations by the nearest-rank method: p95 of 50 samples is the 48th fastest, an observed value, never an interpolated one. */

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** The smallest sample with at least `fraction` of the samples at or below it; NaN without samples. */
export function nearestRankPercentile(sorted: readonly number[], fraction: number): number {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError('fraction must be in (0, 1]');
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.ceil(fraction * sorted.length) - 1]!;
}

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: nearestRankPercentile(sorted, 0.5),
    p95: nearestRankPercentile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length : Number.NaN,
  };
}
