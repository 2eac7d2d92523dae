/**
 * `npm run bench -- kpi`: the dashboards on a year of demo history. Generates the `swimlane demo` agency through its
 * bulk path (timed; on SQLite cached under bench/.data/ for --reuse), then through a real listening server signed in
 * as the demo's manager, the p50/p95 of every dashboard call, once without and once with migration 0011's rollup index,
 * beside the same 90-day team aggregate as a bare rollup query and from the raw events; then the forecast's backtest on
 * the history. The same on PostgreSQL with a smaller history in a scratch database.
 */
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import { readConfig } from '../src/server/config.ts';
import type { Store } from '../src/store/connection.ts';
import { listRollupCells } from '../src/store/repositories/dashboard-rollups.ts';
import * as rollupIndex from '../src/store/migrations/0011-daily-rollups-metric-index.ts';
import { isPostgresReachable, openScratchStore } from '../tests/support/scratch-store.ts';
import { backtestDemoForecasts, type BacktestRow } from './backtest-demo-forecasts.ts';
import { generateCachedSqliteDemo, generateKpiDemo, openCachedSqliteDemo, type KpiDemo, type PreparedDemo } from './generate-kpi-demo.ts';
import type { KpiBenchOptions } from './kpi-bench-arguments.ts';
import { compareSums, listDashboardCalls, logIn, measureDashboardCalls, ninetyDayWindow, sumRawEvents, sumRollups, timeRepeatedly } from './measure-dashboard-calls.ts';
import { BENCH_POSTGRES_URL } from './persisted-lifecycle.ts';
import type { LatencySummary } from './summarize-latencies.ts';
import { pickRollupDeltas, timeRollupUpserts } from './time-rollup-upserts.ts';

/** Rows per timed rollup upsert (a batch of 1,000 dials brings about 2,800 metric deltas, summed per row before its upsert). */
const UPSERT_ROWS = 1000;

/** The goal for every dashboard call on SQLite. */
const GOAL_P95_MS = 20;

interface MeasuredRow {
  label: string;
  /** With the latest schema (migration 0011's index). */
  after: LatencySummary;
  /** Before it: the same, with the index dropped. */
  before: LatencySummary | null;
  isApiCall: boolean;
}

interface StoreResult {
  rows: MeasuredRow[];
  indexSeconds: number;
}

const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' / ');

function describeDemo(prepared: PreparedDemo): string {
  const { demo } = prepared;
  const team = demo.teams[0]!;
  const lines = [
    `${demo.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} demo: ${demo.generator.events.toLocaleString('en')} tracked events, ${demo.generator.rollupRows.toLocaleString('en')} daily-rollup rows, ` +
      `${demo.size.vas} VAs in ${demo.teams.length} teams, ${demo.size.days} days to ${new Date(demo.endAtMs).toISOString().slice(0, 16)}Z, seed ${demo.size.seed}` +
      (demo.fileBytes === null ? '' : `, ${(demo.fileBytes / 1024 ** 3).toFixed(2)} GB`) +
      (prepared.cacheDir ? ` (${path.relative(process.cwd(), prepared.cacheDir)})` : ''),
    `generator (bulk path, as \`swimlane demo\`): ${demo.generator.seconds.toFixed(0)} s wall, ${demo.generator.cpuSeconds.toFixed(0)} s CPU, ${Math.round(demo.generator.eventsPerSecond).toLocaleString('en')} events/s` +
      (prepared.reused ? ` -- REUSED: generated ${demo.generatedAt.slice(0, 16)}Z by an earlier run (--reuse); these are that run's generator figures` : ''),
    `measured on team "${team.name}" (${team.vaUserIds.length} VAs, ${team.timeZone}), periods ending ${team.lastDate}, as ${demo.managerEmail} (manager); "my numbers" as ${demo.vaEmail}`,
  ];
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: team.timeZone }).format(new Date());
  if (today !== team.lastDate) lines.push(`NOTE: the history ends ${team.lastDate} but today is ${today} there: the periods are past ones (no forecast), and "my numbers" and alerts read days without data`);
  return lines.join('\n');
}

/** Every dashboard call and the bare aggregates, once without migration 0011's index and once with it. */
async function measureStore(prepared: PreparedDemo, options: KpiBenchOptions, log: (line: string) => void): Promise<StoreResult> {
  const { store, demo } = prepared;
  const window = ninetyDayWindow(demo);
  const [raw, rollups] = [await sumRawEvents(store, window), await sumRollups(store.db, window)];
  const problems = compareSums(raw, rollups);
  if (problems.length) throw new Error(`the rollups do not match the raw events over ${window.from}..${window.to}: ${problems.join('; ')}`);
  log(`checked: the 90-day team totals of ${raw.size} metrics are equal from the raw events and from the rollups (${(raw.get('dials') ?? 0).toLocaleString('en')} dials)`);

  const app = await buildApp({ config: readConfig({}), store, sessionSecret: 'kpi-bench-session-secret', logger: false });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const callers = { manager: await logIn(baseUrl, demo.managerEmail), va: await logIn(baseUrl, demo.vaEmail) };
    const calls = listDashboardCalls(demo);
    const team = demo.teams[0]!;
    const cellsOf90Days = () =>
      listRollupCells(store.db, demo.organizationId, { teamIds: [team.id], from: window.from, to: window.to, processId: team.processId, metrics: ['appointmentHeld', 'appointmentSet', 'callSeconds', 'dials', 'lead', 'phoneSeconds', 'talkTo'] }, ['day', 'user']);
    const deltas = await pickRollupDeltas(store.db, window, UPSERT_ROWS);
    const measurePhase = async (phase: string) => {
      log(`measuring ${phase}: ${calls.length} calls x ${options.samples} (after ${options.warmup} warm-up each), load average ${loadAverage()}`);
      const api = await measureDashboardCalls(baseUrl, calls, callers, options);
      const bare = await timeRepeatedly(options.samples, options.warmup, () => sumRollups(store.db, window));
      const cells = await timeRepeatedly(options.samples, options.warmup, cellsOf90Days);
      const upserts = await timeRollupUpserts(store.db, deltas, options.samples, options.warmup);
      return { api, bare, cells, upserts };
    };

    await rollupIndex.down(store.db);
    await analyze(store);
    const before = await measurePhase('without the 0011 index');
    const started = performance.now();
    await rollupIndex.up(store.db);
    const indexSeconds = (performance.now() - started) / 1000;
    await analyze(store);
    log(`created the 0011 index in ${indexSeconds.toFixed(1)} s`);
    const after = await measurePhase('with the 0011 index (the latest schema)');
    log(`timing the raw-event aggregate ${options.rawSamples} times (after 1 warm-up), load average ${loadAverage()}`);
    const rawLatency = await timeRepeatedly(options.rawSamples, 1, () => sumRawEvents(store, window));

    const rows: MeasuredRow[] = calls.map((call) => ({ label: call.label, after: after.api.get(call.label)!, before: before.api.get(call.label)!, isApiCall: true }));
    rows.push({ label: 'bare rollup query: the 90-day team totals per metric (SQL)', after: after.bare, before: before.bare, isApiCall: false });
    rows.push({ label: "rollup read of the 90-day team dashboard (day x VA, 7 metrics; listRollupCells)", after: after.cells, before: before.cells, isApiCall: false });
    rows.push({ label: `write: the ingest's rollup upsert of ${deltas.length.toLocaleString('en')} existing rows (+1 each; rolled back)`, after: after.upserts, before: before.upserts, isApiCall: false });
    rows.push({ label: 'raw events: the same 90-day team totals from tracked_events (SQL, JSON counts)', after: rawLatency, before: null, isApiCall: false });
    return { rows, indexSeconds };
  } finally {
    await app.close();
  }
}

/** Fresh planner statistics; on PostgreSQL also the visibility map an index-only scan needs (autovacuum keeps both on a running server). */
async function analyze(store: Store): Promise<void> {
  await sql.raw(store.dialect === 'postgres' ? 'vacuum analyze' : 'analyze').execute(store.db);
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

export function formatLatencyTable(title: string, result: StoreResult): string {
  const raw = result.rows.find((row) => row.label.startsWith('raw events'))?.after.p50;
  return [
    `| ${title} | samples | p50 ms | p95 ms | p50 ms without 0011 | p95 ms without 0011 | p95 < ${GOAL_P95_MS} ms (calls) / p50 vs raw events |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...result.rows.map((row) => {
      const note = row.isApiCall ? (row.after.p95 < GOAL_P95_MS ? 'yes' : 'no') : raw && !row.label.startsWith('raw') && !row.label.startsWith('write') ? `${Math.round(raw / row.after.p50).toLocaleString('en')}x faster` : '';
      return `| ${row.label} | ${row.after.count} | ${ms(row.after.p50)} | ${ms(row.after.p95)} | ${row.before ? ms(row.before.p50) : ''} | ${row.before ? ms(row.before.p95) : ''} | ${note} |`;
    }),
  ].join('\n');
}

export function formatBacktestTable(rows: readonly BacktestRow[], demo: KpiDemo): string {
  const percent = (value: number | null) => (value === null ? '' : `${(value * 100).toFixed(0)}%`);
  return [
    `| forecast backtest, 80% interval (${demo.teams.length} teams, ${demo.size.days} days of ${demo.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} demo history) | period | forecast made on day | trials | interval held | coverage | mean abs. % error | mean interval width / actual |`,
    '|---|---|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.metric}${row.metric === 'dials' ? ' (the demo\'s documented counter KPI)' : ''} | ${row.periodKind} | ${row.cutoffDays.map((day) => day + 1).join(', ')} | ${row.trials} | ${row.held} | ${percent(row.coverage)} | ${percent(row.meanAbsolutePercentageError)} | ${percent(row.meanRelativeWidth)} |`,
    ),
  ].join('\n');
}

async function runOn(prepared: PreparedDemo, options: KpiBenchOptions, log: (line: string) => void): Promise<void> {
  log(describeDemo(prepared));
  const result = await measureStore(prepared, options, log);
  const name = prepared.demo.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  log(`load average after measuring: ${loadAverage()}`);
  log('');
  log(formatLatencyTable(`dashboards on ${name} (${prepared.demo.generator.events.toLocaleString('en')} events)`, result));
  log('');
  log(`0011 index created in ${result.indexSeconds.toFixed(1)} s on ${prepared.demo.generator.rollupRows.toLocaleString('en')} rollup rows.`);
  log('');
}

export async function runKpiBench(options: KpiBenchOptions, log: (line: string) => void = console.log): Promise<void> {
  log(`load average (1 / 5 / 15 min) at start: ${loadAverage()}`);
  let sqlite = options.reuse ? await openCachedSqliteDemo(options.events, options.seed, log) : null;
  if (options.reuse && !sqlite) log(`no cached SQLite demo for ${options.events.toLocaleString('en')} events and seed ${options.seed}: generating it`);
  sqlite ??= await generateCachedSqliteDemo(options.events, options.seed, log);
  try {
    await runOn(sqlite, options, log);
    const backtest = await backtestDemoForecasts(sqlite.store, sqlite.demo);
    log(formatBacktestTable(backtest, sqlite.demo));
    log('');
  } finally {
    await sqlite.store.close();
  }

  if (options.postgresEvents === 0) return;
  if (!(await isPostgresReachable(BENCH_POSTGRES_URL))) {
    log(`PostgreSQL not measured: not reachable at ${BENCH_POSTGRES_URL} (set SWIMLANE_BENCH_POSTGRES_URL)`);
    return;
  }
  const scratch = await openScratchStore('postgres', { adminUrl: BENCH_POSTGRES_URL, prefix: 'swimlane_kpi_bench' });
  try {
    const demo = await generateKpiDemo(scratch.store, options.postgresEvents, options.seed, log);
    await runOn({ store: scratch.store, demo, cacheDir: null, reused: false }, options, log);
  } finally {
    await scratch.dispose();
  }
  log(`load average at the end: ${loadAverage()}`);
}
