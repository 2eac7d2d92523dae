/**
 * The rollups kept event by event equal a recomputation from the stored raw events, for random streams of dials, undos
 * and calling sessions around DST changes and local midnights, in zones with odd offsets, arriving shuffled, in random
 * batches and with retries.
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

/** Zones with DST (north and south), a half-hour DST (Lord Howe), quarter-hour offsets, and DST changing at midnight (Santiago). */
const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Santiago', 'UTC'];
/** DST changes of 2025 to centre the streams on. */
const ANCHORS = ['2025-03-09T07:00:00Z', '2025-11-02T06:00:00Z', '2025-03-30T01:00:00Z', '2025-10-26T01:00:00Z', '2025-04-05T15:00:00Z', '2025-09-07T04:00:00Z'].map(Date.parse);
const RUNS = { sqlite: 30, postgres: 15 } as const;

/** Seconds from the anchor: near a UTC quarter hour (where every local midnight falls) or anywhere within a day and a half. */
const offset = fc.oneof(
  fc.tuple(fc.integer({ min: -144, max: 144 }), fc.integer({ min: -90, max: 90 })).map(([quarter, jitter]) => quarter * 900 + jitter),
  fc.integer({ min: -36 * 3600, max: 36 * 3600 }),
);

const dialAction = fc.record({ offset, disposition: fc.constantFrom(...DISPOSITIONS), list: fc.constantFrom(null, 'Expired', 'FSBO'), withScript: fc.boolean(), duration: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }) });
const undoAction = fc.record({ target: fc.nat(), delay: fc.integer({ min: -10, max: 200 }), twice: fc.boolean() });
const sessionAction = fc.record({
  offset,
  list: fc.constantFrom(null, 'Expired'),
  steps: fc.array(fc.record({ kind: fc.constantFrom('sessionPaused', 'sessionResumed', 'sessionStopped'), after: fc.integer({ min: 0, max: 4 * 3600 }) }), { maxLength: 6 }),
});

const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  anchor: fc.constantFrom(...ANCHORS),
  dials: fc.array(dialAction, { maxLength: 30 }),
  undos: fc.array(undoAction, { maxLength: 8 }),
  sessions: fc.array(sessionAction, { maxLength: 3 }),
  /** Per event: its place in the arrival order, and whether it is sent again later. */
  arrival: fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 80, maxLength: 80 }),
  batchSizes: fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 10 }),
});

type Rollups = Map<string, number>;

const key = (userId: number, processId: number, scriptVersionId: number | null, list: string | null, day: string, metric: string) =>
  [userId, processId, scriptVersionId ?? 0, list ?? '', day, metric].join('|');

function add(map: Rollups, entry: string, amount: number): void {
  map.set(entry, (map.get(entry) ?? 0) + amount);
}

/** What a dial counts, derived again from the documentation (not from the stored counts). */
function derivedCounts(disposition: string, durationSeconds: number | null): Record<string, number> {
  const counts: Record<string, number> = { dials: 1, [`disposition.${disposition}`]: 1 };
  for (const outcome of documentation.dispositions.find((candidate) => candidate.key === disposition)!.countsAs) counts[outcome] = (counts[outcome] ?? 0) + 1;
  if (durationSeconds) counts.callSeconds = durationSeconds;
  return counts;
}

const KIND_ORDER: Record<string, number> = { sessionStarted: 0, sessionResumed: 1, sessionPaused: 2, sessionStopped: 3 };

interface EventRow {
  client_id: string;
  kind: string;
  user_id: number;
  process_id: number;
  script_version_id: number | null;
  list: string | null;
  disposition: string | null;
  duration_seconds: number | null;
  session_client_id: string | null;
  corrects_client_id: string | null;
  occurred_at: string;
}

/** The rollups from scratch: dials minus undone dials on the dial's local day; sessions walked in 15-minute UTC steps (local dates change only on quarter hours). */
function recompute(rows: EventRow[], zone: string): Rollups {
  const expected: Rollups = new Map();
  const byClientId = new Map(rows.map((row) => [row.client_id, row]));
  const addDial = (row: EventRow, sign: number) => {
    const day = localDay(Date.parse(row.occurred_at), zone);
    for (const [metric, amount] of Object.entries(derivedCounts(row.disposition!, row.duration_seconds))) {
      add(expected, key(row.user_id, row.process_id, row.script_version_id, row.list, day, metric), sign * amount);
    }
  };
  for (const row of rows) {
    if (row.kind === 'dial') addDial(row, 1);
    if (row.kind === 'undo') addDial(byClientId.get(row.corrects_client_id!)!, -1);
  }
  const sessions = new Map<string, EventRow[]>();
  for (const row of rows) if (row.session_client_id) sessions.set(row.session_client_id, [...(sessions.get(row.session_client_id) ?? []), row]);
  for (const events of sessions.values()) {
    const start = events.find((event) => event.kind === 'sessionStarted')!;
    events.sort((a, b) => a.occurred_at.localeCompare(b.occurred_at) || KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]! || a.client_id.localeCompare(b.client_id));
    let open: number | null = null;
    let started = false;
    for (const event of events) {
      const second = Math.floor(Date.parse(event.occurred_at) / 1000);
      if (!started) {
        if (event.kind === 'sessionStarted') [started, open] = [true, second];
        continue;
      }
      if (event.kind === 'sessionResumed') {
        open ??= second;
        continue;
      }
      if (open !== null) {
        const end = Math.min(second, open + 12 * 3600);
        for (let at = open; at < end; ) {
          const next = Math.min(end, (Math.floor(at / 900) + 1) * 900);
          add(expected, key(start.user_id, start.process_id, start.script_version_id, start.list, localDay(at * 1000, zone), 'phoneSeconds'), next - at);
          at = next;
        }
        open = null;
      }
      if (event.kind === 'sessionStopped') break;
    }
  }
  for (const [entry, value] of expected) if (value === 0) expected.delete(entry);
  return expected;
}

for (const database of await testDatabases()) {
  describe(`rollups equal a recomputation from raw events on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let principal: Principal;
    let scriptVersionId: number;

    beforeAll(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      principal = { userId: owner.session.user.id, organizationId: owner.session.organization.id, role: 'owner', via: 'session' };
      const script = await t.request('POST', '/api/scripts', { as: owner, body: { name: 'Library script', body: '# Hello' } });
      expect(script.statusCode, script.body).toBe(201);
      const row = await t.store.db.selectFrom('script_versions').select('id').where('script_id', '=', script.json().id).executeTakeFirstOrThrow();
      scriptVersionId = row.id;
    });
    afterAll(async () => t?.close());

    it('given random streams of dials, undos and sessions arriving shuffled, batched and retried, then the rollups equal a recomputation', async () => {
      const xml = await readProspectingBpmn();
      await fc.assert(
        fc.asyncProperty(scenario, async ({ zone, anchor, dials, undos, sessions, arrival, batchSizes }) => {
          const { db } = t.store;
          const team = await t.request('POST', '/api/teams', { as: owner, body: { name: `Team ${randomUUID()}`, timeZone: zone } });
          const teamId = team.json().id as number;
          await t.request('PUT', `/api/teams/${teamId}/members/${principal.userId}`, { as: owner });
          const { processId } = await publishTestProcess(db, { organizationId: principal.organizationId, teamId, xml, documentation: { ...prospectingDialingDocumentation, scriptIds: [] } });

          const at = (seconds: number) => new Date(anchor + seconds * 1000).toISOString();
          const events: Array<Record<string, unknown>> = [];
          const dialEvents = dials.map((action) => ({
            clientId: randomUUID(),
            kind: 'dial',
            teamId,
            processId,
            disposition: action.disposition,
            occurredAt: at(action.offset),
            ...(action.list ? { list: action.list } : {}),
            ...(action.withScript ? { scriptVersionId } : {}),
            ...(action.duration !== undefined ? { durationSeconds: action.duration } : {}),
          }));
          events.push(...dialEvents);
          for (const undo of dialEvents.length ? undos : []) {
            const target = dialEvents[undo.target % dialEvents.length]!;
            const occurredAt = new Date(Date.parse(target.occurredAt) + undo.delay * 1000).toISOString();
            events.push({ clientId: randomUUID(), kind: 'undo', teamId, correctsClientId: target.clientId, occurredAt });
            if (undo.twice) events.push({ clientId: randomUUID(), kind: 'undo', teamId, correctsClientId: target.clientId, occurredAt });
          }
          for (const session of sessions) {
            const sessionId = randomUUID();
            events.push({ clientId: sessionId, kind: 'sessionStarted', teamId, processId, occurredAt: at(session.offset), ...(session.list ? { list: session.list } : {}) });
            let elapsed = session.offset;
            for (const step of session.steps) {
              elapsed += step.after;
              events.push({ clientId: randomUUID(), kind: step.kind, teamId, sessionId, occurredAt: at(elapsed) });
            }
          }

          // Shuffled arrival, with some events sent a second time later on.
          const order = events.map((event, index) => ({ event, rank: arrival[index % arrival.length]![0] * 1000 + index, again: arrival[index % arrival.length]![1] }));
          order.sort((a, b) => a.rank - b.rank);
          const stream = [...order.map((entry) => entry.event), ...order.filter((entry) => entry.again).map((entry) => entry.event)];
          const now = new Date(anchor + 3 * 24 * 3600 * 1000);
          let accepted = 0;
          for (let start = 0, batch = 0; start < stream.length; batch++) {
            const size = batchSizes[batch % batchSizes.length]!;
            const { events: parsed } = RecordEventsBody.parse({ events: stream.slice(start, start + size) });
            accepted += (await recordTrackedEvents(db, principal, parsed, now)).accepted;
            start += size;
          }

          const rows = (await db.selectFrom('tracked_events').selectAll().where('team_id', '=', teamId).execute()) as EventRow[];
          expect(rows).toHaveLength(accepted);
          const stored = await db.selectFrom('daily_rollups').selectAll().where('team_id', '=', teamId).execute();
          const actual: Rollups = new Map();
          for (const row of stored) if (row.value !== 0) actual.set(key(row.user_id, row.process_id, row.script_version_id, row.list, row.day, row.metric), row.value);
          expect(actual).toEqual(recompute(rows, zone));
          // An entry is undone at most once.
          const undone = rows.filter((row) => row.kind === 'undo').map((row) => row.corrects_client_id);
          expect(new Set(undone).size).toBe(undone.length);
        }),
        { numRuns: RUNS[database.dialect] },
      );
    }, 300_000);
  });
}
