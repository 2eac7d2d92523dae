/**
 * The process overlay: per diagram element, over the runs started in the last days, how many runs entered it, the
 * median time from entering to leaving, and its tasks open past due and completed late, with a 0-1 heat relative to
 * the busiest element; and the tracked counters logged on each step over the team-local days of that window. Read
 * from the run history and tasks of that window (bounded by the run's process index) and from the step rollups,
 * never from tracked events.
 */
import type { Kysely } from 'kysely';
import { median } from 'simple-statistics';
import type { ProcessOverlay, StepCounter } from '../../api/schemas/dashboards.ts';
import { DISPOSITION_OUTCOMES } from '../../api/schemas/process-documentation.ts';
import { DIALS_METRIC } from '../../api/schemas/tracking.ts';
import { listElementPassages, listElementTasks } from '../../store/repositories/process-overlay.ts';
import { findLatestPublishedVersion } from '../../store/repositories/process-versions.ts';
import { sumStepRollups, type StepCounterSum } from '../../store/repositories/step-rollups.ts';
import { findTeam } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { localDay } from '../tracking/local-day.ts';
import { findVisibleProcess } from './find-visible-process.ts';

const DAY_MS = 86_400_000;

/** The counters a step shows, in this order, then the documented counters; a disposition's own count, call and phone seconds are left to the dashboards. */
const COUNTER_LABELS: Record<string, string> = {
  [DIALS_METRIC]: 'Dials',
  talkTo: "Talk-to's",
  lead: 'Leads',
  appointmentSet: 'Appointments set',
  appointmentHeld: 'Appointments held',
  callback: 'Callbacks',
  doNotCall: 'Do-not-call requests',
} satisfies Record<(typeof DISPOSITION_OUTCOMES)[number] | typeof DIALS_METRIC, string>;
const NOT_COUNTERS = new Set(['callSeconds', 'phoneSeconds']);

/** The step counters of each element, labelled (the standard ones by name, a documented counter by its label, any other by its key) and in display order, and every metric among them in that order. */
function labelCounters(sums: readonly StepCounterSum[], documented: ReadonlyArray<{ key: string; label: string }>): { byElement: Map<string, StepCounter[]>; metrics: Array<Omit<StepCounter, 'value'>> } {
  const order = [...Object.keys(COUNTER_LABELS), ...documented.map((counter) => counter.key)];
  const labels = new Map<string, string>([...documented.map((counter) => [counter.key, counter.label] as const), ...Object.entries(COUNTER_LABELS)]);
  const rank = (metric: string) => {
    const index = order.indexOf(metric);
    return index === -1 ? order.length : index;
  };
  const byElement = new Map<string, StepCounter[]>();
  const metrics = new Map<string, string>();
  for (const sum of sums) {
    if (sum.metric.startsWith('disposition.') || NOT_COUNTERS.has(sum.metric)) continue;
    const counters = byElement.get(sum.elementId) ?? [];
    const label = labels.get(sum.metric) ?? sum.metric;
    counters.push({ metric: sum.metric, label, value: sum.value });
    byElement.set(sum.elementId, counters);
    metrics.set(sum.metric, label);
  }
  const inOrder = (a: { metric: string }, b: { metric: string }) => rank(a.metric) - rank(b.metric) || a.metric.localeCompare(b.metric);
  for (const counters of byElement.values()) counters.sort(inOrder);
  return { byElement, metrics: [...metrics].map(([metric, label]) => ({ metric, label })).sort(inOrder) };
}

export async function readProcessOverlay(db: Kysely<Database>, principal: Principal, processId: number, days: number, now = new Date()): Promise<ProcessOverlay> {
  const process = await findVisibleProcess(db, principal, processId);
  const since = new Date(now.getTime() - days * DAY_MS).toISOString();
  const passages = await listElementPassages(db, principal.organizationId, process.id, since);
  const tasks = await listElementTasks(db, principal.organizationId, process.id, since);
  // The window's days in the team's zone (the first one whole: rollups are per day); a library process has no events.
  const team = process.teamId === null ? undefined : await findTeam(db, principal.organizationId, process.teamId);
  const counterDays = team ? { from: localDay(Date.parse(since), team.timeZone), to: localDay(now, team.timeZone) } : null;
  const sums = counterDays ? await sumStepRollups(db, principal.organizationId, process.id, counterDays.from, counterDays.to) : [];
  const documented = sums.length ? ((await findLatestPublishedVersion(db, principal.organizationId, process.id))?.documentation.counters ?? []) : [];
  const { byElement: counters, metrics: counterMetrics } = labelCounters(sums, documented);

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
  for (const elementId of counters.keys()) of(elementId);
  const busiest = Math.max(1, ...[...byElement.values()].map((entry) => entry.runs.size));
  return {
    processId: process.id,
    since,
    runCount: allRuns.size,
    counterDays,
    counterMetrics,
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
        counters: counters.get(elementId) ?? [],
      })),
  };
}
