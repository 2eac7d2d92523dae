/** Alert: a call list burning out, its talk-to rate over the last days below a floor or clearly down on its first days. */
import type { LocalDate } from '../calendar-dates.ts';
import { divideOrNull } from '../compute-kpi.ts';
import { formatCount, formatPercent, formatRatio } from '../format-numbers.ts';
import { mantelHaenszelRateRatio } from '../mantel-haenszel-rate-ratio.ts';
import type { AlertResult } from './alert-result.ts';

export interface ListBurningOutInput {
  list: string;
  /** The list's dials and talk-to's per local date (dates without calls may be left out). */
  days: ReadonlyArray<{ date: LocalDate; dials: number; talkTo: number }>;
  /** The days compared: the last `recentDays` dates with calls against the first `firstDays`; 5 each by default. */
  recentDays?: number;
  firstDays?: number;
  /** A recent talk-to rate below this fires on its own; 0.04 by default. */
  minRate?: number;
  /** A drop fires when the recent / first rate ratio is at most this and its 95% interval lies below 1; 0.7 by default. */
  dropRatio?: number;
  /** Too few recent dials to tell below this; 200 by default. */
  minDials?: number;
}

export function checkListBurningOut(input: ListBurningOutInput): AlertResult {
  const { list, recentDays = 5, firstDays = 5, minRate = 0.04, dropRatio = 0.7, minDials = 200 } = input;
  const rule = 'listBurningOut';
  const called = [...input.days].filter((day) => day.dials > 0).sort((a, b) => a.date.localeCompare(b.date));
  const sum = (days: typeof called) => days.reduce((total, day) => ({ dials: total.dials + day.dials, talkTo: total.talkTo + day.talkTo }), { dials: 0, talkTo: 0 });
  const recent = sum(called.slice(-recentDays));
  const recentRate = divideOrNull(recent.talkTo, recent.dials);
  if (recent.dials < minDials || recentRate === null) {
    return { rule, fired: false, why: `Too few recent dials on ${list} to judge it (${formatCount(recent.dials)}, at least ${formatCount(minDials)} needed).` };
  }
  const recentFacts = `${list} reached people on ${formatPercent(recentRate)} of its ${formatCount(recent.dials)} dials over its last ${Math.min(recentDays, called.length)} calling days`;
  if (recentRate < minRate) return { rule, fired: true, why: `${recentFacts}, below the ${formatPercent(minRate)} floor: the list is burning out.` };
  // The first days count only when they do not overlap the recent ones.
  if (called.length < firstDays + recentDays) return { rule, fired: false, why: `${recentFacts}: at or above the ${formatPercent(minRate)} floor.` };
  const first = sum(called.slice(0, firstDays));
  const change = mantelHaenszelRateRatio([{ group: { successes: recent.talkTo, trials: recent.dials }, baseline: { successes: first.talkTo, trials: first.dials } }]);
  const firstRate = divideOrNull(first.talkTo, first.dials) ?? 0;
  const comparison = `${recentFacts}, against ${formatPercent(firstRate)} over its first ${firstDays}`;
  if (change && change.ratio <= dropRatio && change.high < 1) {
    return { rule, fired: true, why: `${comparison}: ${formatRatio(change.ratio)}x (95% interval ${formatRatio(change.low)}-${formatRatio(change.high)}), the list is burning out.` };
  }
  return { rule, fired: false, why: `${comparison}: no clear drop.` };
}
