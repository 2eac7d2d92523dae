/**
 * The step rollups kept event by event equal a recomputation from the stored raw events, for random streams of dials
 * and counter entries logged on steps (named, a task's, or none), undos of them, and calling sessions, around DST
 * changes and local midnights, arriving shuffled, in random batches and with retries: an undo counts on the step and
 * team-local day of the entry it takes back.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { RecordEventsBody } from '../../api/schemas/tracking.ts';
import { publishTestProcess, readProspectingBpmn } from '../../../tests/support/publish-test-process.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import type { Principal } from '../auth/access.ts';
import { prospectingDialingDocumentation } from '../templates/prospecting-dialing/prospecting-dialing-documentation.ts';
import { localDay } from '../tracking/local-day.ts';
import { recordTrackedEvents } from './record-tracked-events.ts';

const documentation = ProcessDocumentation.parse({ ...prospectingDialingDocumentation, scriptIds: [] });
const DISPOSITIONS = documentation.dispositions.map((disposition) => disposition.key);
const COUNTERS = documentation.counters.map((counter) => counter.key);

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'UTC'];
/** DST changes of 2025 to centre the streams on. */
const ANCHORS = ['2025-03-09T07:00:00Z', '2025-11-02T06:00:00Z', '2025-03-30T01:00:00Z', '2025-10-26T01:00:00Z', '2025-04-05T15:00:00Z', '2025-09-07T04:00:00Z'].map(Date.parse);
const RUNS = { sqlite: 30, postgres: 15 } as const;
/** Where an entry is logged: a named step, the step of the run's open task (sent as taskId), or no step. */
const PLACES = ['DialingSession', 'LogSessionResults', 'task', null] as const;
type Place = (typeof PLACES)[number];

/** Seconds from the anchor: near a UTC quarter hour (where every local midnight falls) or anywhere within a day and a half. */
const offset = fc.oneof(
  fc.tuple(fc.integer({ min: -144, max: 144 }), fc.integer({ min: -90, max: 90 })).map(([quarter, jitter]) => quarter * 900 + jitter),
  fc.integer({ min: -36 * 3600, max: 36 * 3600 }),
);

const entryAction = fc.record({
  offset,
  place: fc.constantFrom(...PLACES),
  entry: fc.oneof(
    fc.record({ kind: fc.constant('dial' as const), disposition: fc.constantFrom(...DISPOSITIONS), duration: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }) }),
    fc.record({ kind: fc.constant('counted' as const), counter: fc.constantFrom(...COUNTERS), quantity: fc.integer({ min: 1, max: 5 }) }),
  ),
  list: fc.constantFrom(null, 'Expired'),
});
const undoAction = fc.record({ target: fc.nat(), delay: fc.integer({ min: -10, max: 200 }), twice: fc.boolean() });
const sessionAction = fc.record({ offset, place: fc.constantFrom(...PLACES), stops: fc.integer({ min: 0, max: 4 * 3600 }) });

const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  anchor: fc.constantFrom(...ANCHORS),
  entries: fc.array(entryAction, { maxLength: 30 }),
  undos: fc.array(undoAction, { maxLength: 10 }),
  sessions: fc.array(sessionAction, { maxLength: 2 }),
  /** Per event: its place in the arrival order, and whether it is sent again later. */
  arrival: fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 60, maxLength: 60 }),
  batchSizes: fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 10 }),
});

interface EventRow {
  client_id: string;
  kind: string;
  element_id: string | null;
  disposition: string | null;
  counter: string | null;
  duration_seconds: number | null;
  corrects_client_id: string | null;
  occurred_at: string;
}

/** What an entry counts, derived again from the documentation and what was sent (not from the stored counts). */
function derivedCounts(row: EventRow, quantities: Map<string, number>): Record<string, number> {
  if (row.kind === 'counted') return { [row.counter!]: quantities.get(row.client_id)! };
  const counts: Record<string, number> = { dials: 1, [`disposition.${row.disposition}`]: 1 };
  for (const outcome of documentation.dispositions.find((candidate) => candidate.key === row.disposition)!.countsAs) counts[outcome] = (counts[outcome] ?? 0) + 1;
  if (row.duration_seconds) counts.callSeconds = row.duration_seconds;
  return counts;
}

/** The step rollups from scratch: entries on their step and local day, undone entries subtracted there. */
function recompute(rows: EventRow[], zone: string, quantities: Map<string, number>): Map<string, number> {
  const expected = new Map<string, number>();
  const byClientId = new Map(rows.map((row) => [row.client_id, row]));
  const addEntry = (entry: EventRow, sign: number) => {
    if (entry.element_id === null) return;
    const day = localDay(Date.parse(entry.occurred_at), zone);
    for (const [metric, amount] of Object.entries(derivedCounts(entry, quantities))) {
      const key = `${entry.element_id}|${day}|${metric}`;
      expected.set(key, (expected.get(key) ?? 0) + sign * amount);
    }
  };
  for (const row of rows) {
    if (row.kind === 'dial' || row.kind === 'counted') addEntry(row, 1);
    if (row.kind === 'undo') addEntry(byClientId.get(row.corrects_client_id!)!, -1);
  }
  for (const [key, value] of expected) if (value === 0) expected.delete(key);
  return expected;
}

for (const database of await testDatabases()) {
  describe(`step rollups equal a recomputation from raw events on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let principal: Principal;

    beforeAll(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      principal = { userId: owner.session.user.id, organizationId: owner.session.organization.id, role: 'owner', via: 'session' };
    });
    afterAll(async () => t?.close());

    it('given random streams of entries on steps, undos and sessions arriving shuffled, batched and retried, then the step rollups equal a recomputation', async () => {
      const xml = await readProspectingBpmn();
      await fc.assert(
        fc.asyncProperty(scenario, async ({ zone, anchor, entries, undos, sessions, arrival, batchSizes }) => {
          const { db } = t.store;
          const team = await t.request('POST', '/api/teams', { as: owner, body: { name: `Team ${randomUUID()}`, timeZone: zone } });
          const teamId = team.json().id as number;
          await t.request('PUT', `/api/teams/${teamId}/members/${principal.userId}`, { as: owner });
          const { processId } = await publishTestProcess(db, { organizationId: principal.organizationId, teamId, xml, documentation: { ...prospectingDialingDocumentation, scriptIds: [] } });
          const run = await t.request('POST', '/api/runs', { as: owner, body: { processId } });
          expect(run.statusCode, run.body).toBe(201);
          const task = run.json().tasks[0] as { id: number; elementId: string };

          const at = (seconds: number) => new Date(anchor + seconds * 1000).toISOString();
          const where = (place: Place) => (place === 'task' ? { taskId: task.id } : place ? { elementId: place } : {});
          /** The step each entry should be stored on, by client id. */
          const intended = new Map<string, string | null>();
          const quantities = new Map<string, number>();
          const events: Array<Record<string, unknown>> = [];
          const entryEvents = entries.map((action) => {
            const clientId = randomUUID();
            intended.set(clientId, action.place === 'task' ? task.elementId : action.place);
            const common = { clientId, teamId, processId, occurredAt: at(action.offset), ...where(action.place), ...(action.list ? { list: action.list } : {}) };
            if (action.entry.kind === 'counted') {
              quantities.set(clientId, action.entry.quantity);
              return { ...common, kind: 'counted', counter: action.entry.counter, quantity: action.entry.quantity };
            }
            return { ...common, kind: 'dial', disposition: action.entry.disposition, ...(action.entry.duration !== undefined ? { durationSeconds: action.entry.duration } : {}) };
          });
          events.push(...entryEvents);
          for (const undo of entryEvents.length ? undos : []) {
            const target = entryEvents[undo.target % entryEvents.length]!;
            const occurredAt = new Date(Date.parse(target.occurredAt) + undo.delay * 1000).toISOString();
            events.push({ clientId: randomUUID(), kind: 'undo', teamId, correctsClientId: target.clientId, occurredAt });
            if (undo.twice) events.push({ clientId: randomUUID(), kind: 'undo', teamId, correctsClientId: target.clientId, occurredAt });
          }
          for (const session of sessions) {
            const sessionId = randomUUID();
            events.push({ clientId: sessionId, kind: 'sessionStarted', teamId, processId, occurredAt: at(session.offset), ...where(session.place) });
            events.push({ clientId: randomUUID(), kind: 'sessionStopped', teamId, sessionId, occurredAt: at(session.offset + session.stops) });
          }

          // Shuffled arrival, with some events sent a second time later on.
          const order = events.map((event, index) => ({ event, rank: arrival[index % arrival.length]![0] * 1000 + index, again: arrival[index % arrival.length]![1] }));
          order.sort((a, b) => a.rank - b.rank);
          const stream = [...order.map((entry) => entry.event), ...order.filter((entry) => entry.again).map((entry) => entry.event)];
          const now = new Date(anchor + 3 * 24 * 3600 * 1000);
          for (let start = 0, batch = 0; start < stream.length; batch++) {
            const size = batchSizes[batch % batchSizes.length]!;
            const { events: parsed } = RecordEventsBody.parse({ events: stream.slice(start, start + size) });
            await recordTrackedEvents(db, principal, parsed, now);
            start += size;
          }

          const rows = (await db.selectFrom('tracked_events').selectAll().where('team_id', '=', teamId).execute()) as EventRow[];
          for (const row of rows) if (row.kind === 'dial' || row.kind === 'counted') expect(row.element_id).toBe(intended.get(row.client_id));
          const stored = await db.selectFrom('step_rollups').selectAll().where('team_id', '=', teamId).execute();
          const actual = new Map<string, number>();
          for (const row of stored) {
            expect(row).toMatchObject({ organization_id: principal.organizationId, process_id: processId });
            if (Number(row.value) !== 0) actual.set(`${row.element_id}|${row.day}|${row.metric}`, Number(row.value));
          }
          expect(actual).toEqual(recompute(rows, zone, quantities));
        }),
        { numRuns: RUNS[database.dialect] },
      );
    }, 300_000);
  });
}
