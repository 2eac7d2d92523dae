/** "At the current pace the week ends at X of target Y": a counter projected linearly over elapsed working time, a ratio taken as it stands, judged ahead, on track or behind. */
import { formatCount, formatPercent } from './format-numbers.ts';

export type PaceStatus = 'ahead' | 'onTrack' | 'behind' | 'unknown';

export interface PaceInput {
  isRatio: boolean;
  /** The counter so far, or the ratio so far (null when its denominator is still zero). */
  actual: number | null;
  target: number;
  /** Elapsed share of the period's working time, 0 ... 1 (see measureWorkingTime); null when it has none. */
  elapsedFraction: number | null;
  /** Within this share of the target either side counts as on track; 5% by default. */
  tolerance?: number;
  /** False for a KPI where less is better (e.g. time between calls). */
  higherIsBetter?: boolean;
}

export interface Pace {
  /** Where the period ends at this pace; null when nothing can be said yet. */
  projected: number | null;
  target: number;
  /** projected - target (positive: above the target). */
  gap: number | null;
  /** For a counter: where it should be by now (target x elapsed share). */
  expectedByNow: number | null;
  status: PaceStatus;
}

export function projectPace(input: PaceInput): Pace {
  const { isRatio, actual, target, elapsedFraction, tolerance = 0.05, higherIsBetter = true } = input;
  const expectedByNow = isRatio || elapsedFraction === null ? null : target * elapsedFraction;
  let projected: number | null;
  if (actual === null) projected = null;
  else if (isRatio) projected = actual;
  // Linear in elapsed working time; before any working time has passed there is no pace yet.
  else projected = elapsedFraction && elapsedFraction > 0 ? actual / elapsedFraction : null;
  // A counter already past a higher-is-better target is ahead however early it is.
  if (!isRatio && projected === null && actual !== null && higherIsBetter && actual > target) projected = actual;
  if (projected === null) return { projected, target, gap: null, expectedByNow, status: 'unknown' };
  const gap = projected - target;
  const band = Math.abs(target) * tolerance;
  const status: PaceStatus = Math.abs(gap) <= band ? 'onTrack' : gap > 0 === higherIsBetter ? 'ahead' : 'behind';
  return { projected, target, gap, expectedByNow, status };
}

/** One sentence for the dashboards: "At the current pace the week ends at 1,140 of target 1,250 dials: 110 behind." */
export function describePace(pace: Pace, periodName: string, kpiLabel: string, isRatio: boolean): string {
  const show = (value: number) => (isRatio ? formatPercent(value) : formatCount(value));
  if (pace.projected === null || pace.gap === null) return `No pace yet for ${kpiLabel} this ${periodName} (target ${show(pace.target)}).`;
  const lead = isRatio ? `${kpiLabel} is ${show(pace.projected)} this ${periodName}, target ${show(pace.target)}` : `At the current pace the ${periodName} ends at ${show(pace.projected)} of target ${show(pace.target)} ${kpiLabel}`;
  const distance = isRatio ? `${Number((Math.abs(pace.gap) * 100).toPrecision(2))} points` : formatCount(Math.abs(pace.gap));
  if (pace.status === 'onTrack') return `${lead}: on track.`;
  return `${lead}: ${distance} ${pace.gap > 0 ? 'above' : 'below'}, ${pace.status}.`;
}
