/**
 * The counters the tracker shows: the server's summary plus every entry the summary cannot include yet, those still
 * queued in the browser and those synced after the summary was asked for, so the counts stay right offline and the
 * moment after a sync.
 */
import type { Counts, LoggedEntry } from './tracker-entry.ts';

/** Whether the summary asked for at `summaryRequestedAt` (ms; null: none yet) leaves this entry out. */
export function isOutsideSummary(entry: Pick<LoggedEntry, 'status' | 'syncedAt'>, summaryRequestedAt: number | null): boolean {
  if (entry.status === 'rejected') return false;
  if (entry.status === 'queued') return true;
  return summaryRequestedAt === null || entry.syncedAt === null || entry.syncedAt >= summaryRequestedAt;
}

export function addCounts(into: Counts, counts: Counts): Counts {
  const sum = { ...into };
  for (const [metric, amount] of Object.entries(counts)) sum[metric] = (sum[metric] ?? 0) + amount;
  return sum;
}

export function shownCounts(summaryTotals: Counts, entries: readonly Pick<LoggedEntry, 'status' | 'syncedAt' | 'counts'>[], summaryRequestedAt: number | null): Counts {
  let shown = { ...summaryTotals };
  for (const entry of entries) if (isOutsideSummary(entry, summaryRequestedAt)) shown = addCounts(shown, entry.counts);
  return shown;
}
