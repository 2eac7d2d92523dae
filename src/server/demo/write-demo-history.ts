/**
 * Writes the planned history through the tracked-event ingest (recordTrackedEvents), the same rules as a VA's tracker:
 * per VA, day after day, in batches of at most 1,000 events, each batch recorded as the VA at the moment its last
 * event happened (so the 30-day age limit and the clock-skew check hold as they would live). Client ids come from the
 * seed, so running it again stores nothing twice.
 */
import type { Kysely } from 'kysely';
import { MAX_EVENTS_PER_BATCH, type TrackedEventInput } from '../../api/schemas/tracking.ts';
import { addDays, type LocalDate } from '../../kpi/calendar-dates.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { recordTrackedEvents } from '../use-cases/record-tracked-events.ts';
import type { DemoIds, DemoTeamIds } from './create-demo-organization.ts';
import { demoClientId } from './demo-client-id.ts';
import type { DemoPlan, DemoVa } from './plan-demo.ts';
import { simulateVaDay, type DemoEvent, type DemoLead, type PendingAppointment } from './simulate-va-day.ts';

export interface DemoProgress {
  /** VA-days simulated so far, of `total`. */
  done: number;
  total: number;
  /** Events sent to the ingest so far. */
  events: number;
}

export interface DemoWriteResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Leads found in the last `leadDays` days, for the hand-off step. */
  leads: DemoFoundLead[];
}

export interface DemoFoundLead {
  vaIndex: number;
  teamIndex: number;
  atMs: number;
  clientId: string;
  list: string;
  lead: DemoLead;
}

/** The step of the Prospecting dialing process the VAs log their dials, counters and sessions on, as the tracker does on its task. */
export const DEMO_DIALING_STEP = 'DialingSession';

/** The VA's events as the ingest takes them. */
export function toTrackedEventInput(plan: DemoPlan, va: DemoVa, team: DemoTeamIds, event: DemoEvent): TrackedEventInput {
  const clientId = demoEventClientId(plan, va, event.key);
  const base = { clientId, teamId: team.teamId, occurredAt: new Date(event.atMs).toISOString() };
  const context = { processId: team.processId, elementId: DEMO_DIALING_STEP, scriptVersionId: team.scriptVersionIds[event.scriptVersion ?? 1], list: event.list! };
  switch (event.kind) {
    case 'dial':
      return {
        kind: 'dial',
        ...base,
        ...context,
        disposition: event.disposition!,
        ...(event.durationSeconds !== undefined ? { durationSeconds: event.durationSeconds } : {}),
        ...(event.phoneNumber !== undefined ? { phoneNumber: event.phoneNumber } : {}),
      };
    case 'counted':
      return { kind: 'counted', ...base, ...context, counter: event.counter!, quantity: 1 };
    case 'sessionStarted':
      return { kind: 'sessionStarted', ...base, ...context };
    case 'sessionPaused':
    case 'sessionResumed':
    case 'sessionStopped':
      return { kind: event.kind, ...base, sessionId: demoEventClientId(plan, va, event.sessionKey!) };
    case 'undo':
      return { kind: 'undo', ...base, correctsClientId: demoEventClientId(plan, va, event.correctsKey!) };
  }
}

export function demoEventClientId(plan: DemoPlan, va: DemoVa, key: string): string {
  return demoClientId(`${plan.options.seed}/${plan.options.organization}/${va.index}/${key}`);
}

/** Every VA-day of the plan in order, with its events (the generator the ingest path and the checks share). */
export function* generateDemoDays(plan: DemoPlan): Generator<{ va: DemoVa; date: LocalDate; events: DemoEvent[] }> {
  for (const va of plan.vas) {
    const team = plan.teams[va.teamIndex]!;
    let pending: PendingAppointment[] = [];
    for (let date = team.firstDate; date <= team.lastDate; date = addDays(date, 1)) {
      const day = simulateVaDay({ plan, va, team, date, pending });
      pending = day.pending;
      yield { va, date, events: day.events };
    }
  }
}

export function countDemoDays(plan: DemoPlan): number {
  return plan.vas.length * plan.options.days;
}

export async function writeDemoHistory(
  db: Kysely<Database>,
  plan: DemoPlan,
  ids: DemoIds,
  options: { leadDays?: number; onProgress?: (progress: DemoProgress) => void } = {},
): Promise<DemoWriteResult> {
  const result: DemoWriteResult = { accepted: 0, duplicates: 0, rejected: 0, leads: [] };
  const leadsFromMs = plan.options.endAtMs - (options.leadDays ?? 30) * 86_400_000;
  const total = countDemoDays(plan);
  let done = 0;
  let sent = 0;
  let batch: TrackedEventInput[] = [];
  let batchVa: DemoVa | undefined;
  let batchLastMs = 0;

  const flush = async () => {
    if (batch.length === 0 || !batchVa) return;
    const principal: Principal = { userId: ids.vaUserIds[batchVa.index]!, organizationId: ids.organizationId, role: 'va', via: 'token' };
    const outcome = await recordTrackedEvents(db, principal, batch, new Date(batchLastMs + 1000));
    result.accepted += outcome.accepted;
    result.duplicates += outcome.duplicates;
    result.rejected += outcome.rejected;
    const rejection = outcome.results.find((entry) => entry.status === 'rejected');
    if (rejection) throw new Error(`the ingest rejected a demo event: ${rejection.code} (${rejection.field}): ${rejection.reason}`);
    sent += batch.length;
    batch = [];
    batchLastMs = 0;
  };

  for (const { va, events } of generateDemoDays(plan)) {
    const team = ids.teams[va.teamIndex]!;
    if (batchVa !== va || batch.length + events.length > MAX_EVENTS_PER_BATCH) await flush();
    batchVa = va;
    for (const event of events) {
      if (batch.length === MAX_EVENTS_PER_BATCH) await flush();
      const input = toTrackedEventInput(plan, va, team, event);
      batch.push(input);
      batchLastMs = Math.max(batchLastMs, event.atMs);
      if (event.lead && event.atMs >= leadsFromMs) result.leads.push({ vaIndex: va.index, teamIndex: va.teamIndex, atMs: event.atMs, clientId: input.clientId, list: event.list!, lead: event.lead });
    }
    done++;
    options.onProgress?.({ done, total, events: sent + batch.length });
  }
  await flush();
  options.onProgress?.({ done, total, events: sent });
  return result;
}
