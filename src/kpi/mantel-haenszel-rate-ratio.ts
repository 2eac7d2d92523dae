/** The Mantel-Haenszel rate ratio of a group against a baseline across strata (e.g. script v2 vs v1 within each VA), with the Greenland-Robins confidence interval. */
import { probit } from 'simple-statistics';

/** Successes out of trials, e.g. leads out of talk-to's. */
export interface RateCount {
  successes: number;
  trials: number;
}

/** One stratum (one VA, one list...): the group's and the baseline's counts inside it. */
export interface Stratum {
  group: RateCount;
  baseline: RateCount;
}

export interface RateRatio {
  /** The group's rate / the baseline's rate, pooled over strata. */
  ratio: number;
  low: number;
  high: number;
  /** Confidence level of [low, high]. */
  level: number;
  /** Variance of ln(ratio), which shrinks as 1 / trials: the sample-size calculation scales it. */
  logVariance: number;
  /** Strata holding both groups (the others say nothing about the comparison). */
  strataUsed: number;
  group: RateCount;
  baseline: RateCount;
}

/**
 * RR_MH = sum(a_i n0_i / N_i) / sum(b_i n1_i / N_i), with a_i, n1_i the group's successes and trials in stratum i,
 * b_i, n0_i the baseline's, N_i = n1_i + n0_i (Mantel & Haenszel 1959, for risk ratios as in Rothman, Greenland & Lash,
 * Modern Epidemiology, ch. 15). Var(ln RR_MH) = sum((m_i n1_i n0_i - a_i b_i N_i) / N_i^2) / (sum(a_i n0_i / N_i) sum(b_i n1_i / N_i)),
 * m_i = a_i + b_i (Greenland & Robins 1985), and the interval is exp(ln RR_MH +/- z sqrt(Var)). With one stratum this is
 * the crude rate ratio. Null when either side has no successes in the strata used (the ratio is 0 or undefined).
 */
export function mantelHaenszelRateRatio(strata: readonly Stratum[], level = 0.95): RateRatio | null {
  let numerator = 0;
  let denominator = 0;
  let varianceSum = 0;
  let strataUsed = 0;
  const group = { successes: 0, trials: 0 };
  const baseline = { successes: 0, trials: 0 };
  for (const { group: g, baseline: b } of strata) {
    if (g.trials <= 0 || b.trials <= 0) continue;
    const total = g.trials + b.trials;
    strataUsed += 1;
    numerator += (g.successes * b.trials) / total;
    denominator += (b.successes * g.trials) / total;
    varianceSum += ((g.successes + b.successes) * g.trials * b.trials - g.successes * b.successes * total) / (total * total);
    group.successes += g.successes;
    group.trials += g.trials;
    baseline.successes += b.successes;
    baseline.trials += b.trials;
  }
  if (numerator <= 0 || denominator <= 0) return null;
  const ratio = numerator / denominator;
  const logVariance = varianceSum / (numerator * denominator);
  const margin = probit((1 + level) / 2) * Math.sqrt(logVariance);
  return { ratio, low: ratio * Math.exp(-margin), high: ratio * Math.exp(margin), level, logVariance, strataUsed, group, baseline };
}
