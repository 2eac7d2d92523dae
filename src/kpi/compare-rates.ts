/** "VA, script or list?": compares a rate between a group and a baseline, controlling for strata, and says it in plain language, or how many more trials a verdict needs. */
import { probit } from 'simple-statistics';
import { formatCount, formatRatio } from './format-numbers.ts';
import { mantelHaenszelRateRatio, type RateRatio, type Stratum } from './mantel-haenszel-rate-ratio.ts';

export type VerdictKind = 'higher' | 'lower' | 'noClearDifference' | 'notEnoughData';

export interface ComparisonInput {
  /** E.g. "script v2", "list A", "Ana". */
  groupLabel: string;
  /** E.g. "v1", "list B", "the team". */
  baselineLabel: string;
  /** Counts per stratum (one stratum for an uncontrolled comparison). */
  strata: readonly Stratum[];
  /** What a trial is, plural: "talk-to's", "dials". */
  trialsNoun: string;
  /** What a higher rate means, third person: "converts", "reaches people". */
  verb?: string;
  level?: number;
  /** "No clear difference" needs the interval's high / low at most this (1.5: roughly +/-22% around the ratio). */
  precision?: number;
  /** Fewer successes than this on either side is "not enough data", whatever the interval says. */
  minSuccesses?: number;
  /** Power of the sample-size calculation; 0.8 by default. */
  power?: number;
}

export interface Comparison {
  kind: VerdictKind;
  verdict: string;
  /** Null when a side has no successes yet. */
  rateRatio: RateRatio | null;
  /** Trials on both sides behind the comparison (in strata holding both). */
  trials: number;
  /** About how many more trials (both sides together) a verdict needs; 0 once there is one, null when it cannot be told (no trials on a side). */
  moreTrialsNeeded: number | null;
}

/** Rounds a count up to two significant digits ("about 1,900 more"). */
function roundUpForSpeech(value: number): number {
  if (value <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.ceil(value / step) * step;
}

/**
 * Trials to add so that, at the current split and rates, either the interval excludes 1 with the given power at the
 * observed ratio (Var* = (ln RR / (z_(1+level)/2 + z_power))^2) or it is narrow enough for "no clear difference"
 * (Var* = (ln precision / (2 z))^2), whichever comes first. Var(ln RR) shrinks as 1 / n, so n* = n Var / Var*.
 * Without a ratio yet (no successes on a side), Var comes from the counts plus 0.5 (Haldane's correction).
 */
function estimateMoreTrials(strata: readonly Stratum[], rateRatio: RateRatio | null, trials: number, level: number, precision: number, power: number, minSuccesses: number): number {
  const estimate =
    rateRatio ??
    mantelHaenszelRateRatio(
      strata.map(({ group, baseline }) => ({ group: { successes: group.successes + 0.5, trials: group.trials + 1 }, baseline: { successes: baseline.successes + 0.5, trials: baseline.trials + 1 } })),
      level,
    );
  if (!estimate || trials === 0) return Number.NaN;
  const z = probit((1 + level) / 2);
  const precisionVariance = (Math.log(precision) / (2 * z)) ** 2;
  const powerVariance = (Math.log(estimate.ratio) / (z + probit(power))) ** 2;
  const targetVariance = Math.max(precisionVariance, powerVariance);
  let needed = (trials * estimate.logVariance) / targetVariance - trials;
  // The floor of successes: trials needed for the scarcer side to reach it at its current rate.
  for (const side of [estimate.group, estimate.baseline]) {
    const rate = side.successes / side.trials;
    if (side.successes < minSuccesses && rate > 0) needed = Math.max(needed, ((minSuccesses - side.successes) / rate) * (trials / side.trials));
  }
  return Math.max(0, needed);
}

export function compareRates(input: ComparisonInput): Comparison {
  const { groupLabel, baselineLabel, strata, trialsNoun, verb = 'converts', level = 0.95, precision = 1.5, minSuccesses = 10, power = 0.8 } = input;
  const rateRatio = mantelHaenszelRateRatio(strata, level);
  const used = strata.filter(({ group, baseline }) => group.trials > 0 && baseline.trials > 0);
  const trials = used.reduce((sum, { group, baseline }) => sum + group.trials + baseline.trials, 0);
  const fewSuccesses = [(s: Stratum) => s.group.successes, (s: Stratum) => s.baseline.successes].some((pick) => used.reduce((sum, stratum) => sum + pick(stratum), 0) < minSuccesses);
  const percent = `${Math.round(level * 100)}%`;
  const over = `over ${formatCount(trials)} ${trialsNoun}`;
  const effect = rateRatio ? `${formatRatio(rateRatio.ratio)}x ${baselineLabel}, ${percent} interval ${formatRatio(rateRatio.low)}-${formatRatio(rateRatio.high)}` : null;

  const excludesOne = rateRatio !== null && (rateRatio.low > 1 || rateRatio.high < 1);
  const isPrecise = rateRatio !== null && rateRatio.high / rateRatio.low <= precision;
  if (rateRatio && !fewSuccesses && excludesOne) {
    return { kind: rateRatio.ratio > 1 ? 'higher' : 'lower', verdict: `${groupLabel} ${verb} ${effect}, ${over}`, rateRatio, trials, moreTrialsNeeded: 0 };
  }
  if (rateRatio && !fewSuccesses && isPrecise) {
    return { kind: 'noClearDifference', verdict: `no clear difference between ${groupLabel} and ${baselineLabel}: ${formatRatio(rateRatio.ratio)}x, ${percent} interval ${formatRatio(rateRatio.low)}-${formatRatio(rateRatio.high)}, ${over}`, rateRatio, trials, moreTrialsNeeded: 0 };
  }
  const more = estimateMoreTrials(strata, rateRatio, trials, level, precision, power, minSuccesses);
  const need = Number.isFinite(more) ? `about ${formatCount(roundUpForSpeech(more))} more ${trialsNoun} needed` : `more ${trialsNoun} needed on both sides`;
  const sofar = effect ? ` (${groupLabel} ${formatRatio(rateRatio!.ratio)}x ${baselineLabel} so far, ${percent} interval ${formatRatio(rateRatio!.low)}-${formatRatio(rateRatio!.high)}, ${over})` : ` (${over} so far)`;
  return { kind: 'notEnoughData', verdict: `not enough data yet, ${need}${sofar}`, rateRatio, trials, moreTrialsNeeded: Number.isFinite(more) ? Math.ceil(more) : null };
}
