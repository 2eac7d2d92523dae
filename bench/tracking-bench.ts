/**
 * `npm run bench -- tracking`: logging dials over real HTTP (a listening server, 200 VAs with an API token each, the
 * clients in a child process), batched ingest through POST /api/events with the rollups, and beside it the raw SQLite
 * insert of the very rows the ingest stored (better-sqlite3, one prepared insert, one transaction per batch).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fork } from 'node:child_process';
import SqliteDatabase from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { ProcessDocumentation } from '../src/api/schemas/process-documentation.ts';
import { buildApp } from '../src/server/app.ts';
import { readConfig } from '../src/server/config.ts';
import { prospectingDialingDocumentation } from '../src/server/templates/prospecting-dialing/prospecting-dialing-documentation.ts';
import { createApiToken } from '../src/server/use-cases/create-api-token.ts';
import { createOrganizationWithOwner } from '../src/server/use-cases/create-organization-with-owner.ts';
import type { DialectName, Store } from '../src/store/connection.ts';
import { insertMembership } from '../src/store/repositories/memberships.ts';
import { insertVersion } from '../src/store/repositories/process-versions.ts';
import { insertProcess } from '../src/store/repositories/processes.ts';
import { insertTeam, insertTeamMember } from '../src/store/repositories/teams.ts';
import { insertUser } from '../src/store/repositories/users.ts';
import { openScratchStore, type ScratchStore } from '../tests/support/scratch-store.ts';
import { BENCH_POSTGRES_URL, isBenchPostgresReachable } from './persisted-lifecycle.ts';

export interface TrackingRow {
  label: string;
  /** Dials or events stored while measured. */
  events: number;
  seconds: number;
  perSecond: number;
  /** Latency of one request, when requests are what is measured. */
  p50?: number;
  p99?: number;
  /** The server process's CPU time per stored event (the clients run in another process). */
  cpuMicrosecondsPerEvent?: number;
  note?: string;
}

export interface TrackingOptions {
  /** Seconds each dial-logging run is measured (after a warm-up of a fifth of it). */
  seconds: number;
  vas: number;
  batches: number;
  batchSize: number;
  postgresBatches: number;
}

const DOCUMENTATION = ProcessDocumentation.parse({ ...prospectingDialingDocumentation, scriptIds: [] });
/** Most dials find nobody; a few are talk-to's, leads or do-not-call requests (which add the number to the team's list). */
export const DISPOSITIONS = ['noAnswer', 'noAnswer', 'noAnswer', 'voicemail', 'voicemail', 'busy', 'notInterested', 'lead', 'callbackRequested', 'doNotCall', 'noAnswer', 'badNumber'];
for (const key of DISPOSITIONS) if (!DOCUMENTATION.dispositions.some((disposition) => disposition.key === key)) throw new Error(`unknown disposition ${key}`);

export interface Fixture {
  store: Store;
  scratch: ScratchStore;
  teamId: number;
  processId: number;
  manager: { userId: number; token: string };
  vas: Array<{ userId: number; token: string }>;
}

/** An organization with one team, the prospecting process published, a manager and `vaCount` VAs, each with an API token. */
export async function createFixture(dialect: DialectName, vaCount: number): Promise<Fixture> {
  const scratch = await openScratchStore(dialect, { adminUrl: BENCH_POSTGRES_URL, prefix: 'swimlane_tracking_bench' });
  const { db } = scratch.store;
  const now = new Date().toISOString();
  const { organization, user } = await createOrganizationWithOwner(
    db,
    { organizationName: 'Bench Realty', name: 'Bench Owner', email: 'owner@bench.test', passwordHash: 'not a password hash: nobody logs in here' },
    { onlyIfFirst: false, now: new Date() },
  );
  const teamId = await insertTeam(db, { organizationId: organization.id, name: 'Bench team', timeZone: 'America/Chicago' }, now);
  const processId = await insertProcess(db, { organizationId: organization.id, teamId, name: 'Prospecting', isTemplate: false }, now);
  const xml = await readFile(new URL('../src/engine/fixtures/prospecting.bpmn', import.meta.url), 'utf8');
  await insertVersion(db, { organizationId: organization.id, processId, number: 1, status: 'published', xml, documentation: DOCUMENTATION, svg: null, userId: user.id }, now);
  const member = async (role: 'manager' | 'va', index: number) => {
    const created = await insertUser(db, { email: `${role}${index}@bench.test`, name: `Bench ${role} ${index}`, passwordHash: 'not a password hash' }, now);
    await insertMembership(db, { organizationId: organization.id, userId: created.id, role }, now);
    await insertTeamMember(db, teamId, created.id, now);
    const { secret } = await createApiToken(db, { organizationId: organization.id, userId: created.id }, `${role} ${index}`);
    return { userId: created.id, token: secret };
  };
  const manager = await member('manager', 0);
  const vas = [];
  for (let index = 0; index < vaCount; index++) vas.push(await member('va', index));
  return { store: scratch.store, scratch, teamId, processId, manager, vas };
}

export async function listen(store: Store): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp({ config: readConfig({}), store, sessionSecret: 'bench-session-secret', logger: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}

interface LoadResult {
  latencies: number[];
  accepted: number;
  sent: number;
  seconds: number;
}

/** Runs the clients in a child process; the server's CPU time is this process's (the clients' is not in it). */
async function runLoad(data: Record<string, unknown>): Promise<LoadResult & { serverCpuMs: number }> {
  let before = process.cpuUsage();
  const result = await new Promise<LoadResult>((resolve, reject) => {
    const child = fork(new URL('./tracking-load-worker.js', import.meta.url), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message: { ok: boolean; message?: string } & LoadResult) => (message.ok ? resolve(message) : reject(new Error(message.message))));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`the load process exited with ${code}`)));
    child.send(data);
    before = process.cpuUsage();
  });
  const used = process.cpuUsage(before);
  return { ...result, serverCpuMs: (used.user + used.system) / 1000 };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function countRows(store: Store, table: 'tracked_events' | 'dnc_numbers'): Promise<number> {
  return Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow()).count);
}

async function sumDials(store: Store): Promise<number> {
  const row = await store.db.selectFrom('daily_rollups').select((eb) => eb.fn.sum<number | string>('value').as('value')).where('metric', '=', 'dials').executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Every accepted dial is stored once and counted once in the rollups: a benchmark that loses rows measures nothing. */
async function verify(store: Store, expected: number, what: string): Promise<void> {
  const [rows, dials] = [await countRows(store, 'tracked_events'), await sumDials(store)];
  if (rows !== expected || dials !== expected) throw new Error(`${what}: expected ${expected} events, found ${rows} rows and ${dials} dials in the rollups`);
}

/** (a) `vas` VAs logging one dial per request, each waiting `intervalMs` between dials (0: as fast as the answers come). */
async function measureDials(options: TrackingOptions, intervalMs: number, label: string): Promise<TrackingRow> {
  const fixture = await createFixture('sqlite', options.vas);
  const { app, url } = await listen(fixture.store);
  try {
    const result = await runLoad({
      mode: 'dials',
      url,
      vas: fixture.vas,
      teamId: fixture.teamId,
      processId: fixture.processId,
      dispositions: DISPOSITIONS,
      warmupSeconds: Math.max(1, options.seconds / 5),
      seconds: options.seconds,
      intervalMs,
    });
    if (result.accepted !== result.sent) throw new Error(`${label}: ${result.sent - result.accepted} dials not accepted`);
    await verify(fixture.store, result.sent, label);
    const sorted = [...result.latencies].sort((a, b) => a - b);
    return {
      label,
      events: sorted.length,
      seconds: result.seconds,
      perSecond: sorted.length / result.seconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      cpuMicrosecondsPerEvent: (result.serverCpuMs * 1000) / result.sent,
    };
  } finally {
    await app.close();
    await fixture.scratch.dispose();
  }
}

/** A dialer's push: `batchSize` dials of the team's VAs over the last day, with numbers as people write them. */
export function makeBatchBodies(fixture: Fixture, batches: number, batchSize: number): string[] {
  const now = Date.now();
  const lists = ['Expired', 'FSBO', 'Pre-foreclosure'];
  return Array.from({ length: batches }, (_, batch) =>
    JSON.stringify({
      events: Array.from({ length: batchSize }, (_, index) => {
        const serial = batch * batchSize + index;
        const number = String(serial % 10_000).padStart(4, '0');
        return {
          clientId: randomUUID(),
          kind: 'dial',
          teamId: fixture.teamId,
          processId: fixture.processId,
          // A dialer logs on the dialing step, as the tracker does on its task: the step rollup is written too.
          elementId: 'DialingSession',
          userId: fixture.vas[serial % fixture.vas.length]!.userId,
          disposition: DISPOSITIONS[serial % DISPOSITIONS.length],
          phoneNumber: serial % 2 ? `(512) 555-${number}` : `+1 737 555 ${number}`,
          list: lists[serial % lists.length],
          durationSeconds: serial % 5 === 0 ? 30 + (serial % 240) : undefined,
          occurredAt: new Date(now - ((serial * 7919) % (20 * 60 * 60)) * 1000).toISOString(),
        };
      }),
    }),
  );
}

/** (b) batches through POST /api/events, one request at a time; on SQLite it also hands back the stored rows for (c). */
async function measureBatches(dialect: DialectName, options: TrackingOptions, batches: number): Promise<{ row: TrackingRow; fixture: Fixture; app: FastifyInstance }> {
  const fixture = await createFixture(dialect, options.vas);
  const { app, url } = await listen(fixture.store);
  const label = `POST /api/events, batches of ${options.batchSize.toLocaleString('en')}, rollups included, on ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`;
  // Two batches warm the server up (JIT, caches); they are stored but not timed.
  const warmup = makeBatchBodies(fixture, 2, options.batchSize);
  await runLoad({ mode: 'batches', url, token: fixture.manager.token, bodies: warmup, concurrency: 1 });
  const result = await runLoad({ mode: 'batches', url, token: fixture.manager.token, bodies: makeBatchBodies(fixture, batches, options.batchSize), concurrency: 1 });
  const expected = (batches + 2) * options.batchSize;
  if (result.accepted !== batches * options.batchSize) throw new Error(`${label}: ${batches * options.batchSize - result.accepted} events not accepted`);
  await verify(fixture.store, expected, label);
  const stepDials = await fixture.store.db.selectFrom('step_rollups').select((eb) => eb.fn.sum<number | string>('value').as('value')).where('metric', '=', 'dials').executeTakeFirst();
  if (Number(stepDials?.value ?? 0) !== expected) throw new Error(`${label}: expected ${expected} dials in the step rollups, found ${Number(stepDials?.value ?? 0)}`);
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const row = {
    label,
    events: result.accepted,
    seconds: result.seconds,
    perSecond: result.accepted / result.seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    cpuMicrosecondsPerEvent: (result.serverCpuMs * 1000) / result.accepted,
  };
  return { row, fixture, app };
}

const COLUMNS = [
  'organization_id', 'team_id', 'user_id', 'recorded_by_user_id', 'client_id', 'kind', 'disposition', 'counter', 'counts', 'process_id', 'process_version_id',
  'run_id', 'task_id', 'element_id', 'script_version_id', 'list', 'phone_number', 'duration_seconds', 'session_client_id', 'corrects_client_id', 'day',
  'occurred_at', 'received_at', 'payload',
] as const;

/** (c) The rows (b) stored, inserted again into a fresh store of the same schema: one prepared insert, one transaction per batch, no rollups. */
async function measureRawInsert(source: Store, options: TrackingOptions): Promise<TrackingRow> {
  const rows = await source.db.selectFrom('tracked_events').select(COLUMNS).orderBy('id').execute();
  const target = await createFixture('sqlite', options.vas);
  // The same seed in a fresh store gives the same ids, so the rows' references hold.
  const raw = new SqliteDatabase(target.store.location);
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    const insert = raw.prepare(`insert into tracked_events (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`);
    const insertBatch = raw.transaction((batch: typeof rows) => {
      for (const row of batch) insert.run(COLUMNS.map((column) => row[column]));
    });
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let index = 0; index < rows.length; index += options.batchSize) insertBatch(rows.slice(index, index + options.batchSize));
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const stored = (raw.prepare('select count(*) as count from tracked_events').get() as { count: number }).count;
    if (stored !== rows.length) throw new Error(`raw insert stored ${stored} of ${rows.length} rows`);
    return {
      label: `raw SQLite insert of the same rows (better-sqlite3, one transaction per ${options.batchSize.toLocaleString('en')})`,
      events: rows.length,
      seconds,
      perSecond: rows.length / seconds,
      cpuMicrosecondsPerEvent: (used.user + used.system) / rows.length,
    };
  } finally {
    raw.close();
    await target.scratch.dispose();
  }
}

export async function runTrackingBench(options: TrackingOptions): Promise<TrackingRow[]> {
  const rows: TrackingRow[] = [];
  // Thirty dials a minute per VA is a very fast pace for a person on the phone; the second run gives no pause at all.
  rows.push(await measureDials(options, 2000, `${options.vas} VAs over HTTP, one dial per request, each every 2 s (SQLite)`));
  rows.push(await measureDials(options, 0, `${options.vas} VAs over HTTP, one dial per request, no pause (SQLite)`));
  const sqlite = await measureBatches('sqlite', options, options.batches);
  rows.push(sqlite.row);
  try {
    await sqlite.app.close();
    rows.push(await measureRawInsert(sqlite.fixture.store, options));
  } finally {
    await sqlite.fixture.scratch.dispose();
  }
  if (await isBenchPostgresReachable()) {
    const postgres = await measureBatches('postgres', options, options.postgresBatches);
    await postgres.app.close();
    await postgres.fixture.scratch.dispose();
    rows.push(postgres.row);
  } else {
    rows.push({ label: 'POST /api/events on PostgreSQL', events: 0, seconds: 0, perSecond: 0, note: `not measured: PostgreSQL not reachable at ${BENCH_POSTGRES_URL} (set SWIMLANE_BENCH_POSTGRES_URL)` });
  }
  return rows;
}

/** The table: our figures, with the batched ingest beside the raw insert of the same rows. */
export function formatTrackingTable(rows: TrackingRow[]): string {
  const raw = rows.find((row) => row.label.startsWith('raw SQLite'))?.perSecond;
  const ms = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));
  return [
    '| tracking | events | seconds | events/s | p50 ms | p99 ms | server CPU us/event | vs raw SQLite insert |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) =>
      row.note
        ? `| ${row.label} | | | ${row.note} | | | | |`
        : `| ${row.label} | ${row.events} | ${row.seconds.toFixed(2)} | ${Math.round(row.perSecond).toLocaleString('en')} | ${ms(row.p50)} | ${ms(row.p99)} | ${row.cpuMicrosecondsPerEvent === undefined ? '' : Math.round(row.cpuMicrosecondsPerEvent)} | ${raw && row.p50 === undefined || raw && row.label.startsWith('POST') ? `${((row.perSecond / raw!) * 100).toFixed(0)}%` : ''} |`,
    ),
  ].join('\n');
}
