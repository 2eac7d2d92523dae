/** What one dial adds to the counters, the way the server's rollups count it: a dial, its disposition, and each outcome it counts as. */
import { DIALS_METRIC, dispositionMetric } from '../../../../api/schemas/tracking.ts';
import type { Disposition } from './disposition-keys.ts';
import type { Counts } from './tracker-entry.ts';

export function countDial(disposition: Disposition): Counts {
  const counts: Counts = { [DIALS_METRIC]: 1, [dispositionMetric(disposition.key)]: 1 };
  for (const outcome of disposition.countsAs) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

/** The same counts taken back (an undo). */
export function negateCounts(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).map(([metric, amount]) => [metric, -amount]));
}
