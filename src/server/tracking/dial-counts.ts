/** What one dial or counter entry adds to the rollups, resolved from the process version's documentation when it is recorded. */
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { DIALS_METRIC, CALL_SECONDS_METRIC, dispositionMetric } from '../../api/schemas/tracking.ts';

export type Counts = Record<string, number>;

/** A dial: one dial, one of its disposition, one of each outcome it counts as (talkTo, lead, ...), and its call duration. Undefined for a disposition not in the set. */
export function dialCounts(documentation: ProcessDocumentation, disposition: string, durationSeconds: number | undefined): Counts | undefined {
  const found = documentation.dispositions.find((candidate) => candidate.key === disposition);
  if (!found) return undefined;
  const counts: Counts = { [DIALS_METRIC]: 1, [dispositionMetric(disposition)]: 1 };
  for (const outcome of found.countsAs) counts[outcome] = (counts[outcome] ?? 0) + 1;
  if (durationSeconds) counts[CALL_SECONDS_METRIC] = durationSeconds;
  return counts;
}

/** A documented counter (e.g. doors knocked) by its quantity. Undefined for a counter the documentation does not define. */
export function counterCounts(documentation: ProcessDocumentation, counter: string, quantity: number): Counts | undefined {
  if (!documentation.counters.some((candidate) => candidate.key === counter)) return undefined;
  return { [counter]: quantity };
}

export function negateCounts(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).map(([metric, amount]) => [metric, -amount]));
}
