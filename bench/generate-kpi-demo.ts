/**
 * The kpi benchmark's data: the `swimlane demo` agency written through the demo's bulk path (proven equal to the
 * ingest), sized for a number of events, timed. On SQLite the file is kept under bench/.data/ by size and seed, so a
 * later run with --reuse skips generating; on PostgreSQL it goes into a scratch database the caller drops.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { hashPassword } from '../src/server/auth/password.ts';
import { readConfig } from '../src/server/config.ts';
import { planDemo, type DemoOptions } from '../src/server/demo/plan-demo.ts';
import { seedDemoOrganization } from '../src/server/demo/seed-demo-organization.ts';
import { generateDemoDays } from '../src/server/demo/write-demo-history.ts';
import { openStore, type Store } from '../src/store/connection.ts';
import { migrateToLatest } from '../src/store/migrate-to-latest.ts';
import { sizeDemo, type DemoSize } from './kpi-bench-arguments.ts';

/** Every demo person signs in with the owner's password; this one is the benchmark's. */
export const KPI_BENCH_PASSWORD = 'kpi benchmark password';
const DATA_DIR = fileURLToPath(new URL('./.data/', import.meta.url));

export interface KpiDemoTeam {
  id: number;
  name: string;
  timeZone: string;
  processId: number;
  scriptVersionIds: number[];
  lists: string[];
  firstDate: string;
  lastDate: string;
  vaUserIds: number[];
}

/** What the measurements need to know about the generated agency (kept beside the cached file as manifest.json). */
export interface KpiDemo {
  dialect: 'sqlite' | 'postgres';
  size: DemoSize & { seed: number; eventsAsked: number };
  endAtMs: number;
  generatedAt: string;
  generator: { seconds: number; cpuSeconds: number; events: number; rollupRows: number; eventsPerSecond: number };
  organizationId: number;
  managerEmail: string;
  vaEmail: string;
  teams: KpiDemoTeam[];
  /** Bytes of the SQLite file (and its WAL) after generating; null on PostgreSQL. */
  fileBytes: number | null;
}

export interface PreparedDemo {
  store: Store;
  demo: KpiDemo;
  /** Where the SQLite file is, or null on PostgreSQL. */
  cacheDir: string | null;
  reused: boolean;
}

function countPlannedEvents(options: DemoOptions): number {
  let events = 0;
  for (const day of generateDemoDays(planDemo(options))) events += day.events.length;
  return events;
}

/**
 * The demo's size for about `eventsAsked` events: a first guess from a simulated 12-VA year of the same seed, then the
 * guess's own plan simulated (no store: about a million events a second) and the size scaled by what it came to, since
 * VAs' effort and teams' holidays make the events per VA differ from plan to plan.
 */
export function planDemoSize(eventsAsked: number, seed: number, endAtMs: number): { size: DemoSize; plannedEvents: number } {
  const options = (size: DemoSize): DemoOptions => ({ ...size, seed, organization: 'Demo Agency', ownerEmail: 'owner@demo.test', endAtMs });
  const probe = { vas: 12, days: 365 };
  const guess = sizeDemo(eventsAsked, countPlannedEvents(options(probe)) / (probe.vas * probe.days));
  const guessed = countPlannedEvents(options(guess));
  const size = sizeDemo(eventsAsked, guessed / (guess.vas * guess.days));
  return { size, plannedEvents: size.vas === guess.vas && size.days === guess.days ? guessed : countPlannedEvents(options(size)) };
}

export function sqliteCacheDir(events: number, seed: number): string {
  return path.join(DATA_DIR, `kpi-sqlite-${events}-seed-${seed}`);
}

/** Opens the cached SQLite demo for this size and seed, migrated to the latest schema; null when there is none or it no longer migrates. */
export async function openCachedSqliteDemo(events: number, seed: number, log: (line: string) => void): Promise<PreparedDemo | null> {
  const cacheDir = sqliteCacheDir(events, seed);
  const manifestPath = path.join(cacheDir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) return null;
  const demo = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as KpiDemo;
  const store = openStore({ dataDir: cacheDir });
  try {
    await migrateToLatest(store);
  } catch (error) {
    await store.close();
    log(`the cached demo in ${cacheDir} does not migrate to the latest schema (${(error as Error).message}): generating it again`);
    return null;
  }
  return { store, demo, cacheDir, reused: true };
}

/** Generates the demo into `store` (migrated, empty), timing the generator as `swimlane demo` runs it. */
export async function generateKpiDemo(store: Store, eventsAsked: number, seed: number, log: (line: string) => void): Promise<KpiDemo> {
  // A whole minute, so the same size and seed plan the same agency within it; the history ends now (the dashboards' "today").
  const endAtMs = Math.floor(Date.now() / 60_000) * 60_000;
  const { size, plannedEvents } = planDemoSize(eventsAsked, seed, endAtMs);
  const options: DemoOptions = { vas: size.vas, days: size.days, seed, organization: 'Demo Agency', ownerEmail: 'owner@demo.test', endAtMs };
  log(`generating the demo on ${store.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${size.vas} VAs, ${size.days} days, seed ${seed}, ${plannedEvents.toLocaleString('en')} events planned (${eventsAsked.toLocaleString('en')} asked)`);
  const passwordHash = await hashPassword(KPI_BENCH_PASSWORD, readConfig({}).passwordHashing);
  let lastTenth = -1;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await seedDemoOrganization(store.db, options, passwordHash, {
    onProgress: ({ done, total, events }) => {
      const tenth = Math.floor((done / total) * 10);
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      const seconds = (performance.now() - started) / 1000;
      log(`  ${tenth * 10}%: ${events.toLocaleString('en')} events in ${seconds.toFixed(0)} s`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const count = async (table: 'tracked_events' | 'daily_rollups') =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow()).count);
  const events = await count('tracked_events');
  if (events !== result.written.accepted) throw new Error(`the generator reported ${result.written.accepted} events but the store holds ${events}`);
  // Fresh statistics for the planner, as a server that has run a while has them.
  await sql`analyze`.execute(store.db);
  const { plan, ids } = result;
  return {
    dialect: store.dialect,
    size: { ...size, seed, eventsAsked },
    endAtMs,
    generatedAt: new Date().toISOString(),
    generator: { seconds, cpuSeconds: (used.user + used.system) / 1e6, events, rollupRows: await count('daily_rollups'), eventsPerSecond: events / seconds },
    organizationId: ids.organizationId,
    managerEmail: plan.teams[0]!.lead.email,
    // Not the first VAs of team 0: those carry planted anomalies.
    vaEmail: plan.vas.find((va) => va.teamIndex === 0 && va.index >= 6)?.email ?? plan.vas.filter((va) => va.teamIndex === 0).at(-1)!.email,
    teams: plan.teams.map((team, index) => ({
      id: ids.teams[index]!.teamId,
      name: team.name,
      timeZone: team.timeZone,
      processId: ids.teams[index]!.processId,
      scriptVersionIds: [ids.teams[index]!.scriptVersionIds[1], ids.teams[index]!.scriptVersionIds[2]],
      lists: team.lists.map((list) => list.name),
      firstDate: team.firstDate,
      lastDate: team.lastDate,
      vaUserIds: plan.vas.filter((va) => va.teamIndex === index).map((va) => ids.vaUserIds[va.index]!),
    })),
    fileBytes: null,
  };
}

/** Generates the SQLite demo into its cache folder (replacing what was there) and writes the manifest last, so a half-written file is never reused. */
export async function generateCachedSqliteDemo(eventsAsked: number, seed: number, log: (line: string) => void): Promise<PreparedDemo> {
  const cacheDir = sqliteCacheDir(eventsAsked, seed);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const store = openStore({ dataDir: cacheDir });
  await migrateToLatest(store);
  const demo = await generateKpiDemo(store, eventsAsked, seed, log);
  // The WAL folded into the file, so its size is the database's.
  await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
  demo.fileBytes = fs.readdirSync(cacheDir).reduce((sum, file) => sum + fs.statSync(path.join(cacheDir, file)).size, 0);
  fs.writeFileSync(path.join(cacheDir, 'manifest.json'), `${JSON.stringify(demo, null, 2)}\n`);
  return { store, demo, cacheDir, reused: false };
}
