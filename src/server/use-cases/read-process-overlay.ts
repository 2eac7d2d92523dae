/**
 * The process overlay: per diagram element, over the runs started in the last days, how many runs entered it, the
 * median time from entering to leaving, and its tasks open past due and completed late, with a 0-1 heat relative to
 * the busiest element. Read from the run history and tasks of that window (bounded by the run's process index), not
 * from tracked events.
 */
import type { Kysely } from 'kysely';
import { median } from 'simple-statistics';
import type { ProcessOverlay } from '../../api/schemas/dashboards.ts';
import { listElementPassages, listElementTasks } from '../../store/repositories/process-overlay.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { findVisibleProcess } from './find-visible-process.ts';

const DAY_MS = 86_400_000;

export async function readProcessOverlay(db: Kysely<Database>, principal: Principal, processId: number, days: number, now = new Date()): Promise<ProcessOverlay> {
  const process = await findVisibleProcess(db, principal, processId);
  const since = new Date(now.getTime() - days * DAY_MS).toISOString();
  const passages = await listElementPassages(db, principal.organizationId, process.id, since);
  const tasks = await listElementTasks(db, principal.organizationId, process.id, since);

  const byElement = new Map<string, { runs: Set<number>; durations: number[]; completions: number; overdueOpen: number; completedLate: number }>();
  const of = (elementId: string) => {
    let entry = byElement.get(elementId);
    if (!entry) byElement.set(elementId, (entry = { runs: new Set(), durations: [], completions: 0, overdueOpen: 0, completedLate: 0 }));
    return entry;
  };
  const allRuns = new Set<number>();
  // Entries waiting for their completion, per run and element (a loop or a multi-instance enters again before leaving).
  const open = new Map<string, number[]>();
  for (const passage of passages) {
    const entry = of(passage.elementId);
    const key = `${passage.runId}\u0000${passage.elementId}`;
    allRuns.add(passage.runId);
    if (passage.kind === 'elementEntered') {
      entry.runs.add(passage.runId);
      open.set(key, [...(open.get(key) ?? []), Date.parse(passage.at)]);
    } else {
      entry.completions += 1;
      const entered = open.get(key)?.shift();
      if (entered !== undefined) entry.durations.push((Date.parse(passage.at) - entered) / 1000);
    }
  }
  const nowIso = now.toISOString();
  for (const task of tasks) {
    const entry = of(task.elementId);
    if ((task.status === 'open' || task.status === 'claimed') && task.dueAt! < nowIso) entry.overdueOpen += 1;
    if (task.completedAt !== null && task.completedAt > task.dueAt!) entry.completedLate += 1;
  }
  const busiest = Math.max(1, ...[...byElement.values()].map((entry) => entry.runs.size));
  return {
    processId: process.id,
    since,
    runCount: allRuns.size,
    elements: [...byElement]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([elementId, entry]) => ({
        elementId,
        runs: entry.runs.size,
        completions: entry.completions,
        medianSeconds: entry.durations.length ? median(entry.durations) : null,
        overdueOpen: entry.overdueOpen,
        completedLate: entry.completedLate,
        heat: entry.runs.size / busiest,
      })),
  };
}
