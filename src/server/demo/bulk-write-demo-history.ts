/**
 * The demo's fast path: stores exactly what the ingest (write-demo-history.ts) would, batch for batch, without its
 * per-batch queries. Each batch is prepared by the ingest's own rules (what a dial counts, the team-local day, the
 * session's phone time before and after the batch, an undo's negated counts on the entry's day and step), zero-sum
 * rows of the daily and the step rollups are kept only where a batch of the ingest would have written them, and
 * do-not-call requests go through the same use-case in the same order. bulk-write-demo-history.test.ts proves the
 * tables come out equal on both databases.
 */
import type { Kysely } from 'kysely';
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { MAX_EVENTS_PER_BATCH, PHONE_SECONDS_METRIC } from '../../api/schemas/tracking.ts';
import { addRollupTotals, type RollupTotal } from '../../store/repositories/daily-rollup-totals.ts';
import { findLatestPublishedVersion } from '../../store/repositories/process-versions.ts';
import { addBatchToTotals, addStepRollupTotals, sumStepCounts, type StepRollupSums } from '../../store/repositories/step-rollups.ts';
import { insertTrackedEvents, type NewTrackedEvent } from '../../store/repositories/tracked-events.ts';
import type { Database } from '../../store/tables.ts';
import { normalizePhoneNumber } from '../compliance/normalize-phone-number.ts';
import { counterCounts, dialCounts } from '../tracking/dial-counts.ts';
import { localDay } from '../tracking/local-day.ts';
import { undoEntry } from '../tracking/undo-entry.ts';
import { sessionPhoneSeconds, type SessionEventFact, type SessionEventKind } from '../tracking/session-phone-seconds.ts';
import { addDoNotCallRequest } from '../use-cases/add-do-not-call-request.ts';
import { readComplianceSettings } from '../use-cases/read-compliance-settings.ts';
import type { DemoIds } from './create-demo-organization.ts';
import type { DemoPlan, DemoVa } from './plan-demo.ts';
import type { DemoEvent } from './simulate-va-day.ts';
import { DEMO_DIALING_STEP, demoEventClientId, generateDemoDays, countDemoDays, type DemoFoundLead, type DemoProgress, type DemoWriteResult } from './write-demo-history.ts';

interface RowState {
  total: RollupTotal;
  /** Whether some batch wrote it (a non-zero sum within the batch), which is when the ingest creates the row. */
  written: boolean;
}

function rowKey(total: Omit<RollupTotal, 'value'>): string {
  return [total.teamId, total.day, total.userId, total.processId, total.scriptVersionId, total.list, total.metric].join('\u0000');
}

/** Refuses an organization that already has events: the fast path has no duplicate detection (the ingest path has). */
export async function bulkWriteDemoHistory(
  db: Kysely<Database>,
  plan: DemoPlan,
  ids: DemoIds,
  options: { leadDays?: number | undefined; onProgress?: ((progress: DemoProgress) => void) | undefined } = {},
): Promise<DemoWriteResult> {
  const existing = await db.selectFrom('tracked_events').select('id').where('organization_id', '=', ids.organizationId).limit(1).executeTakeFirst();
  if (existing) throw new Error('the demo organization already has tracked events: run it again through the ingest to add only what is missing');
  const teams = await Promise.all(
    ids.teams.map(async (team, index) => {
      const version = (await findLatestPublishedVersion(db, ids.organizationId, team.processId))!;
      const settings = await readComplianceSettings(db, ids.organizationId, team.teamId);
      return { ...team, timeZone: plan.teams[index]!.timeZone, versionId: version.id, documentation: ProcessDocumentation.parse(version.documentation), defaultCountry: settings.defaultCountry };
    }),
  );
  const result: DemoWriteResult = { accepted: 0, duplicates: 0, rejected: 0, leads: [] };
  const leadsFromMs = plan.options.endAtMs - (options.leadDays ?? 30) * 86_400_000;
  const total = countDemoDays(plan);
  let done = 0;
  let sent = 0;

  let currentVa: DemoVa | undefined;
  let batch: DemoEvent[] = [];
  let vaRows: NewTrackedEvent[] = [];
  let vaDoNotCall: NewTrackedEvent[] = [];
  const rollups = new Map<string, RowState>();
  const stepRollups: StepRollupSums = new Map();
  const byClientId = new Map<string, NewTrackedEvent>();
  const sessionEvents = new Map<string, SessionEventFact[]>();

  const prepareBatch = () => {
    if (batch.length === 0 || !currentVa) return;
    const va = currentVa;
    const team = teams[va.teamIndex]!;
    const userId = ids.vaUserIds[va.index]!;
    const receivedAt = new Date(Math.max(...batch.map((event) => event.atMs)) + 1000).toISOString();
    const prepared: NewTrackedEvent[] = [];
    const base = (event: DemoEvent) => ({
      organizationId: ids.organizationId,
      teamId: team.teamId,
      userId,
      recordedByUserId: userId,
      clientId: demoEventClientId(plan, va, event.key),
      kind: event.kind,
      occurredAt: new Date(event.atMs).toISOString(),
      receivedAt,
      payload: null,
    });
    // The ingest's order: starts, dials and counters; then session changes; then undos.
    const withContext = batch.filter((event) => event.kind === 'dial' || event.kind === 'counted' || event.kind === 'sessionStarted');
    const changes = batch.filter((event) => event.kind === 'sessionPaused' || event.kind === 'sessionResumed' || event.kind === 'sessionStopped');
    const undos = batch.filter((event) => event.kind === 'undo');
    for (const event of withContext) {
      const row = base(event);
      let phoneNumber: string | null = null;
      if (event.kind === 'dial' && event.phoneNumber !== undefined) {
        const normalized = normalizePhoneNumber(event.phoneNumber, team.defaultCountry);
        if (!normalized.ok) throw new Error(`demo phone number ${event.phoneNumber} ${normalized.message}`);
        phoneNumber = normalized.number;
      }
      const counts = event.kind === 'dial' ? dialCounts(team.documentation, event.disposition!, event.durationSeconds) : event.kind === 'counted' ? counterCounts(team.documentation, event.counter!, 1) : {};
      if (!counts) throw new Error(`"${event.disposition ?? event.counter}" is not in the demo process's documentation`);
      prepared.push({
        ...row,
        processId: team.processId,
        processVersionId: team.versionId,
        runId: null,
        taskId: null,
        elementId: DEMO_DIALING_STEP,
        scriptVersionId: team.scriptVersionIds[event.scriptVersion ?? 1],
        list: event.list ?? null,
        disposition: event.kind === 'dial' ? event.disposition! : null,
        counter: event.kind === 'counted' ? event.counter! : null,
        counts,
        phoneNumber,
        durationSeconds: event.kind === 'dial' ? (event.durationSeconds ?? null) : null,
        sessionClientId: event.kind === 'sessionStarted' ? row.clientId : null,
        correctsClientId: null,
        day: localDay(event.atMs, team.timeZone),
      });
      byClientId.set(row.clientId, prepared[prepared.length - 1]!);
    }
    for (const event of changes) {
      const start = byClientId.get(demoEventClientId(plan, va, event.sessionKey!))!;
      prepared.push({
        ...base(event),
        processId: start.processId,
        processVersionId: start.processVersionId,
        runId: start.runId,
        taskId: start.taskId,
        elementId: start.elementId,
        scriptVersionId: start.scriptVersionId,
        list: start.list,
        disposition: null,
        counter: null,
        counts: {},
        phoneNumber: null,
        durationSeconds: null,
        sessionClientId: start.clientId,
        correctsClientId: null,
        day: localDay(event.atMs, team.timeZone),
      });
    }
    for (const event of undos) {
      const targetId = demoEventClientId(plan, va, event.correctsKey!);
      const target = byClientId.get(targetId)!;
      prepared.push(undoEntry(base(event), target));
    }

    // The rollup deltas of the batch, summed per row as addToRollups does; a row is written when its batch sum is not 0.
    const deltas = new Map<string, RollupTotal>();
    const add = (event: NewTrackedEvent, day: string, metric: string, amount: number) => {
      const delta = { organizationId: event.organizationId, teamId: event.teamId, day, userId: event.userId, processId: event.processId, scriptVersionId: event.scriptVersionId ?? 0, list: event.list ?? '', metric, value: 0 };
      const key = rowKey(delta);
      const found = deltas.get(key) ?? (deltas.set(key, delta), delta);
      found.value += amount;
    };
    for (const event of prepared) for (const [metric, amount] of Object.entries(event.counts)) if (amount !== 0) add(event, event.day, metric, amount);
    const touchedSessions = [...new Set(prepared.flatMap((event) => (event.sessionClientId ? [event.sessionClientId] : [])))].sort();
    for (const sessionId of touchedSessions) {
      const before = sessionEvents.get(sessionId) ?? [];
      const added = prepared.filter((event) => event.sessionClientId === sessionId).map((event) => ({ kind: event.kind as SessionEventKind, clientId: event.clientId, occurredAt: event.occurredAt }));
      const after = [...before, ...added];
      sessionEvents.set(sessionId, after);
      const start = byClientId.get(sessionId);
      if (!after.some((event) => event.kind === 'sessionStarted') || !start) continue;
      const secondsBefore = sessionPhoneSeconds(before, team.timeZone);
      const secondsAfter = sessionPhoneSeconds(after, team.timeZone);
      for (const day of new Set([...secondsBefore.keys(), ...secondsAfter.keys()])) {
        const amount = (secondsAfter.get(day) ?? 0) - (secondsBefore.get(day) ?? 0);
        if (amount !== 0) add(start, day, PHONE_SECONDS_METRIC, amount);
      }
    }
    for (const [key, delta] of deltas) {
      if (delta.value === 0) continue;
      const state = rollups.get(key);
      if (state) state.total.value += delta.value;
      else rollups.set(key, { total: delta, written: true });
    }
    // The step rollups the same way: the batch's sums per row, a row made or added to where the batch's sum is not 0.
    const steps: StepRollupSums = new Map();
    for (const event of prepared) sumStepCounts(steps, event);
    addBatchToTotals(stepRollups, steps);
    for (const event of prepared) {
      vaRows.push(event);
      if (event.kind === 'dial' && event.phoneNumber !== null && (event.counts.doNotCall ?? 0) > 0) vaDoNotCall.push(event);
    }
    sent += batch.length;
    batch = [];
  };

  const writeVa = async () => {
    prepareBatch();
    if (vaRows.length === 0) return;
    const rows = vaRows;
    const doNotCall = vaDoNotCall;
    const totals = [...rollups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, state]) => state.total);
    await db.transaction().execute(async (trx) => {
      await insertTrackedEvents(trx, rows);
      await addRollupTotals(trx, totals);
      await addStepRollupTotals(trx, stepRollups);
      for (const event of doNotCall) {
        await addDoNotCallRequest(trx, { organizationId: event.organizationId, teamId: event.teamId, phoneNumber: event.phoneNumber!, userId: event.userId, note: `tracked event ${event.clientId}` }, event.receivedAt);
      }
    });
    result.accepted += rows.length;
    vaRows = [];
    vaDoNotCall = [];
    rollups.clear();
    stepRollups.clear();
    byClientId.clear();
    sessionEvents.clear();
  };

  for (const { va, events } of generateDemoDays(plan)) {
    if (currentVa !== va) await writeVa();
    else if (batch.length + events.length > MAX_EVENTS_PER_BATCH) prepareBatch();
    currentVa = va;
    for (const event of events) {
      if (batch.length === MAX_EVENTS_PER_BATCH) prepareBatch();
      batch.push(event);
      if (event.lead && event.atMs >= leadsFromMs) {
        const lead: DemoFoundLead = { vaIndex: va.index, teamIndex: va.teamIndex, atMs: event.atMs, clientId: demoEventClientId(plan, va, event.key), list: event.list!, lead: event.lead };
        result.leads.push(lead);
      }
    }
    done++;
    options.onProgress?.({ done, total, events: sent + batch.length });
    // Lets a server answer its requests (the setup page's progress among them) while the demo is written.
    if (done % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await writeVa();
  options.onProgress?.({ done, total, events: sent });
  return result;
}
